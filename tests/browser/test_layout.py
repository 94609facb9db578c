"""Every page type reads on a 320 px phone, a 390 px phone and a 1280 px desktop.

Phones: nothing scrolls sideways, tables reflow into one block per row, the header takes at
most a fifth of the first screen, and axe-core finds no violation. Desktop: the header is one
row with the search box in it, and the guide's "On this page" is a sticky side column.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import axe_problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE_TYPES = [
    "/",
    "/guides/hamstrings/",
    "/guides/quadriceps/",
    "/exercises/",
    "/exercises/romanian-deadlift/",
    "/exercises/squat/",
    "/studies/",
    "/studies/maeo-2021/",
    "/workouts/",
    "/workouts/hamstring-workout/",
    "/search/?q=hamstring",
    "/newsletter/",
    "/glossary/",
    "/exercises/?muscle=no-such-muscle",
]
WIDTHS = [320, 390, 1280]
HEIGHT = 800


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("url", PAGE_TYPES)
def test_page_fits_the_screen_and_has_no_accessibility_violation(audit_page, live_server, url, width):
    audit_page.set_viewport_size({"width": width, "height": HEIGHT})
    audit_page.goto(live_server.url + url)
    assert audit_page.evaluate("document.documentElement.scrollWidth") <= width
    header = audit_page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")
    assert header <= HEIGHT / 5
    assert axe_problems(audit_page) == []


@pytest.mark.parametrize(
    ("url", "table"),
    [
        ("/guides/hamstrings/", "table.anatomy"),
        ("/workouts/hamstring-workout/", "table.workout-table"),
        ("/workouts/hamstring-workout/", "table.sets-per-muscle"),
        ("/workouts/hamstring-workout/", "table.sheet"),
    ],
)
def test_tables_reflow_on_a_phone_and_label_every_cell(page, live_server, seeded, url, table):
    page.set_viewport_size({"width": 320, "height": HEIGHT})
    page.goto(live_server.url + url)
    cells = page.locator(f"{table} tbody td")
    assert cells.count() > 0
    rights = cells.evaluate_all("cells => cells.map(c => c.getBoundingClientRect().right)")
    assert max(rights) <= 320
    labels = cells.evaluate_all("cells => cells.map(c => getComputedStyle(c, '::before').content)")
    assert all(label not in ("none", "normal", '""') for label in labels)


def test_the_short_heads_row_reads_as_a_labelled_block_on_a_phone(page, live_server, seeded):
    page.set_viewport_size({"width": 320, "height": HEIGHT})
    page.goto(live_server.url + "/guides/hamstrings/")
    row = page.locator("#muscle-biceps-femoris-short-head")
    expect(row).to_contain_text("deceleration of the swinging leg")
    assert row.evaluate("r => getComputedStyle(r.querySelector('td'), '::before').content") == '"Origin: "'


def test_desktop_header_is_one_row_and_the_contents_stay_beside_the_guide(page, live_server, seeded):
    page.set_viewport_size({"width": 1280, "height": HEIGHT})
    page.goto(live_server.url + "/guides/hamstrings/")
    brand = page.locator(".brand").bounding_box()
    search = page.get_by_role(
        "searchbox", name="Search guides, exercises, muscles, studies and workouts"
    ).bounding_box()
    assert abs((brand["y"] + brand["height"] / 2) - (search["y"] + search["height"] / 2)) < 8
    toc = page.get_by_role("navigation", name="On this page")
    heading = page.get_by_role("heading", level=1)
    assert toc.bounding_box()["x"] + toc.bounding_box()["width"] <= heading.bounding_box()["x"]
    page.locator("#wrap-up").scroll_into_view_if_needed()
    expect(toc).to_be_in_viewport()


@pytest.mark.parametrize("width", [320, 500, 800, 1280])
def test_tab_goes_through_the_header_in_the_order_it_is_seen(page, live_server, seeded, width):
    """On phones the search box showed above the menu but Tab reached it after the menu (dark-scheme review)."""
    page.set_viewport_size({"width": width, "height": HEIGHT})
    page.goto(live_server.url + "/guides/hamstrings/")
    page.locator(".brand").focus()
    boxes = [page.evaluate("document.activeElement.getBoundingClientRect().toJSON()")]
    for _ in range(7):  # the search box, its button and the five menu links
        page.keyboard.press("Tab")
        boxes.append(page.evaluate("document.activeElement.getBoundingClientRect().toJSON()"))
    for before, after in zip(boxes, boxes[1:], strict=False):
        same_row = abs((before["top"] + before["bottom"]) / 2 - (after["top"] + after["bottom"]) / 2) < 8
        assert (same_row and after["left"] >= before["right"]) or after["top"] >= before["bottom"] - 2, (before, after)


@pytest.mark.parametrize("width", [320, 390, 440, 465, 466, 800])
def test_the_menu_never_leaves_one_link_alone_on_a_row(page, live_server, seeded, width):
    """On phones "Newsletter" sat alone on the menu's second row (reader review)."""
    page.set_viewport_size({"width": width, "height": HEIGHT})
    page.goto(live_server.url + "/")
    tops = page.locator(".nav a").evaluate_all("links => links.map(a => Math.round(a.getBoundingClientRect().top))")
    rows = [tops.count(top) for top in dict.fromkeys(tops)]
    assert len(tops) == 5 and min(rows) >= 2, rows


