"""A request whose Content-Type names a charset other than UTF-8 (or ASCII) gets a plain 400, before Django reads it.

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

from django.utils.http import parse_header_parameters

READABLE_CHARSETS = frozenset({"utf-8", "ascii"})  # as codecs.lookup() names them: "UTF8", "us-ascii" too
MESSAGE = b"This site reads addresses and forms in UTF-8 only; send the request without another charset.\n"


def unreadable_charset(content_type):
    """Does ``content_type`` (a Content-Type header) name a charset this site will not read?"""
    _, parameters = parse_header_parameters(content_type or "")
    charset = parameters.get("charset")
    if charset is None:
        return False
    try:
        return codecs.lookup(charset.strip()).name not in READABLE_CHARSETS
    except LookupError:
        return False


class RefuseUnreadableCharsets:
    """WSGI middleware: a plain-text 400 for a request ``unreadable_charset`` refuses; every other one goes on."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if unreadable_charset(environ.get("CONTENT_TYPE")):
            start_response(
                "400 Bad Request",
                [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(MESSAGE)))],
            )
            return [MESSAGE]
        return self.application(environ, start_response)
