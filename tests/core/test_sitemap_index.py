"""/sitemap.xml past SITEMAP_SECTION_LIMIT: an index of one sitemap per section, large sections in pages."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exercises.models import Exercise
from tests.exercises.test_library import grow_the_library

pytestmark = pytest.mark.usefixtures("seeded")

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def xml(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return ET.fromstring(response.content) if status == 200 else response


def locations(root):
    return [entry.findtext(f"{NS}loc") for entry in root]


def path(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def every_url_through_the_index(client):
    index = xml(client, "/sitemap.xml")
    assert index.tag == f"{NS}sitemapindex"
    return [url for sitemap in locations(index) for url in locations(xml(client, path(sitemap)))]


def test_one_sitemap_while_every_section_is_under_the_limit(client, settings):
    settings.SITEMAP_SECTION_LIMIT = 2000
    assert xml(client, "/sitemap.xml").tag == f"{NS}urlset"


def test_a_section_past_the_limit_turns_the_sitemap_into_an_index_of_sections(client, settings):
    settings.SITEMAP_SECTION_LIMIT = 2000
    single = locations(xml(client, "/sitemap.xml"))
    settings.SITEMAP_SECTION_LIMIT = 5  # the 12 exercises pass it
    cache.clear()
    index = xml(client, "/sitemap.xml")
    assert index.tag == f"{NS}sitemapindex"
    sitemaps = [path(url) for url in locations(index)]
    assert "/sitemap-guides.xml" in sitemaps and "/sitemap-studies.xml" in sitemaps
    assert [url for url in sitemaps if url.startswith("/sitemap-exercises.xml")] == [
        "/sitemap-exercises.xml",
        "/sitemap-exercises.xml?p=2",
        "/sitemap-exercises.xml?p=3",
    ]
    assert all(entry.findtext(f"{NS}lastmod") for entry in index if "newsletter" not in entry.findtext(f"{NS}loc"))
    every = every_url_through_the_index(client)
    assert sorted(every) == sorted(single)
    assert all(len(locations(xml(client, url))) <= 5 for url in sitemaps)


def test_the_index_uses_the_public_site_url(client, settings):
    settings.SITEMAP_SECTION_LIMIT = 5
    settings.SITE_URL = "https://muscleguide.example"
    index = xml(client, "/sitemap.xml")
    assert all(url.startswith("https://muscleguide.example/sitemap-") for url in locations(index))


def test_a_section_page_that_does_not_exist_is_a_404(client, settings):
    settings.SITEMAP_SECTION_LIMIT = 5
    assert xml(client, "/sitemap-exercises.xml?p=9", status=404).status_code == 404
    assert xml(client, "/sitemap-exercises.xml?p=x", status=404).status_code == 404
    assert xml(client, "/sitemap-nothing.xml", status=404).status_code == 404


def queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_index_and_its_sitemaps_cost_the_same_queries_as_the_library_grows(client, settings):
    settings.SITEMAP_SECTION_LIMIT = 5
    urls = ["/sitemap.xml", "/sitemap-exercises.xml", "/sitemap-exercises.xml?p=2", "/sitemap-studies.xml"]
    before = [queries(client, url) for url in urls]
    grow_the_library(30)
    assert Exercise.objects.published().count() > 40
    assert [queries(client, url) for url in urls] == before
