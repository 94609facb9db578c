"""Saved versions: an editor restores an earlier version from History, and readers see the old text again."""

import pytest
from reversion.models import Version

from articles.models import MuscleGroup
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
