"""/studies/ a page at a time, in a stable order, with answers for page numbers that name no page."""

import re

import pytest

from studies.models import Study
from tests.pages import page_text

pytestmark = pytest.mark.usefixtures("seeded")


def listed(html):
    return re.findall(r'<h2><a href="/studies/([^/]+)/">', html)


def test_the_pages_together_list_every_public_study_once(client, settings):
    settings.LIST_PAGE_SIZE = 4
    public = set(Study.objects.published().values_list("slug", flat=True))
    pages = -(-len(public) // 4)
    seen = []
    for number in range(1, pages + 1):
        html = page_text(client, f"/studies/?page={number}")
        assert len(listed(html)) == (4 if number < pages else len(public) - 4 * (pages - 1))
        seen += listed(html)
    assert sorted(seen) == sorted(public)
    html = page_text(client, "/studies/?page=2")
    assert '<link rel="prev" href="http://testserver/studies/">' in html
    assert '<a href="/studies/?page=3" rel="next">Next page</a>' in html


def test_a_page_number_that_names_no_page_is_answered_with_a_message(client, settings):
    settings.LIST_PAGE_SIZE = 4
    response = client.get("/studies/?page=x")
    assert response.status_code == 400 and "“x” is not a page number." in response.text
    response = client.get("/studies/?page=400")
    assert response.status_code == 404 and "There is no page 400: this list has" in response.text
    assert "No studies yet" not in response.text
