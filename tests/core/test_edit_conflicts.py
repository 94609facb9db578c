"""Two tabs, one object: a save based on a stale copy is refused, says who saved since, and keeps the editor's text."""

import pytest

from articles.models import MuscleGroup
from core.admin import EditVersionForm
from exercises.models import Exercise
from studies.models import Study
from tests.admin_forms import admin_url, form_data
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")

TEXT_FIELD = {MuscleGroup: "summary", Exercise: "summary", Workout: "summary", Study: "finding"}


@pytest.mark.parametrize(
    "model,slug",
    [(MuscleGroup, "hamstrings"), (Exercise, "squat"), (Workout, "hamstring-workout"), (Study, "maeo-2021")],
)
def test_the_second_save_of_a_stale_copy_is_refused_and_keeps_its_text(editor_client, other_editor_client, model, slug):
    obj = model.objects.get(slug=slug)
    url = admin_url(model, "change", obj.pk)
    field = TEXT_FIELD[model]
    first_tab = form_data(editor_client.get(url))
    second_tab = form_data(other_editor_client.get(url))

    response = editor_client.post(url, {**first_tab, field: "Edna's words."})
    assert response.status_code == 302, response.context and response.context["errors"]

    response = other_editor_client.post(url, {**second_tab, field: "Otto's words."})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Not saved: while you were editing, edna saved it at" in html
    assert "Otto&#x27;s words." in html or "Otto's words." in html  # the form is shown again with Otto's text
    obj.refresh_from_db()
    assert getattr(obj, field) == "Edna's words."

    # Having seen the warning, Otto saves again on purpose: the form now carries the current version.
    response = other_editor_client.post(url, form_data(response))
    assert response.status_code == 302
    obj.refresh_from_db()
    assert getattr(obj, field) == "Otto's words."


def test_saving_twice_from_one_tab_in_turn_is_not_a_conflict(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    url = admin_url(MuscleGroup, "change", guide.pk)
    assert editor_client.post(url, {**form_data(editor_client.get(url)), "summary": "One."}).status_code == 302
    assert editor_client.post(url, {**form_data(editor_client.get(url)), "summary": "Two."}).status_code == 302
    guide.refresh_from_db()
    assert guide.summary == "Two."


def test_of_two_saves_from_one_copy_at_once_exactly_one_is_written(editor_client, other_editor_client, monkeypatch):
    """Otto's check reads the version before Edna's save lands, his write comes after it: the write is refused."""
    guide = MuscleGroup.objects.get(slug="hamstrings")
    url = admin_url(MuscleGroup, "change", guide.pk)
    first_tab = form_data(editor_client.get(url))
    second_tab = form_data(other_editor_client.get(url))
    assert editor_client.post(url, {**first_tab, "summary": "Edna's words."}).status_code == 302

    # Otto's check runs as if Edna's save had not committed yet: it sees the version both tabs started from.
    real_saved_version = EditVersionForm.saved_version
    checks = []

    def check_that_races_edna(form):
        checks.append(form)
        return second_tab["edit_version"] if len(checks) == 1 else real_saved_version(form)

    monkeypatch.setattr(EditVersionForm, "saved_version", check_that_races_edna)
    response = other_editor_client.post(url, {**second_tab, "summary": "Otto's words."})
    assert response.status_code == 200
    assert "Not saved: while you were editing, edna saved it at" in response.content.decode()
    guide.refresh_from_db()
    assert guide.summary == "Edna's words."
