"""Sitemaps of the guides and the home page."""

from core.sitemaps import ListPageSitemap, PublishedSitemap

from .models import MuscleGroup


class GuideSitemap(PublishedSitemap):
    model = MuscleGroup


class HomeSitemap(ListPageSitemap):
    pages = {"articles:home": lambda: MuscleGroup.objects.published()}


sitemaps = {"home": HomeSitemap, "guides": GuideSitemap}
