"""No page repeats an id (the Nu HTML Checker's "Duplicate ID" error), diagrams included.

An exercise page shows its movement figure and the body atlas, each an inline SVG: the role
patterns they fill muscles with are defined once per page, not once per diagram.
"""

import re
from collections import Counter
from urllib.parse import urlsplit

import pytest

from tests.pages import page_text

pytestmark = pytest.mark.django_db

ID = re.compile(r'\sid="([^"]+)"')


def test_no_page_repeats_an_id_and_the_role_patterns_are_defined_once(client, seeded):
    sitemap = page_text(client, "/sitemap.xml")
    urls = {urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    for index in [url for url in urls if url.endswith(".xml")]:  # a sitemap index names its sitemaps
        urls |= {urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", page_text(client, index))}
    urls = sorted(url for url in urls if not url.endswith(".xml"))
    urls += ["/search/?q=curl", "/newsletter/", "/pages/privacy/"]
    assert "/exercises/squat/" in urls and "/exercises/romanian-deadlift/" in urls
    for url in urls:
        html = page_text(client, url)
        repeated = [name for name, count in Counter(ID.findall(html)).items() if count > 1]
        assert repeated == [], f"{url} repeats {repeated}"
        assert html.count('id="mg-pattern-secondary"') == 1, url
