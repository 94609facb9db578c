import csv

from django.db.models import Prefetch
from django.http import HttpResponse
from django.urls import reverse
from django.views.generic import DetailView, ListView

from articles.anatomy import WORKOUT_LEGEND, WORKOUT_TOOLTIPS
from articles.atlas import guide_picture
from core.seo import Crumb, SeoMixin
from core.structured_data import collection_page
from core.views import RedirectOldSlugMixin
from exercises.models import Exercise
from studies.references import ReferenceList

from .coverage import coverage_prefetches, workout_coverage
from .models import Workout, WorkoutItem
from .sheet import build_sheet, csv_rows
from .structured_data import workout_plan

PRACTICAL_FIELDS = ("frequency", "rest", "effort", "warm_up", "progression")


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
        references = ReferenceList()
        # Reading order: how to run it, what it trains (with the exercises' notes), why it is built this way.
        context["practical"] = [
            (workout._meta.get_field(name).verbose_name, references.number(getattr(workout, f"{name}_html")))
            for name in PRACTICAL_FIELDS
            if getattr(workout, f"{name}_html")
        ]
        coverage = workout_coverage(workout)
        for finding in coverage.findings:
            finding.reasons = [(exercise, references.number(note)) for exercise, note in finding.reasons]
        context["principles_html"] = references.number(workout.principles_html)
        context["references"] = references.references
        context["coverage"] = coverage
        context["items"] = coverage.items
        context["sheet"] = build_sheet(coverage.items)

        muscles = list(workout.muscle_group.muscles.all())
        trained = ", ".join(str(row.muscle) for row in coverage.rows if row.trained) or "none"
        missed = ", ".join(str(row.muscle) for row in coverage.missed_muscles) or "none"
        description = f"Marked for this workout. Trained: {trained}. Not trained: {missed}."
        context["picture"] = guide_picture(
            workout.muscle_group,
            muscles,
            coverage.roles(),
            wording=WORKOUT_LEGEND,
            tooltips=WORKOUT_TOOLTIPS,
            description=description,
        )
        return context

    def get_breadcrumbs(self, context):
        return [workouts_crumb(), Crumb(self.object.name, self.object.get_absolute_url())]

    def get_structured_data(self, context):
        studies = [study for _, study in context["references"]]
        return [workout_plan(self.object, context["items"], studies, self.origin)]


class WorkoutSheetCSVView(DetailView):
    """The gym sheet as a CSV file, for a spreadsheet or a phone."""

    def get_queryset(self):
        items = WorkoutItem.objects.filter(exercise__in=Exercise.objects.published()).select_related("exercise")
        return Workout.objects.visible_to(self.request.user).prefetch_related(Prefetch("items", queryset=items))

    def render_to_response(self, context, **response_kwargs):
        workout = self.object
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{workout.slug}-sheet.csv"'
        csv.writer(response).writerows(csv_rows(build_sheet(list(workout.items.all()))))
        return response
