"""Which exercises to suggest next to an exercise: the ones that train the same muscles."""

from django.db.models import Count

from .models import Exercise, MuscleInvolvement

TRAINING_ROLES = [MuscleInvolvement.Role.PRIMARY, MuscleInvolvement.Role.SECONDARY]


def same_muscle_exercises(exercise, limit=6):
    """Other published exercises that train a muscle ``exercise`` trains, most muscles in common first.

    Its substitutes are listed on their own, so they are left out here. Reads
    ``exercise.involvements`` and ``exercise.substitutes`` from prefetched rows
    and makes one query, however many exercises there are.
    """
    trained = [
        involvement.muscle_id for involvement in exercise.involvements.all() if involvement.role in TRAINING_ROLES
    ]
    if not trained:
        return []
    shown_elsewhere = {exercise.pk, *(substitute.pk for substitute in exercise.substitutes.all())}
    return list(
        Exercise.objects.published()
        .filter(involvements__muscle__in=trained, involvements__role__in=TRAINING_ROLES)
        .exclude(pk__in=shown_elsewhere)
        .annotate(muscles_in_common=Count("involvements", distinct=True))
        .order_by("-muscles_in_common", "muscle_group__position", "position", "name")[:limit]
    )
