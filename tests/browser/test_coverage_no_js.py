"""Coverage features with JavaScript off: diagram links, the filter form, phone widths."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "java_script_enabled": False}


def test_a_diagram_label_takes_the_reader_to_the_muscles_row(page, live_server, seeded):
    page.goto(live_server.url + "/guides/hamstrings/")
    page.locator("a.diagram-link", has_text="short head").click()
    expect(page).to_have_url(re.compile(r"#muscle-biceps-femoris-short-head$"))
    expect(page.locator("#muscle-biceps-femoris-short-head")).to_be_in_viewport()


def test_filter_form_finds_what_trains_the_short_head(page, live_server, seeded):
    page.goto(live_server.url + "/exercises/")
    page.get_by_label("Trains the muscle or head").select_option("biceps-femoris-short-head")
    page.get_by_label("Verdict").select_option("yes")
    page.get_by_role("button", name="Show exercises").click()
    expect(page).to_have_url(re.compile(r"muscle=biceps-femoris-short-head.*recommended=yes"))
    # The list is in name order; each card says which guide recommends it.
    cards = page.locator(".card")
    expect(cards.get_by_role("heading")).to_have_text(["Lying leg curl", "Seated leg curl"])
    expect(cards.nth(0)).to_contain_text("Recommended in the hamstrings guide")


@pytest.mark.parametrize(
    "path",
    [
        "/workouts/hamstring-workout/",
        "/workouts/quadriceps-workout/",
        "/exercises/romanian-deadlift/",
        "/exercises/squat/",
        "/exercises/",
    ],
)
def test_coverage_pages_fit_a_phone(page, live_server, seeded, path):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
