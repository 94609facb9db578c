import csv
from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from articles.anatomy import WORKOUT_LEGEND, WORKOUT_TOOLTIPS
from articles.atlas import guide_picture, render_atlas
from core.pagination import PagedListMixin
from core.seo import Crumb, SeoMixin
from core.structured_data import collection_page
from core.views import RedirectOldSlugMixin
from exercises.models import Exercise
from studies.references import ReferenceList

from . import builder
from .coverage import (
    Coverage,
    coverage_by_guide,
    coverage_prefetches,
    workout_coverage,
)
from .models import Workout, WorkoutItem
from .sheet import build_sheet, csv_rows
from .structured_data import workout_plan

PRACTICAL_FIELDS = ("frequency", "rest", "effort", "warm_up", "progression")


def workouts_crumb():
    return Crumb("Workouts", reverse("workouts:list"))


def coverage_picture(covered):
    """The diagram marked with what a workout trains; ``covered`` is ``[(guide, coverage)]``.

    One guide: its picture (its own drawing, or the atlas), as on its workout
    page. Several (a reader's build): one atlas with every guide's muscles.
    """
    rows = [row for _, coverage in covered for row in coverage.rows]
    trained = ", ".join(str(row.muscle) for row in rows if row.trained) or "none"
    missed = ", ".join(str(row.muscle) for row in rows if not row.trained) or "none"
    description = f"Marked for this workout. Trained: {trained}. Not trained: {missed}."
    muscles = [muscle for guide, _ in covered for muscle in guide.muscles.all()]
    roles = {pk: role for _, coverage in covered for pk, role in coverage.roles().items()}
    options = {"wording": WORKOUT_LEGEND, "tooltips": WORKOUT_TOOLTIPS, "description": description}
    if len(covered) == 1:
        return guide_picture(covered[0][0], muscles, roles, **options)
    return render_atlas(muscles, roles, **options)


def build_url(query):
    return reverse("workouts:build") + (f"?{query}" if query else "")


class WorkoutListView(PagedListMixin, SeoMixin, ListView):
    template_name = "workouts/workout_list.html"
    context_object_name = "workouts"

    def get_queryset(self):
        return Workout.objects.published().select_related("muscle_group").order_by("name", "pk")

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

        context["picture"] = coverage_picture([(workout.muscle_group, coverage)])
        context["build_url"] = build_url(builder.items_query_string(coverage.items))
        return context

    def get_breadcrumbs(self, context):
        return [workouts_crumb(), Crumb(self.object.name, self.object.get_absolute_url())]

    def get_structured_data(self, context):
        studies = [study for _, study in context["references"]]
        return [workout_plan(self.object, context["items"], studies, self.origin)]


def sheet_csv_response(sheet, filename):
    """A gym sheet as a CSV download, starting with a byte order mark.

    Without the mark, Excel on Windows reads the file in the system's code page and
    shows a rep range's en dash ("6–8") as "6â€“8"; other spreadsheets skip the mark.
    """
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    csv.writer(response).writerows(csv_rows(sheet))
    return response


class WorkoutSheetCSVView(DetailView):
    """The gym sheet as a CSV file, for a spreadsheet or a phone."""

    def get_queryset(self):
        items = WorkoutItem.objects.public()
        return Workout.objects.visible_to(self.request.user).prefetch_related(Prefetch("items", queryset=items))

    def render_to_response(self, context, **response_kwargs):
        workout = self.object
        return sheet_csv_response(build_sheet(list(workout.items.all())), f"{workout.slug}-sheet.csv")


@dataclass
class GuideResult:
    """A build's coverage of one guide, with the guide's own workouts to compare."""

    guide: object
    coverage: Coverage

    @property
    def workouts(self):
        """``[(workout, the builder's address for it)]``."""
        return [
            (workout, build_url(builder.items_query_string(workout.items.all())))
            for workout in self.guide.published_workouts
        ]


