"""`seed_content` loads the hamstrings guide once and never overwrites an editor's work."""

import io

import pytest
from django.core.management import call_command

from articles.models import Muscle, MuscleGroup
from exercises.models import Citation, Exercise, MuscleInvolvement, Study
from workouts.models import Workout, WorkoutItem

pytestmark = pytest.mark.django_db


def counts():
    models = [MuscleGroup, Muscle, Exercise, MuscleInvolvement, Study, Citation, Workout, WorkoutItem]
    return {model.__name__: model.objects.count() for model in models}


def test_seed_loads_the_hamstrings_guide():
    call_command("seed_content", stdout=io.StringIO())
    assert MuscleGroup.objects.get().slug == "hamstrings"
    assert set(Muscle.objects.filter(parent=None).values_list("name", flat=True)) == {
        "Semitendinosus",
        "Semimembranosus",
        "Biceps femoris",
    }
    assert set(Muscle.objects.filter(parent__slug="biceps-femoris").values_list("name", flat=True)) == {
        "Long head",
        "Short head",
    }
    assert set(Exercise.objects.values_list("slug", flat=True)) == {
        "romanian-deadlift",
        "seated-leg-curl",
        "lying-leg-curl",
        "nordic-hamstring",
        "squat",
    }
    assert Study.objects.count() == 4
    items = WorkoutItem.objects.filter(workout__slug="hamstring-workout").order_by("position")
    assert [(i.exercise.slug, i.sets, i.reps) for i in items] == [
        ("romanian-deadlift", 4, 8),
        ("seated-leg-curl", 3, 12),
        ("lying-leg-curl", 2, 20),
    ]


def test_romanian_deadlift_does_not_train_the_short_head():
    call_command("seed_content", stdout=io.StringIO())
    involvement = MuscleInvolvement.objects.get(
        exercise__slug="romanian-deadlift", muscle__slug="biceps-femoris-short-head"
    )
    assert involvement.role == MuscleInvolvement.Role.NOT_TRAINED
    assert involvement.note


def test_seed_links_citations_to_the_pages_that_make_the_claims():
    call_command("seed_content", stdout=io.StringIO())
    cited = set(Citation.objects.values_list("exercise__slug", "study__slug"))
    assert ("seated-leg-curl", "maeo-2021") in cited
    assert ("nordic-hamstring", "van-dyk-2019") in cited
    assert ("squat", "ebben-2009") in cited
    assert ("squat", "kubo-2019") in cited


def test_running_the_seed_twice_changes_nothing():
    call_command("seed_content", stdout=io.StringIO())
    before = counts()
    out = io.StringIO()
    call_command("seed_content", stdout=out)
    assert counts() == before
    assert "0 new records" in out.getvalue()


def test_seed_never_overwrites_an_editors_change():
    call_command("seed_content", stdout=io.StringIO())
    Exercise.objects.filter(slug="squat").update(summary="Edited by an editor.")
    guide = MuscleGroup.objects.get(slug="hamstrings")
    guide.title = "The editor's title"
    guide.save()
    call_command("seed_content", stdout=io.StringIO())
    assert Exercise.objects.get(slug="squat").summary == "Edited by an editor."
    assert MuscleGroup.objects.get(slug="hamstrings").title == "The editor's title"
