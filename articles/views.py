from django.urls import reverse
from django.views.generic import DetailView, ListView

from core.seo import Crumb, SeoMixin, site_description
from core.structured_data import collection_page, website
from core.views import RedirectOldSlugMixin

from .guide_page import build_guide_page, guide_prefetches
from .models import GlossaryTerm, MuscleGroup
from .structured_data import glossary_term_set, guide_article


class GuideListView(SeoMixin, ListView):
    """The home page: every published guide with its summary."""

    template_name = "articles/guide_list.html"
    context_object_name = "guides"

    def get_queryset(self):
        return MuscleGroup.objects.published().select_related("author")

    def get_structured_data(self, context):
        return [
            website(site_description(), self.origin),
            collection_page("Guides", reverse("articles:home"), context["guides"], self.origin),
        ]


class GuideDetailView(RedirectOldSlugMixin, SeoMixin, DetailView):
    template_name = "articles/guide_detail.html"
    context_object_name = "guide"

    @property
    def show_drafts(self):
        """Editors previewing a guide see its draft exercises and workouts too, each marked as a draft."""
        return self.request.user.is_staff

    def get_queryset(self):
        return (
            MuscleGroup.objects.visible_to(self.request.user)
            .select_related("author")
            .prefetch_related(*guide_prefetches(self.show_drafts))
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = build_guide_page(self.object, show_drafts=self.show_drafts)
        context["other_guides"] = (
            MuscleGroup.objects.published().exclude(pk=self.object.pk).only("pk", "slug", "name", "summary")
        )
        return context

    def get_breadcrumbs(self, context):
        return [Crumb(f"{self.object.name} guide", self.object.get_absolute_url())]

    def get_structured_data(self, context):
        return [guide_article(self.object, [study for _, study in context["page"].references], self.origin)]


class GlossaryView(SeoMixin, ListView):
    """Every published glossary term with its definition, each at its own anchor (/glossary/#<slug>)."""

    template_name = "articles/glossary.html"
    context_object_name = "terms"

    def get_queryset(self):
        return GlossaryTerm.objects.published()

    def get_breadcrumbs(self, context):
        return [Crumb("Glossary", reverse("articles:glossary"))]

    def get_structured_data(self, context):
        return [glossary_term_set(context["terms"], reverse("articles:glossary"), self.origin)]
