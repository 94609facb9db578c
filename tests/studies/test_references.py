"""A page numbers its citations in reading order and lists the studies, each with its evidence type, at its foot."""

import pytest
from django.template.loader import render_to_string

from core.markup import render_markdown
from studies.models import Study
from studies.references import ReferenceList

pytestmark = pytest.mark.django_db


def make_study(slug, design=Study.Design.OTHER, **fields):
    return Study.objects.create(
        slug=slug,
        authors=fields.pop("authors", "Tester A, Tester B"),
        title=fields.pop("title", f"A study called {slug}"),
        journal=fields.pop("journal", "J Test"),
        year=fields.pop("year", 2021),
        design=design,
        finding=fields.pop("finding", "Something grew."),
        **fields,
    )


@pytest.fixture
def studies():
    return {
        "maeo-2021": make_study("maeo-2021", Study.Design.WITHIN_PARTICIPANT, authors="Maeo S, Huang M, Wu Y"),
        "kubo-2019": make_study("kubo-2019", Study.Design.RANDOMISED_TRIAL, authors="Kubo K, Ikebukuro T"),
    }


def test_citations_number_in_reading_order_across_fragments(studies):
    references = ReferenceList()
    first = references.number(render_markdown("Seated curls grew more [@maeo-2021]."))
    second = references.number(render_markdown("Squats did not [@kubo-2019], see also [@maeo-2021]."))
    assert '<a href="#ref-maeo-2021" aria-label="Reference 1">[1]</a>' in first
    assert '<a href="#ref-kubo-2019" aria-label="Reference 2">[2]</a>' in second
    assert '<a href="#ref-maeo-2021" aria-label="Reference 1">[1]</a>' in second  # cited again: same number
    assert "[?]" not in first + second
    assert references.references == [(1, studies["maeo-2021"]), (2, studies["kubo-2019"])]


def test_the_studies_are_fetched_with_one_query_when_the_list_is_read(studies, django_assert_num_queries):
    references = ReferenceList()
    with django_assert_num_queries(0):
        references.number(render_markdown("A [@kubo-2019]."))
        references.number(render_markdown("B [@maeo-2021] and [@kubo-2019]."))
    with django_assert_num_queries(1):
        assert [study.slug for study in references.studies] == ["kubo-2019", "maeo-2021"]
    with django_assert_num_queries(0):
        assert [number for number, _ in references.references] == [1, 2]


def test_a_page_without_citations_asks_for_no_studies(django_assert_num_queries):
    references = ReferenceList()
    with django_assert_num_queries(0):
        assert references.number(render_markdown("No claims here.")) == "<p>No claims here.</p>"
        assert references.references == []


def test_a_citation_of_an_unknown_study_is_left_out_of_the_list(studies):
    """Editors cannot save such a citation (``CitesStudies.clean``); text written around the admin lists no ghost."""
    references = ReferenceList()
    references.number(render_markdown("Claim [@no-such-study], then [@kubo-2019]."))
    assert [study.slug for _, study in references.references] == ["kubo-2019"]


def test_the_list_shows_each_study_with_its_evidence_type_and_a_link_to_its_page(studies):
    references = ReferenceList()
    references.number(render_markdown("[@maeo-2021] and [@kubo-2019]"))
    html = render_to_string("includes/references.html", {"references": references.references})
    maeo = html.index('<li id="ref-maeo-2021" value="1">')
    kubo = html.index('<li id="ref-kubo-2019" value="2">')
    assert maeo < kubo
    assert '<span class="evidence">Within-participant trial.</span> Maeo S, Huang M, Wu Y.' in html[maeo:kubo]
    assert '<span class="evidence">Randomised trial.</span> Kubo K, Ikebukuro T.' in html[kubo:]
    assert '<a href="/studies/maeo-2021/">About this study</a>' in html[maeo:kubo]


def test_no_references_no_list():
    assert render_to_string("includes/references.html", {"references": []}).strip() == ""
