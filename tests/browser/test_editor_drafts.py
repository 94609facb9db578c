"""The issue's done-when, in a real browser: an editor prepares changes to the published hamstrings guide as a
draft, previews them, publishes them while readers saw the old page, sees the change in History and reverts it."""

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from articles.models import MuscleGroup
from core.editors import EDITORS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "drafts-and-hamstrings-42"
NEW_TEXT = "Hamstrings cross two joints, so train them at the hip and at the knee."


@pytest.fixture
def drafting_editor(editors_group):
    """An editor in the Editors group."""
    user = User.objects.create_user("edna", "edna@example.org", PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def public_guide(browser, site):
    """The guide's main text as a new reader sees it (a fresh browser: no copy kept from an earlier visit)."""
    context = browser.new_context()
    try:
        reader = context.new_page()
        reader.goto(site + "/guides/hamstrings/")
        return " ".join(reader.locator("main").inner_text().split())
    finally:
        context.close()


def test_an_editor_drafts_previews_publishes_and_reverts_a_change_to_a_live_guide(
    page, browser, live_server, seeded, drafting_editor
):
    site = live_server.url
    guide = MuscleGroup.objects.get(slug="hamstrings")
    old_words = " ".join(guide.introduction.split()[:5])
    assert old_words in public_guide(browser, site)

    page.goto(f"{site}/admin/login/?next=/admin/articles/musclegroup/{guide.pk}/change/")
    page.get_by_label("Username").fill("edna")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.locator("#id_introduction").fill(NEW_TEXT)
    page.get_by_role("button", name="Save as draft (readers keep the published page)").click()
    expect(page.locator(".messagelist .success")).to_contain_text("The draft is saved")
    expect(page.locator("#draft-changes-banner")).to_contain_text("Draft changes by edna")
    expect(page.locator("#id_introduction")).to_have_value(NEW_TEXT)

    page.get_by_role("button", name="Preview", exact=True).click()
    expect(page.locator("#markdown-preview")).to_contain_text(NEW_TEXT)

    public = public_guide(browser, site)
    assert old_words in public and NEW_TEXT not in public

    page.get_by_role("button", name="Publish draft").click()
    expect(page.locator(".messagelist .success")).to_contain_text("The draft is published")
    expect(page.locator("#draft-changes-banner")).to_have_count(0)
    assert NEW_TEXT in public_guide(browser, site)

    page.get_by_role("link", name="History").click()
    changes = page.locator("#change-history")
    expect(changes).to_contain_text("Saved draft changes (not published).")
    expect(changes).to_contain_text(f"+ “{NEW_TEXT}”")
    expect(changes).to_contain_text(f"− “{old_words}")

    versions = page.locator("#versions")
    versions.locator("tr", has_text="As it was before its first change").get_by_role("link").click()
    expect(page.locator("#id_introduction")).to_contain_text(old_words)
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    public = public_guide(browser, site)
    assert old_words in public and NEW_TEXT not in public
