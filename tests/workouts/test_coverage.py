"""The coverage computation: what a workout trains, what it misses, and what would fill the gap."""

import pytest

from articles.anatomy import Role
from articles.models import Muscle, MuscleGroup
from exercises.models import Exercise, GuideExercise, MuscleInvolvement
from tests.factories import link, make_exercise, make_guide, make_workout
from workouts.coverage import Suggestion, coverage, coverage_prefetches, workout_coverage
from workouts.models import Workout, WorkoutItem

pytestmark = pytest.mark.usefixtures("seeded")

ALL_PARTS = ["semitendinosus", "semimembranosus", "biceps-femoris-long-head", "biceps-femoris-short-head"]
QUADRICEPS = ["rectus-femoris", "vastus-lateralis", "vastus-medialis", "vastus-intermedius"]


def coverage_of(slug):
    return workout_coverage(Workout.objects.prefetch_related(*coverage_prefetches()).get(slug=slug))


def hamstrings():
    return MuscleGroup.objects.get(slug="hamstrings")


def row(coverage, slug):
    return next(r for r in coverage.rows if r.muscle.slug == slug)


def cell(coverage, muscle_slug, action_slug):
    return next(c for c in row(coverage, muscle_slug).cells if c.action.slug == action_slug)


def offered(finding):
    """The finding's suggestions as ``[(exercise slug, recommended by the guide)]``, best first."""
    return [(suggestion.exercise.slug, suggestion.recommended) for suggestion in finding.suggestions]


def gaps(coverage):
    return [finding for finding in coverage.findings if not finding.ok]


# The seeded workouts.


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
    assert [(i.sets, i.reps) for i in coverage.rep_spectrum] == [(4, "8"), (3, "12"), (2, "20")]


def test_quadriceps_workout_trains_all_four_muscles_and_the_leg_extension_is_the_rectus_femoris_exercise():
    coverage = coverage_of("quadriceps-workout")
    assert [r.muscle.slug for r in coverage.rows] == QUADRICEPS
    # Hip flexion is the rectus femoris's other job, but no exercise the guide discusses trains
    # it, so it is no column and no gap; knee extension is the one the workout is judged on.
    assert [a.slug for a in coverage.actions] == ["knee-extension"]
    assert "hip-flexion" in {action.slug for action in row(coverage, "rectus-femoris").muscle.actions.all()}
    assert coverage.covers_everything
    assert [(f.text, f.ok) for f in coverage.findings] == [
        ("Every muscle and head of the quadriceps is trained.", True),
        ("Knee extension is trained.", True),
    ]
    # The squat and the leg press only help the rectus femoris; the leg extension trains it.
    rectus = row(coverage, "rectus-femoris")
    assert (rectus.primary_sets, rectus.secondary_sets) == (3, 4 + 3)
    entries = cell(coverage, "rectus-femoris", "knee-extension").entries
    assert [(e.exercise.slug, e.role, e.sets) for e in entries] == [
        ("squat", Role.SECONDARY, 4),
        ("leg-press", Role.SECONDARY, 3),
        ("leg-extension", Role.PRIMARY, 3),
    ]
    for vastus in QUADRICEPS[1:]:
        assert (row(coverage, vastus).primary_sets, row(coverage, vastus).secondary_sets) == (10, 0)


def test_quadriceps_workout_rep_ranges_go_from_heavy_to_light():
    coverage = coverage_of("quadriceps-workout")
    assert (coverage.rep_min, coverage.rep_max) == (6, 20)
    assert [(i.exercise.slug, i.target) for i in coverage.rep_spectrum] == [
        ("squat", "4 × 6–8"),
        ("leg-press", "3 × 10–12"),
        ("leg-extension", "3 × 15–20"),
    ]


def test_quadriceps_workout_without_the_leg_extension_leaves_the_rectus_femoris_only_helping():
    WorkoutItem.objects.filter(workout__slug="quadriceps-workout", exercise__slug="leg-extension").delete()
    coverage = coverage_of("quadriceps-workout")
    rectus = row(coverage, "rectus-femoris")
    assert (rectus.primary_sets, rectus.secondary_sets, rectus.role) == (0, 7, Role.SECONDARY)
    assert {e.role for e in cell(coverage, "rectus-femoris", "knee-extension").entries} == {Role.SECONDARY}


