"""/workouts/ a page at a time, with answers for page numbers that name no page."""

import pytest

from tests.pages import page_text

pytestmark = pytest.mark.usefixtures("seeded")


def test_workouts_come_a_page_at_a_time_with_plain_links(client, settings):
    settings.LIST_PAGE_SIZE = 1
    first = page_text(client, "/workouts/")
    second = page_text(client, "/workouts/?page=2")
    assert 'href="/workouts/hamstring-workout/"' in first and 'href="/workouts/quadriceps-workout/"' not in first
    assert 'href="/workouts/quadriceps-workout/"' in second
    assert '<a href="/workouts/?page=2" rel="next">Next page</a>' in first
    assert '<link rel="prev" href="http://testserver/workouts/">' in second


def test_a_page_number_that_names_no_page_is_answered_with_a_message(client, settings):
    settings.LIST_PAGE_SIZE = 1
    response = client.get("/workouts/?page=3")
    assert response.status_code == 404 and "There is no page 3: this list has 2 pages." in response.text
    assert "No workouts are published yet" not in response.text
    assert client.get("/workouts/?page=two").status_code == 400