class WorkoutBuildView(SeoMixin, TemplateView):
    """/workouts/build/: a reader's own workout, read from the URL, with the coverage of the site's workouts.

    Nothing is stored and no cookie is set. A build's page is ``noindex`` and
    ``Cache-Control: private``: the page cache never stores URLs with a query
    string, and no shared cache should keep one page per combination.
    """

    template_name = "workouts/build.html"
    empty_rows = 3

    def get(self, request, *args, **kwargs):
        query = request.META.get("QUERY_STRING", "")
        try:
            picks = builder.parse(request.GET, len(query))
            canonical = builder.query_string(picks)
            if query and query != canonical:
                return HttpResponseRedirect(build_url(canonical))
            context = self.get_context_data(**self.result(picks), picks=picks, query=canonical)
            status = 200
        except builder.BuildError as error:
            picks = []
            context = self.get_context_data(error=str(error), picks=picks, query="")
            status = 400
        context["rows"] = self.form_rows(request.GET if status == 400 else None, picks)
        response = self.render_to_response(context, status=status)
        if query:
            response["Cache-Control"] = "private"
        return response

    def result(self, picks):
        """The build's items and, for each guide whose muscles it trains, its coverage."""
        if not picks:
            return {"items": [], "results": []}
        exercises = Exercise.objects.published().filter(slug__in={pick.exercise for pick in picks})
        items = builder.build_items(picks, {exercise.slug: exercise for exercise in exercises})
        results = [GuideResult(guide, coverage) for guide, coverage in coverage_by_guide(items)]
        references = ReferenceList()  # the exercises' notes may cite studies, numbered as on a workout page
        for result in results:
            for finding in result.coverage.findings:
                finding.reasons = [(exercise, references.number(note)) for exercise, note in finding.reasons]
        covered = [(result.guide, result.coverage) for result in results]
        return {
            "items": items,
            "results": results,
            # The rep range depends on the items alone.
            "coverage": Coverage([], [], items, [], [], []),
            "picture": coverage_picture(covered) if covered else None,
            "sheet": build_sheet(items),
            "csv_url": reverse("workouts:build_csv") + "?" + builder.query_string(picks),
            "references": references.references,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["exercise_choices"] = Exercise.objects.published().only("slug", "name")
        context["max_exercises"] = builder.MAX_EXERCISES
        context["max_sets"] = builder.MAX_SETS
        return context

    def form_rows(self, params, picks):
        """The form's rows: the build's (or, for a refused build, what the reader typed), then empty ones."""
        if params is not None:
            numbers = sorted(
                {
                    number
                    for name in params
                    if (m := builder.ROW_PARAMETER.fullmatch(name)) and (number := builder.row_number(m.group(2)))
                }
            )
            typed = [
                BuildRow(params.get(f"e{n}", ""), params.get(f"s{n}", ""), params.get(f"r{n}", "")) for n in numbers
            ]
        else:
            typed = [BuildRow(pick.exercise, str(pick.sets), pick.reps) for pick in picks]
        blanks = max(0, min(self.empty_rows, builder.MAX_EXERCISES - len(typed)))
        rows = typed + [BuildRow("", "3", "10") for _ in range(blanks)]
        for number, row in enumerate(rows, start=1):
            row.number = number
        return rows

    def get_breadcrumbs(self, context):
        return [workouts_crumb(), Crumb("Build your own", reverse("workouts:build"))]


@dataclass
class BuildRow:
    exercise: str
    sets: str
    reps: str
    number: int = 0


class WorkoutBuildCSVView(View):
    """A reader's build as the same gym sheet CSV as the site's workouts."""

    def get(self, request):
        try:
            picks = builder.parse(request.GET, len(request.META.get("QUERY_STRING", "")))
            exercises = Exercise.objects.published().filter(slug__in={pick.exercise for pick in picks})
            items = builder.build_items(picks, {exercise.slug: exercise for exercise in exercises})
        except builder.BuildError as error:
            return HttpResponse(f"{error}\n", status=400, content_type="text/plain; charset=utf-8")
        response = sheet_csv_response(build_sheet(items), "my-workout-sheet.csv")
        response["Cache-Control"] = "private"
        return response
