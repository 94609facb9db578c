"""A study's DOI as the site stores it: the bare identifier (``10.1249/MSS.0000000000002523``).

Editors often paste the link (``https://doi.org/10...``) or the ``doi:`` form; the page builds the
link itself, so those become ``https://doi.org/https://doi.org/...`` unless the prefix goes.
"""

import re

PREFIX = re.compile(r"^\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
# A directory indicator (10. and four to nine digits), a slash, then the publisher's suffix.
SHAPE = re.compile(r"^10\.\d{4,9}/[^\s\"<>]+$")
INVALID = "A DOI starts with 10., then the publisher's number, a slash and the rest, e.g. 10.1249/MSS.0000000000002523."


def bare_doi(text):
    """``text`` without a link or ``doi:`` prefix and surrounding spaces."""
    return PREFIX.sub("", text).strip()


def is_doi(text):
    return bool(SHAPE.match(text))
