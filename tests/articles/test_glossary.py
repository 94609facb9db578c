"""The glossary page, its terms linked from the guides, and editors writing terms in the admin."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles import glossary
from articles.glossary import seconds_to_keep
from articles.models import GlossaryTerm
from tests.admin_forms import admin_url, form_data
from tests.factories import future

pytestmark = pytest.mark.usefixtures("seeded")

REQUIRED_TERMS = ["hip-hinge", "concentric", "eccentric", "reps-in-reserve", "biarticular"]


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_glossary_page_defines_each_seeded_term_at_its_anchor(client):
    html = page_text(client, "/glossary/")
    assert "<h1>Glossary</h1>" in html
    for slug in REQUIRED_TERMS:
        term = GlossaryTerm.objects.get(slug=slug)
        assert term.is_public
        assert f'<dt id="{slug}">' in html
        assert term.definition_html in html


def test_the_seed_is_idempotent_and_keeps_an_editors_words(db):
    from django.core.management import call_command

    GlossaryTerm.objects.filter(slug="eccentric").update(definition="Edited.")
    count = GlossaryTerm.objects.count()
    call_command("seed_content", stdout=__import__("io").StringIO())
    assert GlossaryTerm.objects.count() == count
    assert GlossaryTerm.objects.get(slug="eccentric").definition == "Edited."


def test_every_page_links_the_glossary_from_the_footer_and_the_sitemap_lists_it(client):
    assert 'href="/glossary/">Glossary</a>' in page_text(client, "/")
    assert "/glossary/</loc>" in page_text(client, "/sitemap.xml")


def test_the_guide_links_the_first_use_of_a_term_only(client):
    html = page_text(client, "/guides/hamstrings/")
    assert html.count('href="/glossary/#hip-hinge"') == 1
    assert '<a class="term" href="/glossary/#hip-hinge">hip hinge</a>' in html


def test_the_page_header_and_contents_are_not_linked(client):
    html = page_text(client, "/exercises/romanian-deadlift/")
    summary_line = html[html.index('<p class="lead">') :].split("</p>")[0]
    assert "hip hinge" in summary_line and "glossary" not in summary_line


def test_the_workout_links_reps_in_reserve(client):
    assert page_text(client, "/workouts/hamstring-workout/").count('href="/glossary/#reps-in-reserve"') == 1


def test_a_draft_or_scheduled_term_is_neither_listed_nor_linked(client):
    GlossaryTerm.objects.filter(slug="hip-hinge").update(status=GlossaryTerm.Status.DRAFT)
    GlossaryTerm.objects.filter(slug="mri").update(published_at=future())
    cache.clear()
    glossary = page_text(client, "/glossary/")
    guide = page_text(client, "/guides/hamstrings/")
    assert 'id="hip-hinge"' not in glossary and 'id="mri"' not in glossary
    assert "/glossary/#hip-hinge" not in guide and "/glossary/#mri" not in guide


def test_a_term_an_editor_adds_in_the_admin_is_linked_at_once(editor_client, client):
    page_text(client, "/guides/hamstrings/")  # the terms are cached now
    url = admin_url(GlossaryTerm, "add")
    data = {
        **form_data(editor_client.get(url)),
        "term": "Knee flexion",
        "slug": "knee-flexion",
        "also_matches": "flexes the knee",
        "definition": "Bending the knee.",
        "status": "published",
    }
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert '<dt id="knee-flexion">Knee flexion</dt>' in page_text(client, "/glossary/")
    assert 'href="/glossary/#knee-flexion"' in page_text(client, "/guides/hamstrings/")


def test_a_spelling_already_used_by_another_term_is_refused_with_a_message(editor_client):
    url = admin_url(GlossaryTerm, "add")
    data = {**form_data(editor_client.get(url)), "term": "Hinge", "slug": "hinge", "also_matches": "Hip hinges"}
    data["definition"] = "Folding at the hips."
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "already links to the term “hip hinge”" in response.content.decode()
    assert not GlossaryTerm.objects.filter(slug="hinge").exists()


def test_a_definition_cannot_cite_a_study(editor_client):
    url = admin_url(GlossaryTerm, "add")
    data = {**form_data(editor_client.get(url)), "term": "Volume", "slug": "volume", "definition": "See [@maeo-2021]."}
    response = editor_client.post(url, data)
    assert response.status_code == 200 and "cite studies in the guides" in response.content.decode()


def test_with_the_cache_down_the_guide_still_links_its_terms(client, dead_cache):
    assert 'href="/glossary/#hip-hinge"' in page_text(client, "/guides/hamstrings/")


def test_the_term_list_is_read_again_when_a_scheduled_term_goes_public(client):
    """Pages re-rendered when its date comes (the page cache's new generation) must link it, not 60 s later."""
    cache.clear()
    GlossaryTerm.objects.filter(slug="mri").update(published_at=timezone.now() + timedelta(seconds=20))
    with mock.patch.object(glossary.cache, "set") as stored:
        assert "mri" not in dict(glossary.published_terms())
    (key, terms, seconds), _ = stored.call_args
    assert key == glossary.CACHE_KEY and 1 <= seconds <= 20
    assert seconds_to_keep([]) == glossary.CACHE_SECONDS


def test_a_turkish_capital_i_beside_a_term_does_not_take_the_page_down(client):
    """An exercise text with "HİP HİNGE" answered 500 (bad-input review)."""
    from exercises.models import Exercise

    Exercise.objects.filter(slug="squat").update(description_html="<p>A HİP HİNGE, then an iſolation.</p>")
    html = page_text(client, "/exercises/squat/")
    assert "HİP HİNGE" in html
