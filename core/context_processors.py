from django.conf import settings

from .seo import site_description, site_origin
from .social_cards import site_card


def site(request):
    """The site's name, address, default description and default social card, for every page's head.

    ``site_card`` is passed uncalled: templates call it only where a page has no card of its own.
    """
    return {
        "site_name": settings.SITE_NAME,
        "site_url": site_origin(request),
        "site_description": site_description(),
        "site_card": site_card,
    }
