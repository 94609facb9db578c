"""How long a workout takes: estimated from sets, reps or seconds, rest and warm-up (workouts.duration)."""

import pytest

from tests.admin_forms import admin_url, form_data
from workouts.duration import session_length
from workouts.models import Workout, WorkoutItem


def item(sets, reps_min, reps_max=None, unit="reps", rest=(60, 120)):
    return WorkoutItem(
        sets=sets, reps_min=reps_min, reps_max=reps_max or reps_min, unit=unit, rest_min=rest[0], rest_max=rest[1]
    )


def test_sets_reps_rest_setup_and_warm_up_add_up_to_a_range_in_five_minutes():
    # Low: 4 x 8 x 3 s + 3 x 120 s + 60 s = 516 s, plus 10 minutes of warm-up = 18.6 min -> 20.
    # High: 4 x 8 x 4 s + 3 x 180 s + 120 s = 788 s, plus 10 minutes = 23.1 min -> 25.
    length = session_length([item(4, 8, rest=(120, 180))], warm_up_minutes=10)
    assert (length.low_minutes, length.high_minutes) == (20, 25)
    assert length.sentence == "About 20–25 minutes, warm-up included."


def test_a_timed_set_counts_its_seconds_and_a_rep_range_its_ends():
    timed = session_length([item(3, 60, unit="seconds", rest=(60, 60)) for _ in range(5)], 0)
    # 5 x (180 s of work + 120 s of rest + 60 to 120 s of setup) = 1,800 to 2,100 s: 30 to 35 minutes.
    assert (timed.low_minutes, timed.high_minutes) == (30, 35)
    ranged = session_length([item(3, 6, 20, rest=(0, 0))], 0)
    assert (ranged.low_minutes, ranged.high_minutes) == (5, 10)  # 114 s to 360 s: never an empty range


def test_without_a_warm_up_the_page_says_it_comes_on_top():
    assert session_length([item(3, 10)], None).sentence.endswith("plus the warm-up.")


def test_no_estimate_without_a_rest_on_every_exercise_or_without_exercises():
    assert session_length([item(3, 10), WorkoutItem(sets=3, reps_min=10, reps_max=10, unit="reps")], 5) is None
    assert session_length([], 5) is None


@pytest.mark.usefixtures("seeded")
def test_the_workout_and_its_guide_say_how_long_it_takes_and_how_that_is_estimated(client):
    workout = client.get("/workouts/hamstring-workout/").content.decode()
    assert "<dt>How long it takes</dt><dd><p>About 15–30 minutes, plus the warm-up.</p>" in workout
    assert "Estimated from the sets and reps (3-4 seconds a rep)" in workout
    guide = client.get("/guides/hamstrings/").content.decode()
    assert "<strong>How long it takes:</strong> About 15–30 minutes, plus the warm-up." in guide
    assert "About 20–35 minutes" in client.get("/workouts/quadriceps-workout/").content.decode()


@pytest.mark.usefixtures("seeded")
def test_an_editor_sets_the_warm_up_and_a_rest_without_its_low_end_is_refused(editor_client, client):
    workout = Workout.objects.get(slug="hamstring-workout")
    url = admin_url(Workout, "change", workout.pk)
    data = {**form_data(editor_client.get(url)), "warm_up_minutes": "10"}
    assert editor_client.post(url, data).status_code == 302
    assert "About 25–40 minutes, warm-up included." in client.get("/workouts/hamstring-workout/").content.decode()

    data = form_data(editor_client.get(url))
    data["items-0-rest_min"] = ""
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "Give the shortest rest too, or leave both empty." in response.content.decode()
