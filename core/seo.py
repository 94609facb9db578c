"""What every page tells search engines and link previews: breadcrumbs and structured data.

Views mix in ``SeoMixin`` and name their breadcrumbs and JSON-LD nodes; the base
template shows the breadcrumbs and prints each node in its own
``<script type="application/ld+json">`` (see ``templatetags/seo.py``).
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import get_script_prefix


def site_description():
    """What the site is, in a sentence: the description of pages that have none of their own."""
    return (
        f"{settings.SITE_NAME} teaches you how to train one muscle group at a time, with the anatomy, "
        "the best exercises and the studies behind them."
    )


def site_origin(request=None):
    """Scheme and host of the site's public address, for canonical links, feeds and JSON-LD.

    ``SITE_URL`` when it is set (production); without it (development), the
    request's own, or "" when there is no request (or its Host header is not
    allowed, as on the 400 page that answers it), which leaves paths relative;
    Django's feed and sitemap frameworks complete those with the request's host.
    """
    if settings.SITE_URL:
        return settings.SITE_URL
    if request is None:
        return ""
    try:
        return f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        return ""


@dataclass(frozen=True)
class Crumb:
    name: str
    url: str


def home_crumb():
    """The site's root: whichever app serves the home page, core need not know it."""
    return Crumb("Home", get_script_prefix())


def breadcrumb_list(crumbs, origin):
    """A schema.org BreadcrumbList for the trail shown on the page."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": crumb.name, "item": origin + crumb.url}
            for position, crumb in enumerate(crumbs, start=1)
        ],
    }


class SeoMixin:
    """Adds ``breadcrumbs`` and ``structured_data`` to the context a view renders.

    Override ``get_breadcrumbs`` (the trail after Home, ending with this page)
    and ``get_structured_data`` (the page's own JSON-LD nodes). Both receive the
    finished context, so they reuse what the view already fetched instead of
    querying again. The breadcrumbs and their BreadcrumbList node are added
    here, on every page below Home: on the home page a trail of one is no trail.
    JSON-LD builders take ``self.origin`` to make their URLs absolute.
    """

    @property
    def origin(self):
        return site_origin(self.request)

    def get_breadcrumbs(self, context):
        return []

    def get_structured_data(self, context):
        return []

    def render_to_response(self, context, **response_kwargs):
        trail = self.get_breadcrumbs(context)
        context["structured_data"] = list(self.get_structured_data(context))
        if trail:
            context["breadcrumbs"] = [home_crumb(), *trail]
            context["structured_data"].append(breadcrumb_list(context["breadcrumbs"], self.origin))
        return super().render_to_response(context, **response_kwargs)
