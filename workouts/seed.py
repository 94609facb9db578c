"""Seed content for the workouts app: one workout per guide (words in ``seed_data``)."""

from articles.models import MuscleGroup
from exercises.models import Exercise

from .models import Workout, WorkoutItem
from .seed_data import REST_SECONDS, WORKOUTS


def seed():
    """Create the workouts where missing; return how many rows were made."""
    created = 0
    for data in WORKOUTS:
        guide = MuscleGroup.objects.filter(slug=data["guide"]).first()
        if guide is None:
            continue
        fields = {key: value for key, value in data.items() if key not in ("guide", "items")}
        workout, was_created = Workout.objects.get_or_create(
            slug=data["slug"], defaults={**fields, "muscle_group": guide, "status": Workout.Status.PUBLISHED}
        )
        if not was_created:
            continue
        created += 1
        exercises = Exercise.objects.in_bulk([slug for _, slug, *_ in data["items"]], field_name="slug")
        for position, slug, sets, reps_min, reps_max, unit, note in data["items"]:
            if slug in exercises:
                WorkoutItem.objects.create(
                    workout=workout,
                    exercise=exercises[slug],
                    position=position,
                    sets=sets,
                    reps_min=reps_min,
                    reps_max=reps_max,
                    unit=unit,
                    note=note,
                )
                created += 1
    fill_rest()
    return created


def fill_rest():
    """Give the seeded workouts' exercises their rest in seconds, where an editor has not set one."""
    for workout_slug, rests in REST_SECONDS.items():
        for exercise_slug, (low, high) in rests.items():
            WorkoutItem.objects.filter(
                workout__slug=workout_slug, exercise__slug=exercise_slug, rest_min=None, rest_max=None
            ).update(rest_min=low, rest_max=high)
