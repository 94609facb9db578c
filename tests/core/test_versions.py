"""Saved versions: an editor restores an earlier version from History, and readers see the old text again."""

import pytest
from reversion.models import Version

from articles.models import GlossaryTerm, MuscleGroup
from tests.admin_forms import admin_url, form_data
from tests.pages import page_text

pytestmark = pytest.mark.usefixtures("seeded")


def test_an_editor_restores_the_version_before_a_change_and_readers_see_the_old_text(editor_client, reader):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    url = admin_url(MuscleGroup, "change", guide.pk)
    data = form_data(editor_client.get(url))
    old_first_line = data["introduction"].splitlines()[0]
    data["introduction"] = "A rewrite that turned out wrong."
    assert editor_client.post(url, data).status_code == 302
    assert "A rewrite that turned out wrong." in page_text(reader, "/guides/hamstrings/")

    history = editor_client.get(admin_url(MuscleGroup, "history", guide.pk)).content.decode()
    assert "Versions you can restore" in history
    assert "As it was before its first change in the admin." in history
    assert "A rewrite that turned out wrong." in history  # the diff, in the changes and the version's comment
    before = Version.objects.get_for_object(guide).get(revision__comment__startswith="As it was")
    revision_url = admin_url(MuscleGroup, "revision", guide.pk, before.pk)
    assert f'href="{revision_url}"' in history

    form = editor_client.get(revision_url)
    assert form.status_code == 200
    restored = form_data(form)
    assert restored["introduction"].splitlines()[0] == old_first_line
    guide.refresh_from_db()
    assert guide.introduction == "A rewrite that turned out wrong."  # looking is not restoring

    assert editor_client.post(revision_url, restored).status_code == 302
    html = page_text(reader, "/guides/hamstrings/")
    assert "A rewrite that turned out wrong." not in html
    assert " ".join(old_first_line.split()[:6]) in " ".join(html.split())


def test_restoring_a_version_from_before_publication_does_not_let_an_editor_delete_the_page(editor_client):
    term = GlossaryTerm.objects.create(term="Blorp", slug="blorp", definition="A test term.")  # a draft
    url = admin_url(GlossaryTerm, "change", term.pk)
    data = form_data(editor_client.get(url))
    data["status"] = GlossaryTerm.Status.PUBLISHED
    assert editor_client.post(url, data).status_code == 302
    delete_url = admin_url(GlossaryTerm, "delete", term.pk)
    assert editor_client.get(delete_url).status_code == 302  # refused: it was published

    draft_version = Version.objects.get_for_object(term).get(revision__comment__startswith="As it was")
    revision_url = admin_url(GlossaryTerm, "revision", term.pk, draft_version.pk)
    assert editor_client.post(revision_url, form_data(editor_client.get(revision_url))).status_code == 302
    term.refresh_from_db()
    assert term.status == GlossaryTerm.Status.DRAFT and term.ever_published  # restored, and still once published

    assert editor_client.get(delete_url).status_code == 302
    assert editor_client.post(delete_url, {"post": "yes"}).status_code == 302
    assert GlossaryTerm.objects.filter(pk=term.pk).exists()


def test_only_a_superuser_may_recover_what_was_deleted(editor_client, admin_client):
    changelist = admin_url(GlossaryTerm, "changelist")
    recover_list = admin_url(GlossaryTerm, "recoverlist")
    assert "Recover deleted" not in editor_client.get(changelist).content.decode()
    assert editor_client.get(recover_list).status_code == 403
    assert "Recover deleted" in admin_client.get(changelist).content.decode()
    assert admin_client.get(recover_list).status_code == 200


def test_an_editor_cannot_bring_back_a_deleted_page_through_one_of_its_versions(editor_client, admin_client):
    term = GlossaryTerm.objects.create(term="Blorp", slug="blorp", definition="A test term.")
    url = admin_url(GlossaryTerm, "change", term.pk)
    data = form_data(editor_client.get(url))
    data["status"] = GlossaryTerm.Status.PUBLISHED
    assert editor_client.post(url, data).status_code == 302
    version = Version.objects.get_for_object(term).first()
    assert admin_client.post(admin_url(GlossaryTerm, "delete", term.pk), {"post": "yes"}).status_code == 302
    assert not GlossaryTerm.objects.filter(pk=term.pk).exists()

    revision_url = admin_url(GlossaryTerm, "revision", term.pk, version.pk)
    assert editor_client.get(revision_url).status_code == 403
    assert editor_client.post(revision_url, data).status_code == 403
    assert not GlossaryTerm.objects.filter(pk=term.pk).exists()
    assert admin_client.get(revision_url).status_code == 200  # a superuser may
