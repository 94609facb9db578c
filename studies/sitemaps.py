from core.sitemaps import ListPageSitemap, SiteSitemap

from .models import Study


class StudySitemap(SiteSitemap):
    """Public studies only: one that nothing published cites is no page for readers."""

    def items(self):
        return Study.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class StudyListSitemap(ListPageSitemap):
    pages = {"studies:list": lambda: Study.objects.published()}


sitemaps = {"study-list": StudyListSitemap, "studies": StudySitemap}
