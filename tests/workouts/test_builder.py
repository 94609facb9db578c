"""Reading a reader's workout from the URL (workouts/builder.py): what is accepted, and why the rest is refused."""

import pytest
from django.http import QueryDict

from exercises.models import Exercise
from workouts.builder import MAX_EXERCISES, BuildError, Pick, build_items, parse, query_string
from workouts.models import WorkoutItem


def picks(query):
    return parse(QueryDict(query), len(query))


def refusal(query):
    with pytest.raises(BuildError) as error:
        picks(query)
    return str(error.value)


def test_rows_in_order_with_sets_reps_ranges_and_seconds():
    assert picks("e2=squat&s2=3&r2=8-12&e1=romanian-deadlift&s1=4&r1=8&e3=plank&s3=2&r3=30s") == [
        Pick("romanian-deadlift", 4, 8, 8),
        Pick("squat", 3, 8, 12),
        Pick("plank", 2, 30, 30, WorkoutItem.Unit.SECONDS),
    ]


def test_rows_without_an_exercise_are_the_forms_empty_rows_and_are_skipped():
    assert picks("e1=squat&s1=3&r1=8&e2=&s2=3&r2=10&e3=&s3=&r3=") == [Pick("squat", 3, 8, 8)]
    assert picks("") == []


def test_other_parameters_such_as_tracking_tags_are_ignored():
    assert picks("e1=squat&s1=3&r1=8&utm_source=newsletter&fbclid=abc&x1=2") == [Pick("squat", 3, 8, 8)]


def test_the_canonical_address_numbers_rows_from_one():
    rows = picks("e3=squat&s3=3&r3=8&e5=leg-curl&s5=2&r5=10-12")
    assert query_string(rows) == "e1=squat&s1=3&r1=8&e2=leg-curl&s2=2&r2=10-12"
    assert picks(query_string(rows)) == rows
    assert query_string([Pick("plank", 2, 30, 45, WorkoutItem.Unit.SECONDS)]) == "e1=plank&s1=2&r1=30-45s"


@pytest.mark.parametrize(
    "query, reason",
    [
        ("e1=squat&e1=squat&s1=3&r1=8", "“e1” is given 2 times; give each row's exercise once."),
        ("e1=squat&s1=3&s1=4&r1=8", "“s1” is given 2 times; give each row's sets once."),
        ("e13=squat&s13=3&r13=8", f"A workout here has at most {MAX_EXERCISES} exercises; “e13” is beyond that."),
        ("e100=squat", f"at most {MAX_EXERCISES} exercises"),
        ("e" + "1" * 5000 + "=squat", "“e" + "1" * 39 + "…” is beyond that."),  # more digits than int() converts
        ("e0=squat&s0=3&r0=8", "“e0” is not a row: rows are numbered from 1."),
        ("e01=squat&s01=3&r01=8", "“e01” is not a row"),
        ("e1=squat&s1=10000&r1=8", "Sets (row 1) must be a whole number from 1 to 20, not “10000”."),
        ("e1=squat&s1=0&r1=8", "Sets (row 1) must be a whole number from 1 to 20, not “0”."),
        ("e1=squat&s1=three&r1=8", "not “three”"),
        ("e1=squat&s1=%C2%B2&r1=8", "Sets (row 1) must be a whole number"),  # a superscript two is a "digit"
        ("e1=squat&s1=3&r1=10000", "Reps (row 1) must be a whole number from 1 to 100"),
        ("e1=squat&s1=3&r1=12-8", "the top of the range “12-8” is below its bottom"),
        ("e1=squat&s1=3&r1=lots", "not “lots”"),
        ("e1=squat&s1=3&r1=601s", "or seconds up to 600"),
        ("e1=squat&r1=8", "Row 1 has an exercise but no number of sets."),
        ("e1=squat&s1=3", "Row 1 has an exercise but no number of reps."),
        ("e1=%3Cscript%3E&s1=3&r1=8", "There is no exercise called “<script>”. Pick one from the list."),
        ("e1=squat%00&s1=3&r1=8", "There is no exercise called"),
        ("e1=" + "a" * 101 + "&s1=3&r1=8", "The exercise of row 1 is too long."),
        ("q=" + "x" * 2001, "The address is too long"),
    ],
)
def test_bad_rows_are_refused_with_the_reason(query, reason):
    assert reason in refusal(query)


def test_a_long_value_is_cut_short_in_the_message():
    message = refusal("e1=squat&s1=" + "9" * 90 + "&r1=8")
    assert "9" * 40 + "…" in message and "9" * 41 not in message


@pytest.mark.django_db
def test_items_are_unsaved_workout_items_of_published_exercises(seeded):
    exercises = {exercise.slug: exercise for exercise in Exercise.objects.published()}
    items = build_items([Pick("romanian-deadlift", 4, 8, 8), Pick("squat", 3, 8, 12)], exercises)
    assert [(item.position, item.exercise.slug, item.target, item.pk) for item in items] == [
        (1, "romanian-deadlift", "4 × 8", None),
        (2, "squat", "3 × 8–12", None),
    ]
    assert WorkoutItem.objects.filter(workout__isnull=True).count() == 0
    with pytest.raises(BuildError, match="There is no exercise called “bench-press”"):
        build_items([Pick("bench-press", 3, 8, 8)], exercises)
