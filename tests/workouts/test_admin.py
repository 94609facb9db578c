"""The editors' side of workouts: ordered items, rep ranges, exercises found by autocomplete."""

import pytest

from articles.models import MuscleGroup
from exercises.models import Exercise
from tests.admin_forms import admin_url, form_data
from tests.factories import make_exercise
from workouts.models import Workout, WorkoutItem

pytestmark = pytest.mark.usefixtures("seeded")


def test_workout_items_can_swap_positions(editor_client):
    workout = Workout.objects.get(slug="hamstring-workout")
    data = form_data(editor_client.get(admin_url(Workout, "change", workout.pk)))
    first, second = data["items-0-position"], data["items-1-position"]
    data["items-0-position"], data["items-1-position"] = second, first
    response = editor_client.post(admin_url(Workout, "change", workout.pk), data)
    assert response.status_code == 302
    names = [item.exercise.name for item in WorkoutItem.objects.filter(workout=workout).select_related("exercise")]
    assert names == ["Seated leg curl", "Romanian deadlift", "Lying leg curl"]


def test_workout_items_with_the_same_position_are_refused(editor_client):
    workout = Workout.objects.get(slug="hamstring-workout")
    data = form_data(editor_client.get(admin_url(Workout, "change", workout.pk)))
    data["items-1-position"] = data["items-0-position"]
    response = editor_client.post(admin_url(Workout, "change", workout.pk), data)
    assert response.status_code == 200
    assert "Please correct the duplicate data for position" in response.content.decode()


def test_workout_item_rep_ranges_are_saved_and_shown(editor_client, reader):
    workout = Workout.objects.get(slug="hamstring-workout")
    data = form_data(editor_client.get(admin_url(Workout, "change", workout.pk)))
    data["items-0-reps_min"], data["items-0-reps_max"] = "6", "8"
    response = editor_client.post(admin_url(Workout, "change", workout.pk), data)
    assert response.status_code == 302
    assert WorkoutItem.objects.get(workout=workout, exercise__slug="romanian-deadlift").reps == "6–8"
    assert "<td>4</td>\n      <td>6–8</td>" in reader.get("/workouts/hamstring-workout/").content.decode()


def test_autocomplete_finds_exercises_for_workout_items(editor_client):
    response = editor_client.get(
        "/admin/autocomplete/",
        {"term": "leg curl", "app_label": "workouts", "model_name": "workoutitem", "field_name": "exercise"},
    )
    assert response.status_code == 200
    # Each labelled with the guides that discuss it.
    assert [result["text"] for result in response.json()["results"]] == [
        "Lying leg curl (hamstrings: recommended)",
        "Seated leg curl (hamstrings: recommended)",
    ]
    # Other names count too: "RDL" is what many people type.
    response = editor_client.get(
        "/admin/autocomplete/",
        {"term": "RDL", "app_label": "workouts", "model_name": "workoutitem", "field_name": "exercise"},
    )
    assert [result["text"] for result in response.json()["results"]] == ["Romanian deadlift (hamstrings: recommended)"]


def test_a_draft_exercise_can_be_put_in_a_workout_but_readers_do_not_see_it(editor_client, reader):
    make_exercise("glute-ham-raise", status=Exercise.Status.DRAFT)
    workout = Workout.objects.get(slug="hamstring-workout")
    data = form_data(editor_client.get(admin_url(Workout, "change", workout.pk)))
    new = int(data["items-TOTAL_FORMS"]) - 1  # the empty extra row
    data.update(
        {
            f"items-{new}-position": "4",
            f"items-{new}-exercise": str(Exercise.objects.get(slug="glute-ham-raise").pk),
            f"items-{new}-sets": "2",
            f"items-{new}-reps_min": "8",
            f"items-{new}-reps_max": "8",
            f"items-{new}-unit": "reps",
        }
    )
    assert editor_client.post(admin_url(Workout, "change", workout.pk), data).status_code == 302
    assert workout.items.count() == 4
    assert "Glute ham raise" not in reader.get("/workouts/hamstring-workout/").content.decode()


def test_saving_a_published_workout_of_a_draft_guide_says_readers_do_not_see_it_yet(editor_client):
    workout = Workout.objects.get(slug="hamstring-workout")
    url = admin_url(Workout, "change", workout.pk)
    data = form_data(editor_client.get(url))
    message = "Readers see this workout once its guide, Hamstrings, is published."
    assert message not in editor_client.post(url, data, follow=True).content.decode()

    MuscleGroup.objects.filter(slug="hamstrings").update(status=MuscleGroup.Status.DRAFT)
    data = form_data(editor_client.get(url))
    assert message in editor_client.post(url, data, follow=True).content.decode()
