"""Fewer clicks for editors: save as new, autocompletes that name the guide, several muscle rows at once."""

import json
import re

import pytest
from django.urls import reverse

from articles.models import Muscle, MuscleGroup
from exercises.models import Exercise, GuideExercise, MuscleInvolvement
from studies.models import Study
from tests.admin_forms import admin_url, form_data
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")


def autocomplete(client, app_label, model_name, field_name, term):
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": app_label, "model_name": model_name, "field_name": field_name, "term": term},
    )
    assert response.status_code == 200
    return [result["text"] for result in json.loads(response.content)["results"]]


def test_the_muscle_autocomplete_names_each_muscles_guide(editor_client):
    labels = autocomplete(editor_client, "exercises", "muscleinvolvement", "muscle", "rectus")
    assert "Rectus femoris (Quadriceps)" in labels
    labels = autocomplete(editor_client, "exercises", "muscleinvolvement", "muscle", "short head")
    assert "Biceps femoris short head (Hamstrings)" in labels


def test_the_exercise_autocomplete_names_the_guides_that_discuss_it(editor_client, django_assert_max_num_queries):
    labels = autocomplete(editor_client, "workouts", "workoutitem", "exercise", "squat")
    assert "Barbell back squat (hamstrings: left out; quadriceps: recommended)" in labels
    with django_assert_max_num_queries(12):  # the same whatever the number of results
        autocomplete(editor_client, "workouts", "workoutitem", "exercise", "")


def test_a_new_exercise_offers_several_empty_muscle_rows(editor_client):
    data = form_data(editor_client.get(admin_url(Exercise, "add")))
    assert data["involvements-TOTAL_FORMS"] == "6"
    squat = Exercise.objects.get(slug="squat")
    data = form_data(editor_client.get(admin_url(Exercise, "change", squat.pk)))
    assert int(data["involvements-TOTAL_FORMS"]) == squat.involvements.count() + 3


def test_save_as_new_copies_an_exercise_with_its_muscles_and_verdicts_as_a_draft(editor_client):
    squat = Exercise.objects.get(slug="squat")
    url = admin_url(Exercise, "change", squat.pk)
    page = editor_client.get(url)
    assert 'name="_saveasnew"' in page.content.decode()
    data = {**form_data(page), "name": "Front squat", "slug": "front-squat", "_saveasnew": "Save as new"}
    response = editor_client.post(url, data, follow=True)
    assert response.status_code == 200
    assert "The copy is a draft" in response.content.decode()
    copy = Exercise.objects.get(slug="front-squat")
    assert copy.status == Exercise.Status.DRAFT and copy.pk != squat.pk
    assert set(copy.involvements.values_list("muscle", "role")) == set(squat.involvements.values_list("muscle", "role"))
    assert set(GuideExercise.objects.filter(exercise=copy).values_list("guide", "verdict")) == set(
        GuideExercise.objects.filter(exercise=squat).values_list("guide", "verdict")
    )
    squat.refresh_from_db()
    assert squat.is_public and MuscleInvolvement.objects.filter(exercise=squat).count() == copy.involvements.count()


def test_save_as_new_copies_a_workout_with_its_exercises(editor_client):
    workout = Workout.objects.get(slug="hamstring-workout")
    url = admin_url(Workout, "change", workout.pk)
    data = {**form_data(editor_client.get(url)), "name": "Hamstring workout B", "slug": "hamstring-workout-b"}
    response = editor_client.post(url, {**data, "_saveasnew": "Save as new"})
    assert response.status_code == 302, response.context and response.context["errors"]
    copy = Workout.objects.get(slug="hamstring-workout-b")
    assert copy.status == Workout.Status.DRAFT
    items = ("position", "exercise")
    assert list(copy.items.values_list(*items)) == list(workout.items.values_list(*items))


def test_muscles_keep_their_plain_names_on_pages(client):
    assert str(Muscle.objects.get(slug="rectus-femoris")) == "Rectus femoris"


@pytest.mark.parametrize(
    ("model", "slug", "field"),
    [(MuscleGroup, "hamstrings", "summary"), (Exercise, "squat", "summary"), (Study, "maeo-2021", "title")],
)
def test_a_summary_or_a_study_title_shows_whole_in_a_box_that_wraps(editor_client, model, slug, field):
    """A 300-character text sat in a 20-character input: a citation typed at its end was refused out of sight."""
    obj = model.objects.get(slug=slug)
    html = editor_client.get(admin_url(model, "change", obj.pk)).content.decode()
    box = re.search(rf'<textarea name="{field}"[^>]*>', html)
    assert box and 'maxlength="300"' in box.group(0)


def test_a_line_break_typed_in_a_summary_is_saved_as_a_space(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    data = form_data(editor_client.get(admin_url(MuscleGroup, "change", guide.pk)))
    data["summary"] = "The hamstrings straighten the hip\r\nand bend the knee."
    response = editor_client.post(admin_url(MuscleGroup, "change", guide.pk), data)
    assert response.status_code == 302
    guide.refresh_from_db()
    assert guide.summary == "The hamstrings straighten the hip and bend the knee."
