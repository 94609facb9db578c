"""The admin behaves as an editor expects where only a browser can tell: the slug follows the name."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

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
