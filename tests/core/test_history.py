"""An object's History says what changed: each field's old and new value, not only who saved when."""

import html as html_module

import pytest
from django.contrib.admin.models import LogEntry

from articles.models import MuscleGroup
from exercises.models import Exercise
from tests.admin_forms import admin_url, form_data
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")


def test_history_shows_old_and_new_values_of_each_changed_field(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    url = admin_url(MuscleGroup, "change", guide.pk)
    data = form_data(editor_client.get(url))
    old_title = data["title"]
    first_line = data["introduction"].splitlines()[0]
    data.update(title="The hamstrings, trained", introduction=data["introduction"] + "\n\nA new closing line.")
    assert editor_client.post(url, data).status_code == 302

    history = html_module.unescape(editor_client.get(admin_url(MuscleGroup, "history", guide.pk)).content.decode())
    assert f"Title: “{old_title}” → “The hamstrings, trained”" in history
    assert "Introduction: + “A new closing line.”" in history
    assert first_line[:40] not in history  # unchanged lines are not repeated
    assert "edna" in history


def test_choices_are_shown_in_words_and_bookkeeping_fields_are_left_out(editor_client):
    squat = Exercise.objects.get(slug="squat")
    url = admin_url(Exercise, "change", squat.pk)
    assert editor_client.post(url, {**form_data(editor_client.get(url)), "equipment": "machine"}).status_code == 302
    message = LogEntry.objects.filter(object_id=str(squat.pk), content_type__model="exercise").latest("action_time")
    assert "Equipment: “Barbell” → “Machine”" in message.get_change_message()
    assert "edit_version" not in message.get_change_message()


@pytest.mark.parametrize(("model", "slug"), [(Workout, "hamstring-workout"), (MuscleGroup, "hamstrings")])
def test_a_text_saved_untouched_is_not_recorded_as_changed(editor_client, model, slug):
    """Browsers send a text box's line breaks as CR LF: every saved text was "changed" (editor review)."""
    obj = model.objects.get(slug=slug)
    url = admin_url(model, "change", obj.pk)
    data = form_data(editor_client.get(url))
    data.update({name: value.replace("\n", "\r\n") for name, value in data.items() if isinstance(value, str)})
    data["summary"] = data["summary"] + " More."
    assert editor_client.post(url, data).status_code == 302
    message = LogEntry.objects.filter(object_id=str(obj.pk), content_type__model=model._meta.model_name).latest(
        "action_time"
    )
    assert message.get_change_message().startswith("Changed Summary.")
    assert "\r" not in "".join(getattr(model.objects.get(pk=obj.pk), field) for field in model.markdown_fields)
