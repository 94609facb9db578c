"""System checks: production refuses to start without what it needs."""

from django.conf import settings
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
