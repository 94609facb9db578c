"""Seed content for the workouts app: the hamstring workout (4x8, 3x12, 2x20)."""

from articles.models import MuscleGroup
from exercises.models import Exercise

from .models import Workout, WorkoutItem

WORKOUT = {
    "slug": "hamstring-workout",
    "name": "Hamstring workout",
    "goal": "Strength and muscle growth",
    "summary": (
        "Three exercises, from heavy sets of 8 to light sets of 20, that train every hamstring "
        "muscle through both of its jobs."
    ),
    "principles": """\
- **Every muscle, both jobs.** The Romanian deadlift trains hip extension. The two curls train
  knee flexion, and they are the only exercises here that reach the short head of the biceps
  femoris.
- **Two hip angles for the curls.** The seated curl trains the hamstrings at a long length,
  which grew them more in a 12-week study [@maeo-2021]; the lying curl adds a shorter length.
- **A wide range of loads.** Sets go from 8 reps with a medium-heavy weight to 20 reps with a
  light one, so the workout trains both strength and size.
- **Progress every session.** Try to add a little weight to every exercise each time, but only
  as far as your technique and the feel of the muscle allow.
""",
}

ITEMS = [
    # position, exercise, sets, reps, note
    (1, "romanian-deadlift", 4, 8, "Medium-heavy: the last reps are hard but clean."),
    (2, "seated-leg-curl", 3, 12, "Full range, slow on the way down."),
    (3, "lying-leg-curl", 2, 20, "Light weight, high reps."),
]


def seed():
    """Create the hamstring workout where missing; return how many rows were made."""
    group = MuscleGroup.objects.filter(slug="hamstrings").first()
    if group is None:
        return 0
    workout, created = Workout.objects.get_or_create(
        slug=WORKOUT["slug"],
        defaults={**WORKOUT, "muscle_group": group, "status": Workout.Status.PUBLISHED},
    )
    if not created:
        return 0
    exercises = Exercise.objects.in_bulk([slug for _, slug, *_ in ITEMS], field_name="slug")
    for position, slug, sets, reps, note in ITEMS:
        if slug in exercises:
            WorkoutItem.objects.create(
                workout=workout, exercise=exercises[slug], position=position, sets=sets, reps=reps, note=note
            )
    return 1 + len(ITEMS)
