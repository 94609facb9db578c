"""Seed content for the exercises app: the exercises, and what each guide says about them.

The words are in ``seed_data``. Runs after ``articles.seed`` and
``studies.seed``, whose guides, muscles, joint actions and studies it refers
to. Creates what is missing; never changes a row an editor may have edited.
"""

from articles.models import JointAction, Muscle, MuscleGroup

from .models import Exercise, GuideExercise, MuscleInvolvement
from .movement import JOINTS
from .seed_data import EXERCISES, GUIDE_EXERCISES, MOVEMENTS

RELATIONS = ("actions", "involvements", "substitutes")


def seed():
    """Create the exercises and guide links where missing; return how many rows were made."""
    created = 0
    muscles = {muscle.slug: muscle for muscle in Muscle.objects.all()}
    new_exercises = []
    for data in EXERCISES:
        fields = {key: value for key, value in data.items() if key not in RELATIONS}
        exercise, was_created = Exercise.objects.get_or_create(
            slug=data["slug"], defaults={**fields, "status": Exercise.Status.PUBLISHED}
        )
        if not was_created:
            continue
        created += 1
        new_exercises.append((exercise, data))
        exercise.joint_actions.set(JointAction.objects.filter(slug__in=data["actions"]))
    for exercise, data in new_exercises:
        exercise.substitutes.set(Exercise.objects.filter(slug__in=data.get("substitutes", [])))
    created += fill_involvements(muscles)  # a new exercise's rows too: it has none in any guide

    guides = MuscleGroup.objects.in_bulk(list(GUIDE_EXERCISES), field_name="slug")
    exercises = Exercise.objects.in_bulk(
        [slug for links in GUIDE_EXERCISES.values() for slug, *_ in links], field_name="slug"
    )
    for guide_slug, links in GUIDE_EXERCISES.items():
        guide = guides.get(guide_slug)
        if guide is None:
            continue
        for exercise_slug, verdict, reason, position in links:
            if exercise_slug in exercises:
                created += GuideExercise.objects.get_or_create(
                    guide=guide,
                    exercise=exercises[exercise_slug],
                    defaults={"verdict": verdict, "reason": reason, "position": position},
                )[1]
    fill_substitutes()
    fill_movements()
    return created


def fill_involvements(muscles):
    """Give each seeded exercise the seed's muscle rows for a guide it has no row in; return how many were made.

    An exercise seeded before a guide's muscles existed (the squat of the first
    release, before the quadriceps guide) gets its rows for them once they do; an
    exercise with any row in a guide keeps that guide's rows as an editor left them.
    """
    wanted = {data["slug"]: data["involvements"] for data in EXERCISES}
    has_rows = set(
        MuscleInvolvement.objects.filter(exercise__slug__in=wanted).values_list("exercise_id", "muscle__group_id")
    )
    created = 0
    for exercise in Exercise.objects.filter(slug__in=wanted):
        for muscle_slug, role, note in wanted[exercise.slug]:
            muscle = muscles.get(muscle_slug)
            if muscle is not None and (exercise.pk, muscle.group_id) not in has_rows:
                MuscleInvolvement.objects.create(exercise=exercise, muscle=muscle, role=role, note=note)
                created += 1
    return created


def fill_substitutes():
    """Give each seeded exercise its substitutes where it has none.

    An exercise seeded before its substitutes existed (the Romanian deadlift of
    the first release named four in its text) gets them once they do; an
    exercise with any substitute an editor chose is left as it is.
    """
    wanted = {data["slug"]: data.get("substitutes", []) for data in EXERCISES if data.get("substitutes")}
    for exercise in Exercise.objects.filter(slug__in=wanted, substitutes=None):
        exercise.substitutes.set(Exercise.objects.filter(slug__in=wanted[exercise.slug]))


def fill_movements():
    """Give each seeded exercise its movement figure, where an editor has not set one."""
    for exercise in Exercise.objects.filter(slug__in=MOVEMENTS, movement_support=""):
        support, implement, start, end = MOVEMENTS[exercise.slug]
        fields = {"movement_support": support, "movement_implement": implement}
        for position, angles in (("start", start), ("end", end)):
            fields.update({f"{position}_{joint}": angle for joint, angle in zip(JOINTS, angles, strict=True)})
        Exercise.objects.filter(pk=exercise.pk).update(**fields)
