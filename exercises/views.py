from django.db.models import F, Prefetch
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.views.generic import DetailView, ListView

from articles.diagram import legend, muscle_shapes, render_diagram
from articles.guide_page import muscles_with_heads
from articles.markup import ReferenceList
from articles.models import JointAction, Muscle, MuscleGroup
from articles.seo import Crumb, SeoMixin
from articles.structured_data import collection_page
from articles.views import RedirectOldSlugMixin

from .forms import ExerciseFilterForm
from .models import Citation, Exercise, MuscleInvolvement, Study
from .related import same_muscle_exercises
from .structured_data import exercise_plan, study_page


def exercises_crumb():
    return Crumb("Exercises", reverse("exercises:list"))


def studies_crumb():
    return Crumb("Studies", reverse("exercises:study_list"))


class ExerciseListView(SeoMixin, ListView):
    """Every published exercise, narrowed by the filters in the query string."""

    template_name = "exercises/exercise_list.html"
    context_object_name = "exercises"

    def get(self, request, *args, **kwargs):
        muscles = Muscle.objects.filter(group__in=MuscleGroup.objects.published()).select_related("group", "parent")
        actions = JointAction.objects.filter(pk__in=Exercise.objects.published().values("joint_actions"))
        self.form = ExerciseFilterForm(request.GET or None, muscles=anatomy_order(muscles), actions=actions)
        response = super().get(request, *args, **kwargs)
        if self.form.is_bound and not self.form.is_valid():
            response.status_code = 400
        return response

    def get_queryset(self):
        primary = (
            MuscleInvolvement.objects.filter(role=MuscleInvolvement.Role.PRIMARY)
            .select_related("muscle__parent")
            .order_by(  # anatomy order: each muscle, then its heads
                Coalesce("muscle__parent__position", "muscle__position"),
                F("muscle__parent").asc(nulls_first=True),
                "muscle__position",
            )
        )
        exercises = (
            Exercise.objects.published()
            .select_related("muscle_group")
            .prefetch_related(Prefetch("involvements", queryset=primary, to_attr="primary_involvements"))
            .order_by("muscle_group__position", "muscle_group__name", "-recommended", "position")
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


def anatomy_order(muscles):
    """Each muscle followed by its heads, as the anatomy table lists them."""
    return [part for muscle, heads in muscles_with_heads(list(muscles)) for part in (muscle, *heads)]


class ExerciseDetailView(RedirectOldSlugMixin, SeoMixin, DetailView):
    template_name = "exercises/exercise_detail.html"
    context_object_name = "exercise"

    def get_queryset(self):
        involvements = MuscleInvolvement.objects.select_related("muscle__parent")
        return (
            Exercise.objects.visible_to(self.request.user)
            .select_related("muscle_group")
            .prefetch_related(
                Prefetch("involvements", queryset=involvements),
                Prefetch("muscle_group__muscles", queryset=Muscle.objects.select_related("parent")),
                "joint_actions__joint",
                Prefetch("substitutes", queryset=Exercise.objects.published()),
                "citations",
                "workout_items__workout",
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        exercise = self.object
        references = ReferenceList(citation.study for citation in exercise.citations.all())
        context["description_html"] = references.number(exercise.description_html)
        context["cues_html"] = references.number(exercise.cues_html)
        context["verdict_html"] = references.number(exercise.verdict_html)
        context["references"] = references.references
        context["workouts"] = list({item.workout for item in exercise.workout_items.all() if item.workout.is_public})
        context.update(exercise_diagram(exercise))
        context["same_muscle_exercises"] = same_muscle_exercises(exercise)
        return context

    def get_breadcrumbs(self, context):
        return [exercises_crumb(), Crumb(self.object.name, self.object.get_absolute_url())]

    def get_structured_data(self, context):
        return [exercise_plan(self.object, [study for _, study in context["references"]], self.origin)]


LEGEND = {
    MuscleInvolvement.Role.PRIMARY: "Primary: trained hard (solid fill)",
    MuscleInvolvement.Role.SECONDARY: "Secondary: helps (striped)",
    MuscleInvolvement.Role.NOT_TRAINED: "Not trained (dotted, dashed outline)",
}
TOOLTIPS = {role: label.lower() for role, label in MuscleInvolvement.Role.choices}


def exercise_diagram(exercise):
    """The group's diagram with the exercise's roles marked, and its legend; the desc says it in words."""
    muscles = list(exercise.muscle_group.muscles.all())
    shapes = muscle_shapes(muscles, exercise.muscle_roles(muscles), TOOLTIPS)
    in_words = " ".join(
        f"{role.label}: " + ", ".join(str(involvement.muscle) for involvement in involvements) + "."
        for role, involvements in exercise.involvements_by_role()
    )
    description = f"Marked for the exercise {exercise.name}. {in_words}" if in_words else ""
    return {
        "diagram_html": render_diagram(exercise.muscle_group.diagram_svg, shapes, description),
        "legend": legend(shapes, LEGEND),
    }


class StudyListView(SeoMixin, ListView):
    template_name = "exercises/study_list.html"
    context_object_name = "studies"
    queryset = Study.objects.all()

    def get_breadcrumbs(self, context):
        return [studies_crumb()]

    def get_structured_data(self, context):
        return [collection_page("Studies", reverse("exercises:study_list"), context["studies"], self.origin)]


class StudyDetailView(RedirectOldSlugMixin, SeoMixin, DetailView):
    template_name = "exercises/study_detail.html"
    context_object_name = "study"
    queryset = Study.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        citations = Citation.objects.filter(study=self.object).select_related("guide", "exercise")
        context["citing_pages"] = [c.source for c in citations if c.source.is_public]
        return context

    def get_breadcrumbs(self, context):
        return [studies_crumb(), Crumb(self.object.title, self.object.get_absolute_url())]

    def get_structured_data(self, context):
        return [study_page(self.object, self.origin)]
