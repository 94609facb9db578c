"""Small builders for test data beyond the seed content. Plain functions, no magic."""

from django.utils import timezone

from articles.anatomy import Role
from articles.models import Author, JointAction, Muscle, MuscleGroup
from exercises.models import Exercise, GuideExercise, MuscleInvolvement
from workouts.models import Workout, WorkoutItem


def make_guide(slug="calves", name="Calves", status=MuscleGroup.Status.PUBLISHED, **fields):
    author, _ = Author.objects.get_or_create(name="Test Author", defaults={"bio": "Writes tests."})
    return MuscleGroup.objects.create(
        slug=slug,
        name=name,
        title=fields.pop("title", f"How to train your {name.lower()}"),
        summary=fields.pop("summary", f"All about the {name.lower()}."),
        author=author,
        introduction=fields.pop("introduction", "An introduction."),
        anatomy=fields.pop("anatomy", "Some anatomy."),
        status=status,
        **fields,
    )


def make_exercise(
    slug,
    guide=None,
    status=Exercise.Status.PUBLISHED,
    verdict=GuideExercise.Verdict.RECOMMENDED,
    reason="Why the guide says so.",
    position=0,
    **fields,
):
    """An exercise; with ``guide``, also the guide's verdict on it."""
    defaults = {
        "name": slug.replace("-", " ").capitalize(),
        "summary": "A test exercise.",
        "equipment": Exercise.Equipment.MACHINE,
        "mechanics": Exercise.Mechanics.ISOLATION,
        "description": "Do it well.",
    }
    exercise = Exercise.objects.create(slug=slug, status=status, **{**defaults, **fields})
    if guide is not None:
        link(guide, exercise, verdict, reason, position)
    return exercise


def link(guide, exercise, verdict=GuideExercise.Verdict.RECOMMENDED, reason="Why the guide says so.", position=0):
    return GuideExercise.objects.create(
        guide=guide, exercise=exercise, verdict=verdict, reason=reason, position=position
    )


def add_hamstring_exercises(count):
    """Grow the seeded hamstrings guide by ``count`` fully linked exercises, cited and in its workout."""
    guide = MuscleGroup.objects.get(slug="hamstrings")
    muscles = list(Muscle.objects.filter(group=guide))
    actions = list(JointAction.objects.all()[:2])
    workout = Workout.objects.get(slug="hamstring-workout")
    seated = Exercise.objects.get(slug="seated-leg-curl")
    for number in range(count):
        exercise = make_exercise(
            f"extra-curl-{number}",
            guide=guide,
            reason=f"Extra exercise {number} [@maeo-2021] [@kubo-2019].",
            verdict=GuideExercise.Verdict.RECOMMENDED if number % 2 == 0 else GuideExercise.Verdict.LEFT_OUT,
            position=10 + number,
            cues="- cue one\n- cue two [@maeo-2021]",
        )
        exercise.joint_actions.set(actions)
        exercise.substitutes.set([seated])
        seated.substitutes.add(exercise)
        for muscle in muscles:
            MuscleInvolvement.objects.create(exercise=exercise, muscle=muscle, role=Role.PRIMARY)
        WorkoutItem.objects.create(
            workout=workout, exercise=exercise, position=10 + number, sets=2, reps_min=10, reps_max=12
        )


def future():
    return timezone.now() + timezone.timedelta(days=7)


def make_workout(guide, slug, items, status=Workout.Status.PUBLISHED, **fields):
    """A workout of ``items``: ``[(exercise slug, sets, reps), ...]`` in order."""
    workout = Workout.objects.create(
        slug=slug,
        name=slug.replace("-", " ").capitalize(),
        muscle_group=guide,
        goal="Testing",
        summary="A test workout.",
        principles=fields.pop("principles", "Test principles."),
        status=status,
        **fields,
    )
    for position, (exercise_slug, sets, reps) in enumerate(items, start=1):
        WorkoutItem.objects.create(
            workout=workout,
            exercise=Exercise.objects.get(slug=exercise_slug),
            position=position,
            sets=sets,
            reps_min=reps,
            reps_max=reps,
        )
    return workout
