"""Is a POST coming from another site? Browsers say so themselves, so forms need no token.

A browser sends ``Sec-Fetch-Site`` with every request (``same-origin``,
``same-site``, ``cross-site`` or ``none`` when a person typed the address); the
page that made the request cannot change it. Browsers too old for it still send
``Origin`` with a POST, which is compared with the site's own address. A request
with neither comes from a program, not from a page a reader visited, and a
program can post to the form directly anyway, so it is not refused here (the
honeypot and the rate limits deal with programs).

This replaces a CSRF token for forms that change no session and act on no
account (the newsletter signup), so the pages that show them stay the same
bytes for every visitor and can be cached.
"""

from urllib.parse import urlsplit

from django.conf import settings


def is_cross_site(request):
    """True when a browser says the request was sent by a page of another site."""
    fetch_site = request.headers.get("Sec-Fetch-Site", "").strip().lower()
    if fetch_site:
        return fetch_site == "cross-site"
    origin = request.headers.get("Origin", "").strip()
    if not origin:
        return False
    return origin.lower() not in own_origins(request)


def own_origins(request):
    """The origins this site answers as: its own address, ``SITE_URL`` and ``CSRF_TRUSTED_ORIGINS``."""
    origins = {_origin(url) for url in [settings.SITE_URL, *settings.CSRF_TRUSTED_ORIGINS] if url}
    origins.add(f"{request.scheme}://{request.get_host()}".lower())  # the host was checked by CommonMiddleware
    return origins


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()
