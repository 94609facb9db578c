"""System checks: production refuses to start without what it needs."""

from django.conf import settings
from django.core import checks
from django.core.checks import Error, register


@register()
def site_url_in_production(app_configs, **kwargs):
    """Absolute URLs (canonical links, feeds, emails) must never come from a request's Host header."""
    if settings.DEBUG or settings.SITE_URL:
        return []
    return [
        Error(
            "SITE_URL must be set in production (DJANGO_DEBUG=0).",
            hint="Set SITE_URL to the public address, e.g. https://muscleguide.example, without a trailing slash.",
            id="core.E001",
        )
    ]


@register(deploy=True)
def clients_counted_behind_a_proxy(app_configs, **kwargs):
    """Behind a proxy, counting clients by the connection's address counts every reader as the proxy.

    Trusting the proxy's X-Forwarded-Proto (``SECURE_PROXY_SSL_HEADER``) says there is one; with
    ``TRUSTED_PROXIES`` at 0, five wrong passwords from anyone would lock an editor out for everyone,
    and ten signups from anyone would use up the whole site's hourly allowance.
    """
    if not getattr(settings, "SECURE_PROXY_SSL_HEADER", None) or settings.TRUSTED_PROXIES:
        return []
    return [
        checks.Warning(
            "Behind a proxy (SECURE_PROXY_SSL_HEADER is set), clients are counted by the proxy's address.",
            hint="Set DJANGO_TRUSTED_PROXIES to the number of proxies in front of Django (nginx as shipped: 1).",
            id="core.W001",
        )
    ]
