"""The stored search index: written on save, rewritten when what it holds changes, rebuilt after migrate."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from articles.anatomy import Role
from articles.models import Muscle, MuscleGroup
from core.housekeeping import run_chores
from exercises.models import Exercise, GuideExercise, MuscleInvolvement
from search.documents import EXERCISES, GUIDES
from search.engine import search
from search.models import Document
from search.query import parse_query
from tests.factories import future, make_exercise
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")


def exercise_titles(q):
    groups = {group.key: group for group in search(parse_query(q))}
    return [result.title for result in groups["exercises"].results] if "exercises" in groups else []


def document(obj, kind=EXERCISES):
    return Document.objects.get(kind=kind.key, object_id=obj.pk)


def test_every_published_page_has_a_document():
    assert Document.objects.filter(kind="exercises").count() == Exercise.objects.count()
    assert Document.objects.filter(kind="guides").count() == MuscleGroup.objects.count()
    assert Document.objects.filter(kind="muscles").count() == Muscle.objects.count()
    squat = document(Exercise.objects.get(slug="squat"))
    assert squat.titles == "\nbarbell back squat\nsquat\nback squat\nbarbell squat\n"  # its other names are titles
    assert "back squat" in squat.weight_a  # the aliases count as much as the name
    assert "[@" not in squat.weight_c  # citation keys are not words readers search for


def test_search_reads_the_index_not_the_rows():
    assert exercise_titles("romanian deadlift")[0] == "Romanian deadlift"
    Document.objects.filter(kind="exercises").delete()
    assert exercise_titles("romanian deadlift") == []
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert exercise_titles("romanian deadlift")[0] == "Romanian deadlift"


def test_a_new_exercise_is_found_as_soon_as_it_is_saved_and_a_renamed_one_by_its_new_name():
    exercise = make_exercise("zercher-squat", name="Zercher squat", aliases="Zercher")
    assert exercise_titles("zercher") == ["Zercher squat"]
    exercise.name = "Elbow-hold squat"
    exercise.aliases = ""
    exercise.save()
    assert exercise_titles("zercher") == []
    assert exercise_titles("elbow hold") == ["Elbow-hold squat"]
    exercise.delete()
    assert exercise_titles("elbow hold") == []
    assert not Document.objects.filter(kind="exercises", object_id=exercise.pk).exists()


def test_a_drafted_exercise_keeps_its_document_but_is_not_found():
    exercise = Exercise.objects.get(slug="romanian-deadlift")
    Exercise.objects.filter(pk=exercise.pk).update(status=Exercise.Status.DRAFT)  # no signal: publication is read live
    assert "Romanian deadlift" not in exercise_titles("romanian deadlift")
    assert document(exercise)


def test_an_exercise_is_found_by_a_muscle_as_soon_as_it_trains_it_and_by_the_muscles_new_name():
    exercise = make_exercise("zottman-curl", name="Zottman curl")
    assert "Zottman curl" not in exercise_titles("semitendinosus")
    muscle = Muscle.objects.get(slug="semitendinosus")
    involvement = MuscleInvolvement.objects.create(exercise=exercise, muscle=muscle, role=Role.PRIMARY)
    assert "Zottman curl" in exercise_titles("semitendinosus")
    muscle.name = "Semitendinosus (the long one)"
    muscle.save()
    assert "Zottman curl" in exercise_titles("semitendinosus long one")
    involvement.delete()
    assert "Zottman curl" not in exercise_titles("semitendinosus")


def test_a_renamed_guide_renames_its_muscles_and_their_exercises_in_the_index():
    guide = MuscleGroup.objects.get(slug="quadriceps")
    guide.name = "Thighfront"
    guide.save()
    assert "Leg extension" in exercise_titles("thighfront")
    groups = {group.key: group for group in search(parse_query("thighfront"))}
    assert "Rectus femoris" in [result.title for result in groups["muscles"].results]


def test_migrate_indexes_the_rows_of_an_existing_site():
    """A site from before the index, or whose index lost rows, is completed by the next migrate."""
    Document.objects.all().delete()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")
    call_command("migrate", verbosity=0)
    assert Document.objects.filter(kind="exercises").count() == Exercise.objects.count()
    assert exercise_titles("RDL") == ["Romanian deadlift"]


def titles_of(kind, q):
    groups = {group.key: group for group in search(parse_query(q))}
    return [result.title for result in groups[kind].results] if kind in groups else []


def test_workouts_are_indexed_and_follow_their_guide_and_publication():
    assert Document.objects.filter(kind="workouts").count() == Workout.objects.count()
    workout = Workout.objects.get(slug="quadriceps-workout")
    assert workout.name in titles_of("workouts", "workout")
    workout.muscle_group.name = "Thighfront"
    workout.muscle_group.save()
    assert titles_of("workouts", "thighfront") == [workout.name]
    workout.status = Workout.Status.DRAFT
    workout.save()
    assert workout.name not in titles_of("workouts", "workout")


def test_a_guide_is_found_by_the_exercises_it_discusses_and_its_reasons_as_they_change():
    hamstrings = MuscleGroup.objects.get(slug="hamstrings")
    assert titles_of("guides", "nordic") == [hamstrings.title]  # its section on the Nordic
    link = GuideExercise.objects.get(guide=hamstrings, exercise__slug="seated-leg-curl")
    link.reason = "Zygomorphic reasoning, as an editor wrote it [@maeo-2021]."
    link.save()
    assert titles_of("guides", "zygomorphic") == [hamstrings.title]
    assert "[@" not in document(hamstrings, GUIDES).weight_d  # citation keys are not words readers search for
    exercise = link.exercise
    exercise.name = "Quokka curl"
    exercise.save()
    assert hamstrings.title in titles_of("guides", "quokka")
    link.delete()
    assert titles_of("guides", "zygomorphic") == [] and hamstrings.title not in titles_of("guides", "quokka")


def test_a_guide_is_not_found_by_a_draft_exercise_and_is_by_a_scheduled_one_once_the_worker_sees_its_time(
    monkeypatch,
):
    hamstrings = MuscleGroup.objects.get(slug="hamstrings")
    make_exercise("draft-curl", guide=hamstrings, name="Wombat curl", status=Exercise.Status.DRAFT)
    make_exercise("later-curl", guide=hamstrings, name="Numbat curl", published_at=future())
    assert titles_of("guides", "wombat") == [] and titles_of("guides", "numbat") == []
    later = timezone.now() + timezone.timedelta(days=8)
    monkeypatch.setattr(timezone, "now", lambda: later)
    run_chores()  # the worker's housekeeping, back a day after the exercise's time came (it was down)
    assert titles_of("guides", "numbat") == [hamstrings.title] and titles_of("guides", "wombat") == []
