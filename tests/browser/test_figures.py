"""The atlas and the movement figures as a reader sees them: on a 390 px phone, in print, and by keyboard."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser, live_server, seeded):
    context = browser.new_context(viewport=PHONE)
    yield context.new_page()
    context.close()


def box(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("url", ["/exercises/squat/", "/exercises/lying-leg-curl/", "/exercises/hip-thrust/"])
def test_on_a_phone_the_figures_fit_the_screen_and_stay_legible(phone, live_server, url):
    phone.goto(live_server.url + url)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    movement = box(phone, "figure.movement svg")
    assert 300 <= movement["width"] <= PHONE["width"] and movement["height"] >= 150
    atlas = box(phone, "figure.diagram-atlas svg")
    assert atlas["width"] >= 140  # each view at least this wide, two side by side at most
    # The words under the figure say what it shows, for anyone who cannot see it.
    assert "Start:" in phone.locator("figure.movement figcaption").inner_text()


def test_in_print_the_figures_keep_whole_and_to_a_printed_size(phone, live_server):
    phone.goto(live_server.url + "/exercises/seated-leg-curl/")
    phone.emulate_media(media="print")
    assert phone.evaluate("getComputedStyle(document.querySelector('figure.movement')).breakInside") == "avoid"
    width_mm = box(phone, "figure.movement svg")["width"] * 25.4 / 96
    assert width_mm <= 131
    assert phone.evaluate("getComputedStyle(document.querySelector('figure.movement svg')).printColorAdjust") == "exact"


def test_the_guide_atlas_links_each_muscle_to_its_row_by_keyboard(phone, live_server):
    phone.goto(live_server.url + "/guides/quadriceps/")
    link = phone.locator('figure.diagram-guide a[href="#muscle-vastus-medialis"]').first
    link.focus()
    phone.keyboard.press("Enter")
    assert phone.evaluate("location.hash") == "#muscle-vastus-medialis"
