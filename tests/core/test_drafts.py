"""Drafts of live pages: an editor prepares changes to a published page, previews them and publishes them later;
readers see the published page meanwhile."""

import pytest
from django.contrib.auth.models import Permission, User
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from reversion.models import Version

from articles.models import MuscleGroup
from core.models import DraftChange
from exercises.models import Exercise
from studies.models import Study
from tests.admin_forms import admin_url, form_data
from tests.factories import make_guide
from tests.pages import page_text
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")

DRAFT_TEXT = "A draft sentence readers must not see yet."


def save_draft(client, model, obj, field="summary", text=DRAFT_TEXT):
    url = admin_url(model, "change", obj.pk)
    data = form_data(client.get(url))
    return client.post(url, {**data, field: text, "_savedraft": "1"})


@pytest.mark.parametrize(
    "model,slug,public_url",
    [
        (MuscleGroup, "hamstrings", "/guides/hamstrings/"),
        (Exercise, "squat", "/exercises/squat/"),
        (Workout, "hamstring-workout", None),
    ],
)
def test_a_draft_of_a_published_page_changes_nothing_readers_see_until_published(
    editor_client, reader, model, slug, public_url
):
    obj = model.objects.get(slug=slug)
    url = admin_url(model, "change", obj.pk)
    public_url = public_url or obj.get_absolute_url()
    before = page_text(reader, public_url)
    saved_at = obj.updated_at

    response = save_draft(editor_client, model, obj)
    assert response.status_code == 302, response.context and response.context["errors"]
    obj.refresh_from_db()
    assert obj.summary != DRAFT_TEXT and obj.updated_at == saved_at
    assert page_text(reader, public_url) == before
    assert DRAFT_TEXT not in page_text(reader, "/")

    form = editor_client.get(url)
    html = form.content.decode()
    assert "Draft changes by edna" in html
    assert "the public page still shows the published version" in html
    assert form_data(form)["summary"] == DRAFT_TEXT

    preview = editor_client.post(url, {**form_data(form), "_preview": "1"})
    assert DRAFT_TEXT in preview.content.decode()
    assert page_text(reader, public_url) == before

    published = editor_client.post(url, {**form_data(editor_client.get(url)), "_publishdraft": "1"})
    assert published.status_code == 302
    obj.refresh_from_db()
    assert obj.summary == DRAFT_TEXT
    assert not DraftChange.objects.exists()
    assert DRAFT_TEXT in page_text(reader, public_url)


def test_readers_get_the_cached_page_and_feed_unchanged_while_a_draft_exists(editor_client, reader, monkeypatch):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    page = reader.get("/guides/hamstrings/")
    feed = reader.get("/feed/")
    sitemap = reader.get("/sitemap.xml")
    assert page.status_code == feed.status_code == sitemap.status_code == 200
    refreshed = []
    monkeypatch.setattr("core.page_cache.refresh_all", lambda *args, **kwargs: refreshed.append(1))

    assert save_draft(editor_client, MuscleGroup, guide).status_code == 302
    assert refreshed == []  # the page cache was not emptied
    assert reader.get("/guides/hamstrings/").content == page.content
    assert reader.get("/feed/").content == feed.content
    assert reader.get("/sitemap.xml").content == sitemap.content
    assert DRAFT_TEXT not in reader.get("/search/?q=draft+sentence").content.decode()


def test_publishing_a_draft_keeps_a_version_and_shows_the_change_in_history(editor_client, reader):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    old_summary = guide.summary
    assert save_draft(editor_client, MuscleGroup, guide).status_code == 302
    assert not Version.objects.get_for_object(guide).filter(serialized_data__contains=DRAFT_TEXT).exists()

    url = admin_url(MuscleGroup, "change", guide.pk)
    response = editor_client.post(url, {**form_data(editor_client.get(url)), "_publishdraft": "1"}, follow=True)
    assert "The draft is published" in response.content.decode()
    assert Version.objects.get_for_object(guide).filter(serialized_data__contains=DRAFT_TEXT).exists()

    history = editor_client.get(admin_url(MuscleGroup, "history", guide.pk)).content.decode()
    assert "Saved draft changes (not published)." in history
    assert DRAFT_TEXT in history
    assert old_summary[:40] in history  # old and new values

    before = Version.objects.get_for_object(guide).get(revision__comment__startswith="As it was")
    revision_url = admin_url(MuscleGroup, "revision", guide.pk, before.pk)
    assert editor_client.post(revision_url, form_data(editor_client.get(revision_url))).status_code == 302
    assert DRAFT_TEXT not in page_text(reader, "/guides/hamstrings/")


