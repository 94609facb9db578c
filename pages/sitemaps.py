"""The sitemap of the site's own pages (About, Privacy, Contact): public whenever they exist."""

from core.sitemaps import SiteSitemap

from .models import Page


class PageSitemap(SiteSitemap):
    def items(self):
        return Page.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


sitemaps = {"pages": PageSitemap}