@pytest.mark.parametrize("url,table", [("/guides/hamstrings/", ".anatomy"), ("/workouts/hamstring-workout/", ".sheet")])
def test_a_rows_note_reads_as_text_not_in_the_bold_of_its_heading(page, live_server, seeded, url, table):
    page.set_viewport_size({"width": 1280, "height": HEIGHT})
    page.goto(live_server.url + url)
    note = page.locator(f'{table} th[scope="row"] small').first
    expect(note).to_be_visible()
    assert note.evaluate("note => getComputedStyle(note).fontWeight") == "400"


def test_citation_superscripts_do_not_push_lines_apart(page, live_server, seeded):
    page.set_viewport_size({"width": 1280, "height": HEIGHT})
    page.goto(live_server.url + "/guides/hamstrings/")
    paragraph = page.locator("#wrap-up p").first
    assert paragraph.locator("sup.citation").count() == 1
    lines = paragraph.evaluate("p => p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)")
    assert abs(lines - round(lines)) < 0.05


def test_neighbouring_citation_markers_keep_a_gap_a_finger_can_find(page, live_server, seeded):
    """ "[5][6]" touched, each 18 by 15 px (reader review)."""
    page.set_viewport_size({"width": 390, "height": HEIGHT})
    page.goto(live_server.url + "/guides/quadriceps/")
    gaps = page.evaluate(
        """() => [...document.querySelectorAll('sup.citation + sup.citation')]
            .filter(sup => !sup.previousSibling.textContent.trim() || sup.previousSibling.matches?.('sup'))
            .map(sup => [sup.getBoundingClientRect(), sup.previousElementSibling.getBoundingClientRect()])
            .filter(([box, before]) => box.top === before.top)
            .map(([box, before]) => box.left - before.right)"""
    )
    assert gaps and min(gaps) >= 3


def test_the_hamstrings_drawing_labels_are_at_least_12_px_on_a_desktop(page, live_server, seeded):
    page.set_viewport_size({"width": 1280, "height": HEIGHT})
    page.goto(live_server.url + "/guides/hamstrings/")
    sizes = page.evaluate(
        """() => [...document.querySelectorAll('.picture-drawing svg text')].map(t => {
            const svg = t.ownerSVGElement;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return parseFloat(getComputedStyle(t).fontSize) * scale;
        })"""
    )
    assert sizes and min(sizes) >= 12


LABEL_SIZES = """() => [...document.querySelectorAll('.picture-view svg text')]
    .filter(t => getComputedStyle(t).display !== 'none' && getComputedStyle(t).opacity !== '0')
    .filter(t => t.getBoundingClientRect().width > 0)
    .map(t => {
        const svg = t.ownerSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return [t.textContent.trim(), parseFloat(getComputedStyle(t).fontSize) * scale];
    })"""


@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize("url", ["/guides/hamstrings/", "/guides/quadriceps/", "/exercises/seated-leg-curl/"])
def test_drawing_labels_are_at_least_12_px_on_a_phone_and_the_numbered_ones_are_listed(
    page, live_server, seeded, url, width
):
    page.set_viewport_size({"width": width, "height": HEIGHT})
    page.goto(live_server.url + url)
    sizes = page.evaluate(LABEL_SIZES)
    assert sizes and [(words, size) for words, size in sizes if size < 12] == []
    if url == "/guides/hamstrings/":
        numbers = page.locator(".picture-drawing .label-numbers li")
        expect(numbers.first).to_be_visible()
        assert "Semitendinosus" in numbers.all_inner_texts()
        # The number of a muscle is the link its words were: it still leads to the muscle's row.
        link = page.get_by_role("link", name="Semitendinosus", exact=True).first
        link.click()
        assert page.url.endswith("#muscle-semitendinosus")


@pytest.mark.parametrize("width", [320, 390])
def test_on_a_phone_the_search_box_shows_what_is_typed_and_the_atlas_views_are_full_size(
    page, live_server, seeded, width
):
    """At 320 px the box was about 30 px wide, and the atlas's two views 132 px each (reader review)."""
    page.set_viewport_size({"width": width, "height": HEIGHT})
    page.goto(live_server.url + "/exercises/squat/")
    box = page.get_by_role("searchbox", name="Search guides, exercises, muscles, studies and workouts")
    assert box.bounding_box()["width"] >= 180
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= HEIGHT / 5
    views = page.locator(".diagram-atlas .picture-view").evaluate_all(
        "views => views.map(v => v.getBoundingClientRect().width)"
    )
    assert len(views) == 2 and min(views) >= 240