def test_discarding_a_draft_leaves_the_page_as_published(editor_client, reader):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    assert save_draft(editor_client, MuscleGroup, guide).status_code == 302
    url = admin_url(MuscleGroup, "change", guide.pk)
    response = editor_client.post(url, {**form_data(editor_client.get(url)), "_discarddraft": "1"}, follow=True)
    assert "The draft is discarded" in response.content.decode()
    assert not DraftChange.objects.exists()
    guide.refresh_from_db()
    assert guide.summary != DRAFT_TEXT
    assert form_data(editor_client.get(url))["summary"] == guide.summary
    assert DRAFT_TEXT not in page_text(reader, "/guides/hamstrings/")


def test_a_draft_of_a_page_changed_since_says_so_and_does_not_overwrite_it(editor_client, admin_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    url = admin_url(MuscleGroup, "change", guide.pk)
    draft_form = form_data(editor_client.get(url))
    assert editor_client.post(url, {**draft_form, "summary": DRAFT_TEXT, "_savedraft": "1"}).status_code == 302
    stored = DraftChange.objects.get().form_data

    # Meanwhile an administrator saves the published page directly, from a form opened before the draft existed.
    assert admin_client.post(url, {**draft_form, "title": "A title set meanwhile"}).status_code == 302
    # That save replaced the page and so removed the draft: publishing what was drafted is refused as stale.
    # Put the draft back, as if it had been saved aside after that form was opened.
    DraftChange.objects.create(
        content_type=ContentType.objects.get_for_model(MuscleGroup), object_id=guide.pk, form_data=stored
    )
    shown = editor_client.get(url).content.decode()
    assert "This draft was started from an older version of the page" in shown
    assert "admin saved it at" in shown

    stale_post = {name: values if len(values) > 1 else values[0] for name, values in stored.items()}
    response = editor_client.post(url, {**stale_post, "_publishdraft": "1"})
    assert response.status_code == 200
    assert "This draft was started from an older version of the page" in response.content.decode()
    guide.refresh_from_db()
    assert guide.title == "A title set meanwhile" and guide.summary != DRAFT_TEXT
    assert DraftChange.objects.exists()


def test_a_user_who_may_not_change_the_page_can_neither_save_nor_discard_a_draft(editor_client, db):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    url = admin_url(MuscleGroup, "change", guide.pk)
    data = form_data(editor_client.get(url))
    viewer = User.objects.create_user("vera", "vera@example.org", "only-looking-42", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_musclegroup"))
    client = Client()
    client.force_login(viewer)
    assert "Save as draft" not in client.get(url).content.decode()
    assert client.post(url, {**data, "summary": DRAFT_TEXT, "_savedraft": "1"}).status_code == 403
    assert not DraftChange.objects.exists()

    assert save_draft(editor_client, MuscleGroup, guide).status_code == 302
    assert client.post(url, {**data, "_discarddraft": "1"}).status_code == 403
    assert client.post(url, {**data, "_publishdraft": "1"}).status_code == 403
    assert DraftChange.objects.exists()
    assert DRAFT_TEXT not in client.get(url).content.decode()  # the viewer sees the published page's values


def test_a_draft_is_not_saved_with_errors_and_says_so(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    response = save_draft(editor_client, MuscleGroup, guide, field="name", text="")
    assert response.status_code == 200
    assert "The draft is not saved: correct the errors below." in response.content.decode()
    assert not DraftChange.objects.exists()


def test_deleting_a_page_deletes_its_prepared_changes(editor_client):
    guide = make_guide()
    save_draft(editor_client, MuscleGroup, guide)
    assert DraftChange.objects.count() == 1
    guide.delete()
    assert not DraftChange.objects.exists()


def test_a_draft_of_a_cited_study_changes_nothing_readers_see_until_published(editor_client, reader):
    study = Study.objects.get(slug="maeo-2021")
    url = admin_url(Study, "change", study.pk)
    assert "Save as draft" in editor_client.get(url).content.decode()  # a cited study is public
    before = page_text(reader, "/studies/maeo-2021/")

    assert save_draft(editor_client, Study, study, field="finding").status_code == 302
    study.refresh_from_db()
    assert study.finding != DRAFT_TEXT
    assert page_text(reader, "/studies/maeo-2021/") == before
    form = editor_client.get(url)
    assert "Draft changes by edna" in form.content.decode()
    assert "Preview shows the draft" not in form.content.decode()  # studies have no preview
    assert form_data(form)["finding"] == DRAFT_TEXT

    published = editor_client.post(url, {**form_data(form), "_publishdraft": "1"})
    assert published.status_code == 302
    assert DRAFT_TEXT in page_text(reader, "/studies/maeo-2021/")
    assert not DraftChange.objects.exists()


def test_an_uncited_study_offers_no_draft_and_deleting_a_study_deletes_its_draft(editor_client):
    study = Study.objects.create(slug="uncited-2020", authors="Doe J", title="A title", journal="J", year=2020)
    assert "Save as draft" not in editor_client.get(admin_url(Study, "change", study.pk)).content.decode()
    assert save_draft(editor_client, Study, study, field="finding").status_code == 302
    assert DraftChange.objects.count() == 1
    study.delete()
    assert not DraftChange.objects.exists()
