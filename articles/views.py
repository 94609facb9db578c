from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from .guide_page import build_guide_page
from .models import Muscle, MuscleGroup


class GuideListView(ListView):
    """The home page: every published guide with its summary."""

    template_name = "articles/guide_list.html"
    context_object_name = "guides"

    def get_queryset(self):
        return MuscleGroup.objects.published().select_related("author")


class GuideDetailView(DetailView):
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
        context["page"] = build_guide_page(self.object)
        context["other_guides"] = MuscleGroup.objects.published().exclude(pk=self.object.pk)
        return context
