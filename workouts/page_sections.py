"""The workouts' parts of other pages: the workout on its guide's page, and the workouts that use an exercise."""

from django.db.models import Prefetch

from core.models import shown_rule
from core.sections import PageSection

from .models import Workout, WorkoutItem, workout_published_rule


def shown_workouts(show_drafts):
    return Workout.objects.all() if show_drafts else Workout.objects.published()


class GuideWorkoutsSection(PageSection):
    """On a guide's page: its workouts, each with its table of exercises, sets and reps."""

    order = 40
    template_name = "workouts/includes/guide_workouts.html"

    def prefetches(self, show_drafts):
        workouts = (
            shown_workouts(show_drafts)
            .defer(*Workout.stored_texts())
            .prefetch_related(Prefetch("items", queryset=WorkoutItem.objects.public()))
        )
        return [Prefetch("workouts", queryset=workouts, to_attr="shown_workouts")]

    def build(self, guide, references, show_drafts):
        if not guide.shown_workouts:
            return None
        return {"workouts": guide.shown_workouts}

    def contents(self, context):
        return [("workout", "The workout")]


class ExerciseWorkoutsSection(PageSection):
    """On an exercise's page: the workouts that use it."""

    order = 80
    template_name = "workouts/includes/exercise_workouts.html"

    def prefetches(self, show_drafts):
        # The rule on the join: a subquery of published workouts costs more to build and run.
        items = (
            WorkoutItem.objects.filter(shown_rule(show_drafts, "workout__", workout_published_rule))
            .select_related("workout")
            .defer(*Workout.stored_texts("workout__"))
        )
        return [Prefetch("workout_items", queryset=items, to_attr="shown_workout_items")]

    def build(self, exercise, references, show_drafts):
        workouts = list(dict.fromkeys(item.workout for item in exercise.shown_workout_items))
        return {"workouts": workouts} if workouts else None
