"""The admin behaves as an editor expects where only a browser can tell: the slug follows the name."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from articles.models import MuscleGroup

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "calves-and-hamstrings-42"


def test_after_a_slug_clash_retyping_the_name_updates_the_slug(page, live_server, seeded):
    User.objects.create_superuser("sue", "sue@example.org", PASSWORD)
    page.goto(live_server.url + "/admin/login/?next=/admin/exercises/exercise/add/")
    page.get_by_label("Username").fill("sue")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.locator("#id_name").press_sequentially("Squat")
    expect(page.locator("#id_slug")).to_have_value("squat")
    page.locator("#id_summary").fill("A squat.")
    page.locator("#id_equipment").select_option("bodyweight")
    page.locator("#id_mechanics").select_option("compound")
    page.locator("#id_description").fill("Sit down and stand up.")
    page.locator("input[name=_save]").click()
    expect(page.locator(".errorlist", has_text="slug already exists")).to_be_visible()

    page.locator("#id_name").fill("")
    page.locator("#id_name").press_sequentially("Squat jump")
    expect(page.locator("#id_slug")).to_have_value("squat-jump")

    # A slug typed by hand stays, whatever the name becomes.
    page.locator("#id_slug").fill("jump-squat")
    page.locator("#id_slug").dispatch_event("change")
    page.locator("#id_name").press_sequentially(" high")
    expect(page.locator("#id_slug")).to_have_value("jump-squat")


def log_in(page, live_server, next_url):
    User.objects.create_superuser("sue", "sue@example.org", PASSWORD)
    page.goto(live_server.url + "/admin/login/?next=" + next_url)
    page.get_by_label("Username").fill("sue")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


@pytest.mark.parametrize("width", [390, 1280])
def test_a_summary_of_300_characters_shows_whole_with_the_citation_at_its_end(page, live_server, seeded, width):
    """A 20-character input hid the citation the form refused (editor review); then 3 rows did on a phone."""
    page.set_viewport_size({"width": width, "height": 800})
    log_in(page, live_server, "/admin/exercises/exercise/add/")
    summary = page.locator("#id_summary")
    summary.fill(("A long sentence about a hip hinge, " * 8)[:286] + " [@maeo-2021]")
    assert summary.evaluate("box => box.scrollHeight <= box.clientHeight + 2")


def test_a_link_to_a_field_to_correct_shows_the_fields_message(page, live_server, seeded):
    """The link scrolled the field to the very top, its message just off the screen (editor review)."""
    page.set_viewport_size({"width": 1280, "height": 800})
    guide = MuscleGroup.objects.get(slug="hamstrings")
    log_in(page, live_server, f"/admin/articles/musclegroup/{guide.pk}/change/")
    page.locator("#id_wrap_up").fill("Cites nothing real [@no-such-study].")
    page.locator("input[name=_continue]").first.click()
    page.locator(".fields-to-correct a", has_text="Wrap up").click()
    expect(page.locator(".field-wrap_up .errorlist")).to_be_in_viewport()
    expect(page.locator("#id_wrap_up")).to_be_in_viewport()


def test_a_link_to_a_type_ahead_picker_to_correct_puts_the_cursor_in_the_picker(page, live_server, seeded):
    """The link's target is the select the picker hides; the browser focuses it and the picker takes the focus over.
    (An editor review thought focus stayed on the link; this checks it does not.)"""
    page.set_viewport_size({"width": 1280, "height": 800})
    log_in(page, live_server, "/admin/exercises/guideexercise/add/")
    page.locator("input[name=_save]").click()
    page.locator(".fields-to-correct a", has_text="Exercise").click()
    focused = page.evaluate("document.activeElement.getAttribute('aria-labelledby')")
    assert focused == "select2-id_exercise-container"
    page.keyboard.press("Enter")  # the picker opens its search box, ready to type
    expect(page.locator(".select2-search__field")).to_be_focused()
