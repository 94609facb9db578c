"""A page compressed once, when it is cached, and the encoding each client accepts.

The page cache stores every page as it is, gzipped and, with the ``brotli``
package, in Brotli too, so no cached page is compressed per request. Brotli at
quality 5 costs about what gzip does (1-2 ms for a 38 KB guide) and is about 5%
smaller; the highest qualities save another 10% but cost 50-150 ms per page.
"""

import gzip

try:
    import brotli
except ImportError:  # pragma: no cover - listed in requirements.txt; without it, gzip only.
    brotli = None

GZIP_LEVEL = 6  # level 9 is no smaller on these pages
BROTLI_QUALITY = 5
# Smaller bodies gain nothing worth a header.
MIN_LENGTH = 256
COMPRESSIBLE_TYPES = ("text/", "application/xml", "application/rss+xml", "application/atom+xml", "application/json")
# The order in which the encodings are preferred when a client accepts several equally.
PREFERENCE = ("br", "gzip")


def compressible(content_type, content):
    return len(content) >= MIN_LENGTH and content_type.lower().startswith(COMPRESSIBLE_TYPES)


def compress(content):
    """``{encoding: bytes}`` for each encoding that makes ``content`` smaller."""
    encoded = {"gzip": gzip.compress(content, compresslevel=GZIP_LEVEL, mtime=0)}
    if brotli is not None:
        encoded["br"] = brotli.compress(content, quality=BROTLI_QUALITY)
    return {name: body for name, body in encoded.items() if len(body) < len(content)}


def accepted_encodings(header):
    """``{coding: q}`` from an ``Accept-Encoding`` header (RFC 9110 12.5.3), names lower-cased."""
    accepted = {}
    for item in header.split(","):
        name, *params = (part.strip() for part in item.split(";"))
        if not name:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        accepted[name.lower()] = q
    return accepted


def choose_encoding(header, available):
    """The best of ``available`` encodings the client accepts, or None for the page as it is."""
    accepted = accepted_encodings(header or "")
    wildcard = accepted.get("*", 0.0)
    best, best_q = None, 0.0
    for name in PREFERENCE:
        if name in available:
            q = accepted.get(name, wildcard)
            if q > best_q:
                best, best_q = name, q
    return best
