"""System checks of the newsletter: a deployed site sends its emails from a real address."""

from email.utils import parseaddr

from django.conf import settings
from django.core.checks import Warning, register

LOCAL_DOMAINS = {"", "localhost", "localhost.localdomain", "example.com"}


@register("newsletter", deploy=True)
def sender_address_in_production(app_configs, **kwargs):
    """Mail from newsletter@localhost, the development default, is refused or filed as junk by readers' providers."""
    _, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    domain = address.rpartition("@")[2].lower()
    if "@" in address and domain not in LOCAL_DOMAINS:
        return []
    return [
        Warning(
            f"DEFAULT_FROM_EMAIL is {settings.DEFAULT_FROM_EMAIL!r}: newsletter and confirmation emails would come "
            "from an address no mail provider accepts as a sender.",
            hint="Set DEFAULT_FROM_EMAIL to the site's sender, e.g. Muscle Guide <newsletter@muscleguide.example>.",
            id="newsletter.W001",
        )
    ]
