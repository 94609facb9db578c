"""Base classes for every app's sitemaps: list pages and published objects.

Locations are on SITE_URL when it is set, like canonical links, so the sitemap
names the public site whatever host served it; without it, the request's host.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse


class SiteSitemap(Sitemap):
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
