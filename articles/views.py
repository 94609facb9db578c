from django.db.models import Prefetch
from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse
from django.views.generic import DetailView, ListView

from .guide_page import build_guide_page
from .models import Muscle, MuscleGroup, SlugRedirect
from .seo import Crumb, SeoMixin, site_description
from .structured_data import collection_page, guide_article, website


class RedirectOldSlugMixin:
    """For a detail view by slug: an old slug of a page answers with a 301 to its current address.

    Only a miss looks for a redirect, and only among what the view may show,
    so an old address of a page that is now a draft stays 404 for readers.
    """

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            moved = SlugRedirect.objects.find(self.get_queryset(), kwargs["slug"])
            if moved is None:
                raise
            url = moved.get_absolute_url()
            if request.META.get("QUERY_STRING"):
                url += "?" + request.META["QUERY_STRING"]
            return HttpResponsePermanentRedirect(url)


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

    def get_queryset(self):
        return (
            MuscleGroup.objects.visible_to(self.request.user)
            .select_related("author")
            .prefetch_related(
                Prefetch(
                    "muscles", queryset=Muscle.objects.select_related("parent").prefetch_related("joints", "actions")
                ),
                "citations",
                "exercises__citations",
                "workouts",
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Staff previewing a guide see its draft exercises and workouts too, each marked as a draft.
        context["page"] = build_guide_page(self.object, show_drafts=self.request.user.is_staff)
        context["other_guides"] = MuscleGroup.objects.published().exclude(pk=self.object.pk)
        return context

    def get_breadcrumbs(self, context):
        return [Crumb(f"{self.object.name} guide", self.object.get_absolute_url())]

    def get_structured_data(self, context):
        return [guide_article(self.object, [study for _, study in context["page"].references], self.origin)]
