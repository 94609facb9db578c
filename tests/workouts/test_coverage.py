"""The coverage computation: what a workout trains, what it misses, and what would fill the gap."""

import pytest

from articles.models import Muscle, MuscleGroup
from exercises.models import Exercise, MuscleInvolvement
from tests.factories import make_exercise, make_guide, make_workout
from workouts.coverage import coverage_prefetches, workout_coverage
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")

ALL_PARTS = ["semitendinosus", "semimembranosus", "biceps-femoris-long-head", "biceps-femoris-short-head"]


def coverage_of(slug):
    return workout_coverage(Workout.objects.prefetch_related(*coverage_prefetches()).get(slug=slug))


def hamstrings():
    return MuscleGroup.objects.get(slug="hamstrings")


def row(coverage, slug):
    return next(r for r in coverage.rows if r.muscle.slug == slug)


def cell(coverage, muscle_slug, action_slug):
    return next(c for c in row(coverage, muscle_slug).cells if c.action.slug == action_slug)


def test_seeded_workout_trains_every_muscle_and_both_actions():
    coverage = coverage_of("hamstring-workout")
    assert [r.muscle.slug for r in coverage.rows] == ALL_PARTS
    assert [a.slug for a in coverage.actions] == ["hip-extension", "knee-flexion"]
    assert coverage.missed_muscles == [] and coverage.missed_actions == []
    assert coverage.covers_everything
    assert [(f.text, f.ok) for f in coverage.findings] == [
        ("Every muscle and head of the hamstrings is trained.", True),
        ("Both hip extension and knee flexion are trained.", True),
    ]


def test_matrix_cells_list_the_exercises_and_working_sets():
    coverage = coverage_of("hamstring-workout")
    hip = cell(coverage, "semitendinosus", "hip-extension")
    assert [(e.exercise.slug, e.sets) for e in hip.entries] == [("romanian-deadlift", 4)]
    knee = cell(coverage, "semitendinosus", "knee-flexion")
    assert [(e.exercise.slug, e.sets) for e in knee.entries] == [("seated-leg-curl", 3), ("lying-leg-curl", 2)]
    assert knee.sets == 5
    # The short head does not act at the hip at all, which is not the same as being missed.
    short_hip = cell(coverage, "biceps-femoris-short-head", "hip-extension")
    assert short_hip.performs is False and short_hip.entries == []
    assert cell(coverage, "biceps-femoris-short-head", "knee-flexion").sets == 5


def test_sets_per_muscle_per_session_and_rep_range():
    coverage = coverage_of("hamstring-workout")
    assert {r.muscle.slug: r.total_sets for r in coverage.rows} == {
        "semitendinosus": 9,
        "semimembranosus": 9,
        "biceps-femoris-long-head": 9,
        "biceps-femoris-short-head": 5,
    }
    assert (coverage.rep_min, coverage.rep_max) == (8, 20)
    assert [(i.sets, i.reps) for i in coverage.rep_spectrum] == [(4, 8), (3, 12), (2, 20)]


def test_romanian_deadlift_alone_misses_the_short_head_and_knee_flexion_and_a_curl_fills_both():
    make_workout(hamstrings(), "rdl-only", [("romanian-deadlift", 4, 8)])
    coverage = coverage_of("rdl-only")
    assert [r.muscle.slug for r in coverage.missed_muscles] == ["biceps-femoris-short-head"]
    assert [a.slug for a in coverage.missed_actions] == ["knee-flexion"]
    muscle_gap, action_gap = [f for f in coverage.findings if not f.ok]
    assert muscle_gap.text == "The biceps femoris short head is not trained by this workout."
    assert action_gap.text == "Knee flexion is not trained by this workout."
    for gap in (muscle_gap, action_gap):
        assert gap.suggestions[0].slug == "seated-leg-curl"
        assert "curl" in gap.suggestions[1].slug
        # The Nordic trains it too, but it is not recommended: it comes last.
        assert gap.suggestions[-1].slug == "nordic-hamstring"
        assert "romanian-deadlift" not in [e.slug for e in gap.suggestions]
    ((exercise, note),) = muscle_gap.reasons
    assert exercise.slug == "romanian-deadlift" and "does not cross the hip" in note
    assert [f.text for f in coverage.findings if f.ok] == []


def test_curls_alone_miss_hip_extension_and_suggest_the_romanian_deadlift():
    make_workout(hamstrings(), "curls-only", [("seated-leg-curl", 3, 12), ("lying-leg-curl", 2, 20)])
    coverage = coverage_of("curls-only")
    assert coverage.missed_muscles == []
    assert [a.slug for a in coverage.missed_actions] == ["hip-extension"]
    gap = next(f for f in coverage.findings if not f.ok)
    # The squat lists hip extension too, but it trains no hamstring.
    assert [e.slug for e in gap.suggestions] == ["romanian-deadlift"]


def test_a_head_takes_its_muscles_involvement_when_it_has_none_of_its_own():
    guide = hamstrings()
    exercise = make_exercise(guide, "glute-ham-raise", recommended=True)
    exercise.joint_actions.set(guide.muscles.get(slug="biceps-femoris").actions.all())
    MuscleInvolvement.objects.create(
        exercise=exercise, muscle=Muscle.objects.get(slug="biceps-femoris"), role=MuscleInvolvement.Role.SECONDARY
    )
    make_workout(guide, "raise-only", [("glute-ham-raise", 3, 10)])
    coverage = coverage_of("raise-only")
    assert row(coverage, "biceps-femoris-long-head").secondary_sets == 3
    assert row(coverage, "biceps-femoris-short-head").secondary_sets == 3
    assert row(coverage, "semitendinosus").trained is False
    entries = cell(coverage, "biceps-femoris-long-head", "hip-extension").entries
    assert [(e.exercise.slug, e.role) for e in entries] == [("glute-ham-raise", "secondary")]
    assert cell(coverage, "biceps-femoris-short-head", "hip-extension").entries == []


def test_draft_exercises_do_not_count():
    Exercise.objects.filter(slug="romanian-deadlift").update(status=Exercise.Status.DRAFT)
    coverage = coverage_of("hamstring-workout")
    assert [a.slug for a in coverage.missed_actions] == ["hip-extension"]
    assert [i.exercise.slug for i in coverage.items] == ["seated-leg-curl", "lying-leg-curl"]
    gap = next(f for f in coverage.findings if not f.ok)
    assert gap.suggestions == []  # the only hip-extension exercise is not published


def test_an_empty_workout_or_a_group_without_muscles_does_not_break():
    make_workout(hamstrings(), "empty", [])
    coverage = coverage_of("empty")
    assert len(coverage.missed_muscles) == 4 and coverage.rep_min is None
    make_workout(make_guide(), "quads", [])
    coverage = coverage_of("quads")
    assert coverage.rows == [] and coverage.findings == []


def test_computing_coverage_makes_no_queries_once_prefetched(django_assert_num_queries):
    workout = Workout.objects.prefetch_related(*coverage_prefetches()).get(slug="hamstring-workout")
    with django_assert_num_queries(0):
        workout_coverage(workout)
