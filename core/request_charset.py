"""A request whose Content-Type names a charset other than UTF-8 (or ASCII) gets a plain 400, before Django reads it.

A charset named by another spelling of UTF-8 or ASCII ("utf8", "us-ascii") is renamed "utf-8", which ASCII is part
of: Django's form reader takes only that name, and refused the others with a bare "Bad request".

Django decodes a request's query string and form with the charset its Content-Type
names, even on a GET. Some names Python knows are not text encodings at all (base64,
zlib): Django fails while building the request, before any middleware or error page
can answer, and the server sends a bare 500. Others decode to text that cannot be
encoded again (utf-7 and unicode_escape make lone surrogates), so a page that shows a
value back fails as it is sent. Our pages and forms are UTF-8, and browsers send
UTF-8 to them; nothing else needs to be read. Wraps the WSGI application
(``config/wsgi.py``). A charset Python does not know at all is left to Django,
which ignores it.
"""

import codecs
import re

from django.utils.http import parse_header_parameters

READABLE_CHARSETS = frozenset({"utf-8", "ascii"})  # as codecs.lookup() names them: "UTF8", "us-ascii" too
CHARSET_PARAMETER = re.compile(r"(;\s*charset\s*=\s*)(\"[^\"]*\"|[^;\s]*)", re.IGNORECASE)
MESSAGE = b"This site reads addresses and forms in UTF-8 only; send the request without another charset.\n"


def charset_name(content_type):
    """The codec name of the charset ``content_type`` (a Content-Type header) names; None without one or for an
    unknown name, which Django ignores."""
    _, parameters = parse_header_parameters(content_type or "")
    charset = parameters.get("charset")
    if charset is None:
        return None
    try:
        return codecs.lookup(charset.strip()).name
    except LookupError:
        return None


def as_utf_8(content_type):
    """``content_type`` with a readable charset, however spelled, named "utf-8"."""
    return CHARSET_PARAMETER.sub(r"\g<1>utf-8", content_type, count=1)


class RefuseUnreadableCharsets:
    """WSGI middleware: a plain-text 400 for a request naming a charset this site will not read; every other one
    goes on, its charset, if readable, named "utf-8"."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        content_type = environ.get("CONTENT_TYPE")
        name = charset_name(content_type)
        if name is not None and name not in READABLE_CHARSETS:
            start_response(
                "400 Bad Request",
                [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(MESSAGE)))],
            )
            return [MESSAGE]
        if name is not None:
            environ["CONTENT_TYPE"] = as_utf_8(content_type)
        return self.application(environ, start_response)
