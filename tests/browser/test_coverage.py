"""The coverage features in a real browser: the printed gym sheet and high-contrast diagrams."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def pdf_pages(pdf):
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("workout", ["hamstring-workout", "quadriceps-workout"])
def test_workout_sheet_prints_on_one_page(page, live_server, seeded, workout, paper):
    page.goto(f"{live_server.url}/workouts/{workout}/")
    page.emulate_media(media="print")
    expect(page.locator("#sheet")).to_be_visible()
    expect(page.locator("#coverage")).to_be_hidden()
    expect(page.get_by_role("heading", name="How to run it")).to_be_hidden()
    expect(page.get_by_role("heading", name="The principles behind it")).to_be_hidden()
    assert pdf_pages(page.pdf(format=paper)) == 1


def test_diagram_follows_high_contrast_colours(page, live_server, seeded):
    page.emulate_media(forced_colors="active", color_scheme="dark")
    page.goto(live_server.url + "/exercises/romanian-deadlift/")
    text_colour = page.evaluate("getComputedStyle(document.body).color")
    label = page.locator("figure.diagram-atlas svg text").first
    assert label.evaluate("el => getComputedStyle(el).fill") == text_colour
    primary = page.locator("#back-semitendinosus").evaluate("el => getComputedStyle(el).fill")
    not_trained = page.locator("#back-biceps-femoris-short-head").evaluate("el => getComputedStyle(el).fill")
    assert primary != not_trained and "url(" in not_trained
    # The movement figure: the worked muscle in the highlight colour, the rest of the body in the page's.
    worked = page.locator("figure.movement .role-primary").first.evaluate("el => getComputedStyle(el).fill")
    plain = page.locator("figure.movement .figure-muscle:not(.muscle-shape)").first
    assert worked == primary and plain.evaluate("el => getComputedStyle(el).fill") != worked
