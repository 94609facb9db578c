"""/exercises/ a page at a time: plain links that keep the filters, and answers for page numbers that name no page."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exercises.models import Exercise
from tests.exercises.test_library import grow_the_library
from tests.pages import page_text

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.fixture(autouse=True)
def five_a_page(settings):
    settings.LIST_PAGE_SIZE = 5  # the 12 seeded exercises make three pages


def listed(html):
    return re.findall(r'<h2 class="h3"><a href="/exercises/([^/]+)/">', html)


def head_link(html, rel):
    """The path of the head's ``<link rel=...>`` (made absolute on the site's address)."""
    match = re.search(rf'<link rel="{rel}" href="http://testserver([^"]*)">', html)
    return match.group(1) if match else None


def test_the_pages_together_list_every_published_exercise_once_in_order(client):
    pages = [listed(page_text(client, url)) for url in ("/exercises/", "/exercises/?page=2", "/exercises/?page=3")]
    assert [len(page) for page in pages] == [5, 5, 2]
    expected = list(Exercise.objects.published().order_by("name").values_list("slug", flat=True))
    assert [slug for page in pages for slug in page] == expected


def test_each_page_names_its_neighbours_in_the_head_and_with_plain_links(client):
    first = page_text(client, "/exercises/")
    assert head_link(first, "prev") is None and head_link(first, "next") == "/exercises/?page=2"
    assert head_link(first, "canonical") == "/exercises/"
    middle = page_text(client, "/exercises/?page=2")
    assert head_link(middle, "prev") == "/exercises/" and head_link(middle, "next") == "/exercises/?page=3"
    assert head_link(middle, "canonical") == "/exercises/?page=2"
    assert '<a href="/exercises/?page=3" rel="next">Next page</a>' in middle
    assert '<a href="/exercises/" rel="prev">Previous page</a>' in middle
    assert '<a href="/exercises/?page=2" aria-current="page"><span class="visually-hidden">Page </span>2</a>' in middle
    assert "Exercises 6 to 10 of 12, page 2 of 3" in middle
    last = page_text(client, "/exercises/?page=3")
    assert head_link(last, "next") is None and "Next page" not in last


def test_everything_on_one_page_shows_no_page_links(client, settings):
    settings.LIST_PAGE_SIZE = 24
    html = page_text(client, "/exercises/")
    assert len(listed(html)) == 12
    assert 'class="pagination"' not in html and head_link(html, "next") is None


def test_filters_are_kept_across_pages(client, settings):
    settings.LIST_PAGE_SIZE = 2
    barbell = list(Exercise.objects.published().filter(equipment="barbell").values_list("slug", flat=True))
    assert len(barbell) > 2
    first = page_text(client, "/exercises/?equipment=barbell")
    assert head_link(first, "next") == "/exercises/?equipment=barbell&amp;page=2"
    assert f"<strong>{len(barbell)} exercises</strong> match the filters" in first
    second = page_text(client, "/exercises/?equipment=barbell&page=2")
    assert head_link(second, "prev") == "/exercises/?equipment=barbell"
    # A filtered page is not a page of its own for search engines.
    assert head_link(second, "canonical") == "/exercises/"
    assert set(listed(first) + listed(second)) <= set(barbell)
    assert listed(first)[0] != listed(second)[0]


def test_the_filter_form_starts_again_at_page_one(client):
    html = page_text(client, "/exercises/?page=2")
    form = html.split('<form method="get" action="/exercises/"', 1)[1].split("</form>", 1)[0]
    assert 'name="page"' not in form


@pytest.mark.parametrize(
    "page,status,message",
    [
        ("abc", 400, "“abc” is not a page number."),
        ("1.5", 400, "“1.5” is not a page number."),
        ("", 200, None),
        ("0", 400, "There is no page 0: pages are numbered from 1."),
        ("-3", 400, "There is no page -3: pages are numbered from 1."),
        ("4", 404, "There is no page 4: this list has 3 pages."),
        ("99999999999999999999999", 404, "There is no page 99,999,999,999,999,999,999,999: this list has 3 pages."),
        ("9" * 5000, 400, "is not a page number."),
        ("<script>", 400, "“&lt;script&gt;” is not a page number."),
    ],
)
def test_a_page_number_that_names_no_page_is_answered_with_a_message(client, page, status, message):
    response = client.get("/exercises/", {"page": page})
    assert response.status_code == status
    html = response.content.decode()
    if message:
        assert message in html
        assert listed(html) == []
        assert '<meta name="robots" content="noindex">' in html


def test_past_the_last_page_links_to_the_last_page_with_the_filters(client, settings):
    settings.LIST_PAGE_SIZE = 2
    response = client.get("/exercises/", {"equipment": "barbell", "page": "50"})
    assert response.status_code == 404
    assert re.search(r'<a href="/exercises/\?equipment=barbell&amp;page=\d">Go to the last page</a>', response.text)
    response = client.get("/exercises/", {"page": "nope"})
    assert '<a href="/exercises/">Go to the first page</a>' in response.text


def queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def test_every_page_costs_the_same_queries_as_the_library_grows(client):
    urls = ["/exercises/", "/exercises/?page=2", "/exercises/?page=3", "/exercises/?recommended=yes&page=2"]
    before = {url: queries(client, url) for url in urls}
    assert len(set(before.values())) == 1
    grow_the_library(60)
    after = {url: queries(client, url) for url in urls + ["/exercises/?page=15"]}
    assert set(after.values()) == set(before.values())


def test_a_page_holds_at_most_the_page_size_however_many_exercises_there_are(client):
    grow_the_library(60)
    html = page_text(client, "/exercises/?page=4")
    assert len(listed(html)) == 5
    assert "page 4 of 15" in html
    # Far-apart page numbers are elided: the first, the last, and two either side of this one.
    numbers = re.findall(r'<span class="visually-hidden">Page </span>(\d+)</a>', html)
    assert numbers == ["1", "2", "3", "4", "5", "6", "15"]
