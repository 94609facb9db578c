"""A reader follows the hamstrings guide in a real browser, with JavaScript off."""

import pytest
from playwright.sync_api import expect

from articles.models import MuscleGroup

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "java_script_enabled": False}


def test_reader_goes_from_home_to_guide_to_exercise_to_study(page, live_server, seeded):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Hamstrings").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How to train your hamstrings")
    expect(page.get_by_role("table", name="The muscles, where they attach and what they do")).to_contain_text(
        "Short head"
    )

    page.get_by_role("link", name="Reference 1").first.click()
    expect(page.locator("#ref-maeo-2021")).to_be_in_viewport()

    page.locator("#ex-seated-leg-curl").get_by_role("link", name="Seated leg curl").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Seated leg curl")
    page.get_by_role("link", name="About this study").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Greater Hamstrings Muscle Hypertrophy")


def test_reader_sees_what_both_guides_say_about_the_squat(page, live_server, seeded):
    page.goto(live_server.url + "/guides/hamstrings/")
    page.locator("#ex-squat").get_by_role("link", name="Barbell back squat").click()
    expect(page).to_have_url(live_server.url + "/exercises/squat/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Barbell back squat")
    expect(page.locator(".aliases")).to_have_text("Also called squat, back squat, barbell squat")
    expect(page.locator(".verdict-tag")).to_have_text(
        ["Recommended in the Quadriceps guide", "Discussed in the Hamstrings guide, but left out"]
    )
    verdicts = page.get_by_role("region", name="What the guides say")
    expect(verdicts.get_by_role("heading", level=3)).to_have_text(
        ["Hamstrings guide: left out", "Quadriceps guide: recommended"]
    )
    expect(page.get_by_role("region", name="Hamstrings guide: left out")).to_contain_text(
        "hamstrings as a whole unchanged (MRI)"
    )
    expect(page.get_by_role("region", name="Quadriceps guide: recommended")).to_contain_text(
        "knee extensor volume grew by about 5%"
    )
    expect(page.get_by_role("region", name="Workouts that use it")).to_contain_text("Quadriceps workout")
    verdicts.get_by_role("heading", name="Quadriceps guide: recommended").get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How to train your quadriceps")
    expect(page.locator("#ex-squat")).to_contain_text("Barbell back squat")


def test_guide_reads_on_a_phone_without_sideways_scrolling(page, live_server, seeded):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/guides/hamstrings/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375


def test_reader_searches_from_the_header_and_follows_a_result(page, live_server, seeded):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/workouts/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.get_by_role("searchbox", name="Search guides, exercises, muscles, studies and workouts").first.fill(
        "seated leg curl"
    )
    page.get_by_role("button", name="Search").first.click()
    expect(page.get_by_role("heading", level=2, name="Exercises")).to_be_visible()
    expect(page.locator(".search-results mark").first).to_be_visible()
    page.get_by_role("link", name="Seated leg curl").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Seated leg curl")
    expect(page.get_by_role("navigation", name="Breadcrumb")).to_contain_text("Exercises")


def test_an_editors_table_keeps_its_column_alignment(page, live_server, seeded):
    """The cell said align="right", but the stylesheet's text-align: left won (editor review)."""
    guide = MuscleGroup.objects.get(slug="hamstrings")
    guide.wrap_up = "| Exercise | Week | Sets |\n|:--|:-:|--:|\n| Curl | 1 | 4 |"
    guide.save()
    page.goto(live_server.url + "/guides/hamstrings/")
    align = "(selector) => getComputedStyle(document.querySelector(selector)).textAlign"
    assert page.evaluate(align, 'td[align="right"]') == "right"
    assert page.evaluate(align, 'th[align="center"]') == "center"
    assert page.evaluate(align, 'td[align="left"]') == "left"