# Gaps, and what the guide offers to fill them.


def test_romanian_deadlift_alone_misses_the_short_head_and_knee_flexion_and_a_curl_fills_both():
    make_workout(hamstrings(), "rdl-only", [("romanian-deadlift", 4, 8)])
    coverage = coverage_of("rdl-only")
    assert [r.muscle.slug for r in coverage.missed_muscles] == ["biceps-femoris-short-head"]
    assert [a.slug for a in coverage.missed_actions] == ["knee-flexion"]
    muscle_gap, action_gap = gaps(coverage)
    assert muscle_gap.text == "The biceps femoris short head is not trained by this workout."
    assert action_gap.text == "Knee flexion is not trained by this workout."
    for gap in (muscle_gap, action_gap):
        assert all(isinstance(suggestion, Suggestion) for suggestion in gap.suggestions)
        # The guide's two curls, in its order; the Nordic trains it too, but the guide leaves
        # it out, so it comes last. The squat, also discussed, trains no hamstring.
        assert offered(gap) == [("seated-leg-curl", True), ("lying-leg-curl", True), ("nordic-hamstring", False)]
    ((exercise, note),) = muscle_gap.reasons
    assert exercise.slug == "romanian-deadlift" and "does not cross the hip" in note
    assert [f.text for f in coverage.findings if f.ok] == []


def test_suggestions_put_the_guides_recommended_exercises_first_then_the_one_filling_most_gaps():
    # The squat trains no hamstring: every part and both actions are gaps.
    make_workout(hamstrings(), "squat-only", [("squat", 4, 6)])
    coverage = coverage_of("squat-only")
    assert len(coverage.missed_muscles) == 4 and len(coverage.missed_actions) == 2
    semitendinosus = gaps(coverage)[0]
    assert semitendinosus.text == "The semitendinosus is not trained by this workout."
    # The curls fill five gaps (four parts and knee flexion), the Romanian deadlift four (no
    # short head): the curls come first although the guide lists the deadlift first. The
    # Nordic fills as many as a curl, but the guide leaves it out.
    assert offered(semitendinosus) == [
        ("seated-leg-curl", True),
        ("lying-leg-curl", True),
        ("romanian-deadlift", True),
        ("nordic-hamstring", False),
    ]
    ((exercise, note),) = semitendinosus.reasons
    assert exercise.slug == "squat" and "did not change after 10 weeks of squats" in note


def test_curls_alone_miss_hip_extension_and_suggest_only_what_the_guide_discusses():
    make_workout(hamstrings(), "curls-only", [("seated-leg-curl", 3, 12), ("lying-leg-curl", 2, 20)])
    coverage = coverage_of("curls-only")
    assert coverage.missed_muscles == []
    assert [a.slug for a in coverage.missed_actions] == ["hip-extension"]
    (gap,) = gaps(coverage)
    # The stiff-legged deadlift and the good morning train hip extension with the hamstrings,
    # but the guide does not discuss them; the squat is discussed but trains no hamstring.
    assert offered(gap) == [("romanian-deadlift", True)]
    link(hamstrings(), Exercise.objects.get(slug="stiff-legged-deadlift"), GuideExercise.Verdict.LEFT_OUT, position=9)
    (gap,) = gaps(coverage_of("curls-only"))
    assert offered(gap) == [("romanian-deadlift", True), ("stiff-legged-deadlift", False)]


def test_another_guides_verdict_neither_adds_a_suggestion_nor_changes_one():
    """Only the workout's own guide speaks: the calves guide recommending an exercise changes nothing here."""
    calves = make_guide()
    link(calves, Exercise.objects.get(slug="good-morning"))  # not discussed by the hamstrings guide
    link(calves, Exercise.objects.get(slug="nordic-hamstring"))  # left out by the hamstrings guide
    make_workout(hamstrings(), "curls-only", [("seated-leg-curl", 3, 12)])
    (gap,) = gaps(coverage_of("curls-only"))
    assert offered(gap) == [("romanian-deadlift", True)]
    make_workout(hamstrings(), "rdl-only", [("romanian-deadlift", 4, 8)])
    muscle_gap, _ = gaps(coverage_of("rdl-only"))
    assert offered(muscle_gap)[-1] == ("nordic-hamstring", False)


