"""Keeping the stored search index current: a document is rewritten whenever what it is built from changes.

``index(kind, pks)`` writes (or removes, for rows that are gone) the documents of
those rows, then lets the database's engine store its own form of them: the
weighted ``tsvector`` on PostgreSQL, the FTS5 row on SQLite. ``SOURCES`` says
which documents a saved or deleted row touches: an exercise's document holds the
names of the muscles it trains, so renaming a muscle rewrites those exercises.
``index_missing`` runs after every ``migrate``, so a site that existed before the
index (or whose index lost rows) is completed without a data migration.
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from articles.models import Muscle, MuscleGroup
from exercises.models import Exercise, GuideExercise, MuscleInvolvement
from studies.models import Study
from workouts.models import Workout

from . import engine
from .documents import EXERCISES, GUIDES, KINDS, MUSCLES, STUDIES, WORKOUTS
from .models import Document
from .text import CITATION

WEIGHTS = ("a", "b", "c", "d")


def document_fields(kind, obj):
    """The titles (lower case, one a line) and the text of each weight, citation keys left out."""
    by_weight = {weight: [] for weight in WEIGHTS}
    for field, weight in kind.weighted_fields:
        value = getattr(obj, field) or ""
        if field in kind.markdown_fields:
            value = CITATION.sub(" ", value)
        by_weight[weight.lower()].append(value)
    titles = "".join(f"\n{title}" for title in kind.titles(obj)) + "\n"
    return {"titles": titles, **{f"weight_{weight}": " ".join(by_weight[weight]) for weight in WEIGHTS}}


def index(kind, pks=None):
    """Rewrite the documents of ``kind`` for ``pks`` (every row when None); remove those whose row is gone."""
    rows = kind.rows()
    if pks is not None:
        pks = set(pks)
        if not pks:
            return
        rows = rows.filter(pk__in=pks)
    documents = [Document(kind=kind.key, object_id=obj.pk, **document_fields(kind, obj)) for obj in rows]
    gone = Document.objects.filter(kind=kind.key)
    if pks is not None:
        gone = gone.filter(object_id__in=pks)
    gone = gone.exclude(object_id__in=[document.object_id for document in documents])
    engine.storage().remove(list(gone.values_list("pk", flat=True)))
    gone.delete()
    if not documents:
        return
    Document.objects.bulk_create(
        documents,
        update_conflicts=True,
        unique_fields=["kind", "object_id"],
        update_fields=["titles", *(f"weight_{weight}" for weight in WEIGHTS)],
    )
    written = Document.objects.filter(kind=kind.key)
    if pks is not None:
        written = written.filter(object_id__in=pks)
    engine.storage().store(written)


def rebuild():
    """Every document written afresh, e.g. after a release changes what a kind's document holds."""
    for kind in KINDS:
        index(kind)


def index_missing(**kwargs):
    """Index the rows that have no document yet (after ``migrate``: an existing site's pages)."""
    for kind in KINDS:
        have = Document.objects.filter(kind=kind.key).values("object_id")
        missing = list(kind.rows().exclude(pk__in=have).values_list("pk", flat=True))
        if missing:
            index(kind, missing)


def exercises_training(muscles):
    return MuscleInvolvement.objects.filter(muscle__in=muscles).values_list("exercise", flat=True)


def guide_changed(guide):
    """A guide's name is in its muscles' and workouts' documents and in those of the exercises training them."""
    muscles = Muscle.objects.filter(group=guide)
    index(GUIDES, [guide.pk])
    index(WORKOUTS, Workout.objects.filter(muscle_group=guide).values_list("pk", flat=True))
    index(MUSCLES, muscles.values_list("pk", flat=True))
    index(EXERCISES, exercises_training(muscles))


def muscle_changed(muscle):
    """A muscle's name is in its heads' documents (their full names) and its exercises'."""
    muscles = Muscle.objects.filter(Q(pk=muscle.pk) | Q(parent=muscle.pk))
    index(MUSCLES, [muscle.pk, *muscles.values_list("pk", flat=True)])
    index(EXERCISES, exercises_training(muscles))


def exercise_changed(exercise):
    """An exercise's name is in the documents of the guides that discuss it."""
    index(EXERCISES, [exercise.pk])
    index(GUIDES, GuideExercise.objects.filter(exercise=exercise.pk).values_list("guide", flat=True))


def rewrite_guide_documents():
    """Every guide's document written again: the worker's housekeeping, every ``TASKS_ABANDONED_CHECK_EVERY`` seconds.

    A guide's document holds the words of the exercises it discusses that are published
    (``documents.discussed_exercise_words``); one that was scheduled becomes published with no
    save to rewrite it. Writing them all each round, rather than those whose exercises' time came
    since the last, misses none after the worker was down; a library has tens of guides.
    """
    index(GUIDES)


# Which documents a saved or deleted row touches.
SOURCES = {
    MuscleGroup: guide_changed,
    Muscle: muscle_changed,
    Exercise: exercise_changed,
    GuideExercise: lambda link: index(GUIDES, [link.guide_id]),
    MuscleInvolvement: lambda involvement: index(EXERCISES, [involvement.exercise_id]),
    Study: lambda study: index(STUDIES, [study.pk]),
    Workout: lambda workout: index(WORKOUTS, [workout.pk]),
}


def changed(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata: the rows may not be complete yet; index_missing runs after.
        return
    SOURCES[sender](instance)


def connect():
    for model in SOURCES:
        post_save.connect(changed, sender=model, dispatch_uid=f"search-index-save-{model._meta.label}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"search-index-delete-{model._meta.label}")
