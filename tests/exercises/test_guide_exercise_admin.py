"""The "exercises in guides" admin: a save from a stale copy is refused, and earlier versions can be restored."""

import pytest
from reversion.models import Version

from articles.models import MuscleGroup
from exercises.models import Exercise, GuideExercise
from tests.admin_forms import admin_url, form_data
from tests.factories import make_exercise
from tests.pages import page_text

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.fixture
def link():
    return GuideExercise.objects.select_related("guide", "exercise").filter(guide__slug="hamstrings").first()


def test_a_verdict_saved_from_a_stale_copy_is_refused_and_keeps_the_text(editor_client, other_editor_client, link):
    url = admin_url(GuideExercise, "change", link.pk)
    first_tab = form_data(editor_client.get(url))
    second_tab = form_data(other_editor_client.get(url))
    assert editor_client.post(url, {**first_tab, "reason": "Edna's reason."}).status_code == 302

    response = other_editor_client.post(url, {**second_tab, "reason": "Otto's reason."})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Not saved: while you were editing, edna saved it at" in html
    assert "Otto&#x27;s reason." in html or "Otto's reason." in html
    link.refresh_from_db()
    assert link.reason == "Edna's reason."


def test_a_verdict_change_shows_in_history_and_the_old_reason_can_be_restored(editor_client, reader, link):
    old_reason = link.reason
    url = admin_url(GuideExercise, "change", link.pk)
    response = editor_client.post(url, {**form_data(editor_client.get(url)), "reason": "A reason gone wrong."})
    assert response.status_code == 302
    assert "A reason gone wrong." in page_text(reader, "/guides/hamstrings/")

    history = editor_client.get(admin_url(GuideExercise, "history", link.pk)).content.decode()
    assert "Versions you can restore" in history
    assert "A reason gone wrong." in history  # the change, with the new value

    before = Version.objects.get_for_object(link).get(revision__comment__startswith="As it was")
    revision_url = admin_url(GuideExercise, "revision", link.pk, before.pk)
    assert editor_client.post(revision_url, form_data(editor_client.get(revision_url))).status_code == 302
    link.refresh_from_db()
    assert link.reason.strip() == old_reason.strip()
    assert "A reason gone wrong." not in page_text(reader, "/guides/hamstrings/")


def test_saving_a_published_guide_names_the_exercises_readers_cannot_see_on_it(editor_client):
    """A guide published with draft exercises showed readers an exercises section without them, unsaid."""
    guide = MuscleGroup.objects.get(slug="hamstrings")
    url = admin_url(MuscleGroup, "change", guide.pk)
    response = editor_client.post(url, form_data(editor_client.get(url)), follow=True)
    assert "Readers do not see" not in response.content.decode()

    make_exercise("band-curl", guide=guide, status=Exercise.Status.DRAFT, position=9)
    response = editor_client.post(url, form_data(editor_client.get(url)), follow=True)
    assert (
        "Readers do not see Band curl on this guide yet: it is not published. "
        "Publish it under Exercises to show it here." in response.content.decode()
    )
    guide.status = MuscleGroup.Status.DRAFT
    guide.save()
    response = editor_client.post(url, form_data(editor_client.get(url)), follow=True)
    assert "Readers do not see" not in response.content.decode()  # nobody reads a draft guide yet