def test_a_head_takes_its_muscles_involvement_when_it_has_none_of_its_own():
    guide = hamstrings()
    exercise = make_exercise("glute-ham-raise", guide=guide, position=6)
    exercise.joint_actions.set(guide.muscles.get(slug="biceps-femoris").actions.all())
    MuscleInvolvement.objects.create(
        exercise=exercise, muscle=Muscle.objects.get(slug="biceps-femoris"), role=Role.SECONDARY
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
    # The draft still makes hip extension a column: the workout is not called complete.
    assert not coverage.covers_everything
    (gap,) = gaps(coverage)
    assert gap.text == "Hip extension is not trained by this workout."
    assert gap.suggestions == []  # the guide's only hip-extension exercise is not published


def test_an_empty_workout_or_a_group_without_muscles_does_not_break():
    make_workout(hamstrings(), "empty", [])
    coverage = coverage_of("empty")
    assert len(coverage.missed_muscles) == 4 and coverage.rep_min is None
    make_workout(make_guide(), "calf-day", [])
    coverage = coverage_of("calf-day")
    assert coverage.rows == [] and coverage.findings == []


# Units and ranges.


def test_timed_sets_are_shown_in_seconds_and_left_out_of_the_rep_range():
    workout = make_workout(hamstrings(), "with-a-hold", [("romanian-deadlift", 3, 8)])
    WorkoutItem.objects.create(
        workout=workout,
        exercise=Exercise.objects.get(slug="nordic-hamstring"),
        position=2,
        sets=2,
        reps_min=20,
        reps_max=30,
        unit=WorkoutItem.Unit.SECONDS,
    )
    coverage = coverage_of("with-a-hold")
    assert (coverage.rep_min, coverage.rep_max) == (8, 8)
    assert [i.target for i in coverage.items] == ["3 × 8", "2 × 20–30 s"]
    assert coverage.covers_everything  # the timed sets still train the short head and knee flexion


def test_a_fixed_target_is_one_number_and_an_empty_top_means_the_same():
    item = WorkoutItem.objects.create(
        workout=Workout.objects.get(slug="hamstring-workout"),
        exercise=Exercise.objects.get(slug="nordic-hamstring"),
        position=4,
        sets=1,
        reps_min=5,
    )
    item.refresh_from_db()
    assert (item.reps_min, item.reps_max, item.reps, item.target) == (5, 5, "5", "1 × 5")


# The one code path, fed directly.


def test_coverage_works_on_unsaved_items_the_same_way_as_on_a_saved_workout():
    """``coverage`` needs no saved workout: items and links are plain objects."""
    guide = hamstrings()
    muscles = list(Muscle.objects.filter(group=guide).select_related("parent").prefetch_related("actions"))
    links = list(GuideExercise.objects.public().filter(guide=guide).select_related("exercise"))
    rdl = Exercise.objects.get(slug="romanian-deadlift")
    items = [WorkoutItem(exercise=rdl, position=1, sets=4, reps_min=6, reps_max=8)]
    result = coverage("Hamstrings", muscles, items, links)
    assert [r.muscle.slug for r in result.missed_muscles] == ["biceps-femoris-short-head"]
    assert [a.slug for a in result.missed_actions] == ["knee-flexion"]
    assert offered(gaps(result)[0])[0] == ("seated-leg-curl", True)
    assert (result.rep_min, result.rep_max) == (6, 8)
    saved = workout_coverage(
        Workout.objects.prefetch_related(*coverage_prefetches()).get(
            pk=make_workout(guide, "rdl-only", [("romanian-deadlift", 4, 8)]).pk
        )
    )
    assert [(f.text, offered(f)) for f in saved.findings] == [(f.text, offered(f)) for f in result.findings]


def test_computing_coverage_fetches_the_facts_of_all_its_exercises_together(django_assert_num_queries):
    workout = Workout.objects.prefetch_related(*coverage_prefetches()).get(slug="hamstring-workout")
    # Involvements and joint actions, once each, for the items' exercises and the guide's together.
    with django_assert_num_queries(2):
        result = workout_coverage(workout)
    assert len(result.rows) == 4  # the work was done, from the prefetched rows
    with django_assert_num_queries(0):
        workout_coverage(workout)  # fetched facts are not fetched again
