"""A reader follows the hamstrings guide in a real browser, with JavaScript off."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "java_script_enabled": False}


def test_reader_goes_from_home_to_guide_to_exercise_to_study(page, live_server, seeded):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Hamstrings").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How to train your hamstrings")
    expect(page.get_by_role("table")).to_contain_text("Short head")

    page.get_by_role("link", name="Reference 1").first.click()
    expect(page.locator("#ref-maeo-2021")).to_be_in_viewport()

    page.locator("#ex-seated-leg-curl").get_by_role("link", name="Seated leg curl").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Seated leg curl")
    page.get_by_role("link", name="About this study").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Greater Hamstrings Muscle Hypertrophy")


def test_guide_reads_on_a_phone_without_sideways_scrolling(page, live_server, seeded):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/guides/hamstrings/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375


def test_reader_searches_from_the_header_and_follows_a_result(page, live_server, seeded):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/workouts/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.get_by_role("searchbox", name="Search guides, exercises, muscles and studies").first.fill("seated leg curl")
    page.get_by_role("button", name="Search").first.click()
    expect(page.get_by_role("heading", level=2, name="Exercises")).to_be_visible()
    expect(page.locator(".search-results mark").first).to_be_visible()
    page.get_by_role("link", name="Seated leg curl").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Seated leg curl")
    expect(page.get_by_role("navigation", name="Breadcrumb")).to_contain_text("Exercises")
