from django.db.models import F, Prefetch
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.views.generic import DetailView, ListView

from articles.anatomy import Role, anatomy_order
from articles.models import JointAction, Muscle, MuscleGroup
from core.pagination import PAGE_PARAMETER, PagedListMixin
from core.seo import Crumb, SeoMixin
from core.structured_data import collection_page
from core.views import RedirectOldSlugMixin

from .exercise_page import build_exercise_page, exercise_prefetches, involved_muscles
from .forms import ExerciseFilterForm
from .models import Exercise, GuideExercise, MuscleInvolvement
from .related import same_muscle_exercises
from .structured_data import exercise_plan


def exercises_crumb():
    return Crumb("Exercises", reverse("exercises:list"))


class ExerciseListView(PagedListMixin, SeoMixin, ListView):
    """Every published exercise, narrowed by the filters in the query string, a page at a time."""

    template_name = "exercises/exercise_list.html"
    context_object_name = "exercises"
    page_cache_query = (PAGE_PARAMETER, *ExerciseFilterForm.base_fields)  # each page of each filtering is cached

    def get(self, request, *args, **kwargs):
        guides = MuscleGroup.objects.published().only("pk", "name", "slug", "position")
        muscles = (  # the filter's choices: names and slugs, not the guides' text
            Muscle.objects.filter(group__in=guides)
            .select_related("group", "parent")
            .only("name", "slug", "position", "group__name", "parent__name", "parent__position")
        )
        self.form = ExerciseFilterForm(
            request.GET or None, guides=guides, muscles=anatomy_order(muscles), actions=JointAction.objects.all()
        )
        response = super().get(request, *args, **kwargs)
        if self.form.is_bound and not self.form.is_valid():
            response.status_code = 400
        return response

    def get_queryset(self):
        primary = (
            MuscleInvolvement.objects.filter(role=Role.PRIMARY)
            .select_related("muscle__parent")
            .order_by(  # anatomy order: each muscle, then its heads
                Coalesce("muscle__parent__position", "muscle__position"),
                F("muscle__parent").asc(nulls_first=True),
                "muscle__position",
            )
        )
        links = GuideExercise.objects.public().select_related("guide").order_by("guide__position")
        exercises = Exercise.objects.published().prefetch_related(
            Prefetch("involvements", queryset=primary, to_attr="primary_involvements"),
            Prefetch("guide_links", queryset=links, to_attr="public_guide_links"),
        )
        if not self.form.is_bound:
            return exercises
        return self.form.filter(exercises) if self.form.is_valid() else exercises.none()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["active_filters"] = self.form.active_filters()
        return context

    def get_breadcrumbs(self, context):
        return [exercises_crumb()]

    def get_structured_data(self, context):
        return [collection_page("Exercises", reverse("exercises:list"), context["exercises"], self.origin)]


class ExerciseDetailView(RedirectOldSlugMixin, SeoMixin, DetailView):
    template_name = "exercises/exercise_detail.html"
    context_object_name = "exercise"

    @property
    def show_drafts(self):
        return self.request.user.is_staff

    def get_queryset(self):
        return Exercise.objects.visible_to(self.request.user).prefetch_related(*exercise_prefetches(self.show_drafts))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        exercise = self.object
        muscles = involved_muscles(exercise, self.show_drafts)
        context["page"] = build_exercise_page(exercise, muscles, self.show_drafts)
        context["same_muscle_exercises"] = same_muscle_exercises(exercise)
        return context

    def get_breadcrumbs(self, context):
        return [exercises_crumb(), Crumb(self.object.name, self.object.get_absolute_url())]

    def get_structured_data(self, context):
        page = context["page"]
        return [exercise_plan(self.object, page, [study for _, study in page.references], self.origin)]
