"""Small builders for test data beyond the seed content. Plain functions, no magic."""

from django.utils import timezone

from articles.models import Author, JointAction, Muscle, MuscleGroup
from exercises.models import Exercise, MuscleInvolvement
from workouts.models import Workout, WorkoutItem


def make_guide(slug="quadriceps", name="Quadriceps", status=MuscleGroup.Status.PUBLISHED, **fields):
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


def make_exercise(guide, slug, status=Exercise.Status.PUBLISHED, **fields):
    defaults = {
        "name": slug.replace("-", " ").capitalize(),
        "summary": "A test exercise.",
        "equipment": Exercise.Equipment.MACHINE,
        "mechanics": Exercise.Mechanics.ISOLATION,
        "description": "Do it well.",
    }
    return Exercise.objects.create(slug=slug, muscle_group=guide, status=status, **{**defaults, **fields})


def add_hamstring_exercises(count):
    """Grow the seeded hamstrings guide by ``count`` fully linked exercises."""
    guide = MuscleGroup.objects.get(slug="hamstrings")
    muscles = list(Muscle.objects.filter(group=guide))
    actions = list(JointAction.objects.all()[:2])
    workout = Workout.objects.get(slug="hamstring-workout")
    seated = Exercise.objects.get(slug="seated-leg-curl")
    for number in range(count):
        exercise = make_exercise(
            guide,
            f"extra-curl-{number}",
            verdict=f"Extra exercise {number} [@maeo-2021] [@kubo-2019].",
            cues="- cue one\n- cue two",
            recommended=number % 2 == 0,
        )
        exercise.joint_actions.set(actions)
        exercise.substitutes.set([seated])
        seated.substitutes.add(exercise)
        for muscle in muscles:
            MuscleInvolvement.objects.create(exercise=exercise, muscle=muscle, role=MuscleInvolvement.Role.PRIMARY)
        WorkoutItem.objects.create(workout=workout, exercise=exercise, position=10 + number, sets=2, reps=10)


def future():
    return timezone.now() + timezone.timedelta(days=7)


def make_workout(guide, slug, items, status=Workout.Status.PUBLISHED):
    """A workout of ``items``: ``[(exercise slug, sets, reps), ...]`` in order."""
    workout = Workout.objects.create(
        slug=slug,
        name=slug.replace("-", " ").capitalize(),
        muscle_group=guide,
        goal="Testing",
        summary="A test workout.",
        principles="Test principles.",
        status=status,
    )
    for position, (exercise_slug, sets, reps) in enumerate(items, start=1):
        WorkoutItem.objects.create(
            workout=workout, exercise=Exercise.objects.get(slug=exercise_slug), position=position, sets=sets, reps=reps
        )
    return workout
