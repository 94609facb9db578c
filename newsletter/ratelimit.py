"""A small rate limit on Django's cache: N attempts per key per window.

The counter for a key starts at its first attempt and expires a window later.
``cache.add`` and ``cache.incr`` are atomic in the local-memory, Redis and
Memcached backends, so concurrent requests cannot slip past the limit. With
several server processes, point ``NEWSLETTER_RATE_LIMIT_CACHE`` at a shared
cache (Redis), or each process counts on its own.

If the cache fails (Redis down or hung), the limit lets the attempt through and
logs a warning now and then: signups keep working, and nginx's per-client limit
on the signup endpoint (deploy/nginx.conf.template) still holds.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches

from core import clients, fail_safe

from . import addresses

logger = logging.getLogger(__name__)


def allow(scope, key, limit, window):
    """Count one attempt for ``key``; False once more than ``limit`` were made within ``window`` seconds.

    A limit of 0 or less switches the check off, and so does a failing cache (with a warning).
    """
    if limit <= 0 or fail_safe.resting("newsletter-rate-limit"):
        return True
    # Hashed, so client addresses and email addresses are not kept in the cache in clear.
    cache_key = f"newsletter:rate:{scope}:{hashlib.sha256(key.encode()).hexdigest()}"
    try:
        return _count(caches[settings.NEWSLETTER_RATE_LIMIT_CACHE], cache_key, window) <= limit
    except Exception as error:  # any backend's connection error: the cache is not the site
        fail_safe.warn(logger, "newsletter-rate-limit", "Signup rate limit not counted, the cache failed", error)
        return True


def _count(cache, cache_key, window):
    cache.add(cache_key, 0, timeout=window)
    try:
        return cache.incr(cache_key)
    except ValueError:  # the counter expired between add() and incr()
        cache.set(cache_key, 1, timeout=window)
        return 1


def client_ip(request):
    """The signing-up client's address, behind ``NEWSLETTER_TRUSTED_PROXIES`` proxies."""
    return clients.client_ip(request, proxies=settings.NEWSLETTER_TRUSTED_PROXIES)


def allow_signup_from(request):
    return allow("ip", client_ip(request), settings.NEWSLETTER_RATE_LIMIT_PER_IP, settings.NEWSLETTER_RATE_LIMIT_WINDOW)


def allow_signup_for(email):
    """Counted per inbox, not per spelling: "ann+1@…", "ann+2@…" would each start a count of their own."""
    inbox = addresses.mailbox(email)
    return allow("email", inbox, settings.NEWSLETTER_RATE_LIMIT_PER_EMAIL, settings.NEWSLETTER_RATE_LIMIT_WINDOW)
