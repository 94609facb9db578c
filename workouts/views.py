import csv

from django.http import HttpResponse
from django.urls import reverse
from django.views.generic import DetailView, ListView

from articles.diagram import legend, muscle_shapes, render_diagram
from articles.markup import ReferenceList
from articles.seo import Crumb, SeoMixin
from articles.structured_data import collection_page
from articles.views import RedirectOldSlugMixin
from exercises.models import MuscleInvolvement, Study

from .coverage import coverage_prefetches, workout_coverage
from .models import Workout
from .sheet import build_sheet, csv_rows
from .structured_data import workout_plan

Role = MuscleInvolvement.Role
LEGEND = {
    Role.PRIMARY: "Trained as a primary mover (solid fill)",
    Role.SECONDARY: "Trained only as a helper (striped)",
    Role.NOT_TRAINED: "Not trained by this workout (dotted, dashed outline)",
}
TOOLTIPS = {Role.PRIMARY: "trained (primary)", Role.SECONDARY: "trained (secondary)", Role.NOT_TRAINED: "not trained"}


def workouts_crumb():
    return Crumb("Workouts", reverse("workouts:list"))


class WorkoutListView(SeoMixin, ListView):
    template_name = "workouts/workout_list.html"
    context_object_name = "workouts"

    def get_queryset(self):
        return Workout.objects.published().select_related("muscle_group")

    def get_breadcrumbs(self, context):
        return [workouts_crumb()]

    def get_structured_data(self, context):
        return [collection_page("Workouts", reverse("workouts:list"), context["workouts"], self.origin)]


class WorkoutDetailView(RedirectOldSlugMixin, SeoMixin, DetailView):
    template_name = "workouts/workout_detail.html"
    context_object_name = "workout"

    def get_queryset(self):
        return (
            Workout.objects.visible_to(self.request.user)
            .select_related("muscle_group")
            .prefetch_related(*coverage_prefetches())
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        workout = self.object
        references = ReferenceList(Study.objects.filter(slug__in=workout.cited_study_slugs()))
        context["principles_html"] = references.number(workout.principles_html)
        context["references"] = references.references
        coverage = workout_coverage(workout)
        context["coverage"] = coverage
        context["items"] = coverage.items
        context["sheet"] = build_sheet(coverage.items)

        muscles = list(workout.muscle_group.muscles.all())
        shapes = muscle_shapes(muscles, coverage.roles(), TOOLTIPS)
        trained = ", ".join(str(row.muscle) for row in coverage.rows if row.trained) or "none"
        missed = ", ".join(str(row.muscle) for row in coverage.missed_muscles) or "none"
        description = f"Marked for this workout. Trained: {trained}. Not trained: {missed}."
        context["diagram_html"] = render_diagram(workout.muscle_group.diagram_svg, shapes, description)
        context["legend"] = legend(shapes, LEGEND)
        return context

    def get_breadcrumbs(self, context):
        return [workouts_crumb(), Crumb(self.object.name, self.object.get_absolute_url())]

    def get_structured_data(self, context):
        studies = [study for _, study in context["references"]]
        return [workout_plan(self.object, context["items"], studies, self.origin)]


class WorkoutSheetCSVView(DetailView):
    """The gym sheet as a CSV file, for a spreadsheet or a phone."""

    def get_queryset(self):
        return Workout.objects.visible_to(self.request.user).prefetch_related("items__exercise")

    def render_to_response(self, context, **response_kwargs):
        workout = self.object
        items = [item for item in workout.items.all() if item.exercise.is_public]
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{workout.slug}-sheet.csv"'
        csv.writer(response).writerows(csv_rows(build_sheet(items)))
        return response
