"""Sitemaps of the guides and the home page."""

from core.sitemaps import ListPageSitemap, PublishedSitemap

from .models import GlossaryTerm, MuscleGroup


class GuideSitemap(PublishedSitemap):
    model = MuscleGroup


class HomeSitemap(ListPageSitemap):
    pages = {
        "articles:home": lambda: MuscleGroup.objects.published(),
        "articles:glossary": lambda: GlossaryTerm.objects.published(),
    }


sitemaps = {"home": HomeSitemap, "guides": GuideSitemap}
