"""Which exercises to suggest next to an exercise: the ones that train the same muscles."""

from django.db.models import Count

from articles.anatomy import TRAINS

from .models import Exercise


def same_muscle_exercises(exercise, limit=6):
    """Other published exercises that train a muscle ``exercise`` trains, most muscles in common first.

    Its substitutes are listed on their own, so they are left out here. Reads
    ``exercise.involvements`` and ``exercise.substitutes`` from prefetched rows
    and makes one query, however many exercises there are.
    """
    trained = [involvement.muscle_id for involvement in exercise.involvements.all() if involvement.role in TRAINS]
    if not trained:
        return []
    shown_elsewhere = {exercise.pk, *(substitute.pk for substitute in exercise.substitutes.all())}
    return list(
        Exercise.objects.published()
        .filter(involvements__muscle__in=trained, involvements__role__in=TRAINS)
        .exclude(pk__in=shown_elsewhere)
        .annotate(muscles_in_common=Count("involvements", distinct=True))
        .defer(*Exercise.page_only_fields())
        .order_by("-muscles_in_common", "name")[:limit]
    )
