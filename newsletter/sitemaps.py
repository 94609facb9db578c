from django.urls import reverse

from core.sitemaps import SiteSitemap


class NewsletterSitemap(SiteSitemap):
    """The signup page. It changes with the code, not with content, so it has no lastmod."""

    def items(self):
        return ["newsletter:signup"]

    def location(self, item):
        return reverse(item)


sitemaps = {"newsletter": NewsletterSitemap}
