"""Base classes for every app's sitemaps (list pages and published objects), and the view of /sitemap.xml.

Locations are on SITE_URL when it is set, like canonical links, so the sitemap
names the public site whatever host served it; without it, the request's host.
/sitemap.xml is one sitemap while every section is small; once a section holds
more than ``SITEMAP_SECTION_LIMIT`` URLs it becomes a sitemap index of one
sitemap per section (``/sitemap-<section>.xml``), a large section in pages of
that many (``?p=2``).
"""

from functools import cached_property
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max, QuerySet
from django.template.response import TemplateResponse
from django.urls import reverse

from .seo import site_origin

SECTION_URL_NAME = "sitemap-section"


class SiteSitemap(Sitemap):
    @property
    def limit(self):
        return settings.SITEMAP_SECTION_LIMIT

    @cached_property
    def paginator(self):
        """Counted once per request: deciding between one sitemap and an index costs no second count."""
        return super().paginator

    def get_latest_lastmod(self):
        """The newest ``updated_at`` in one aggregate, rather than reading every item."""
        items = self.items()
        if isinstance(items, QuerySet) and callable(getattr(self, "lastmod", None)):
            return items.aggregate(newest=Max("updated_at"))["newest"]
        return super().get_latest_lastmod()

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme if settings.SITE_URL else super().get_protocol(protocol)

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc if settings.SITE_URL else super().get_domain(site)


class ListPageSitemap(SiteSitemap):
    """List pages by URL name; each was last modified when the newest thing it lists was.

    ``pages`` maps a URL name to a function returning the queryset the page lists.
    """

    pages = {}

    def items(self):
        return list(self.pages)

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        return self.pages[item]().aggregate(newest=Max("updated_at"))["newest"]


class PublishedSitemap(SiteSitemap):
    """Published objects of ``model``, each last modified at its ``updated_at``."""

    model = None

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


def sitemap(request, sitemaps):
    """/sitemap.xml: every URL in one sitemap, or an index of sections once any holds more than the limit."""
    sections = {name: section() for name, section in sitemaps.items()}
    if any(section.paginator.count > settings.SITEMAP_SECTION_LIMIT for section in sections.values()):
        return sitemap_index(request, sections)
    return sitemap_views.sitemap(request, sections)


@sitemap_views.x_robots_tag
def sitemap_index(request, sections):
    """The index: each section's sitemap (and its further pages), on SITE_URL like every other location."""
    origin = site_origin(request)
    entries = []
    for name, section in sections.items():
        location = origin + reverse(SECTION_URL_NAME, kwargs={"section": name})
        lastmod = section.get_latest_lastmod()
        entries += [
            sitemap_views.SitemapIndexItem(location if page == 1 else f"{location}?p={page}", lastmod)
            for page in range(1, section.paginator.num_pages + 1)
        ]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml")
