"""The admin preview renders Markdown as a page would, numbering citations across fields."""

import pytest

from articles.models import MuscleGroup
from core.preview import build_preview
from studies.models import Study
from studies.references import ReferenceList
from tests.admin_forms import form_data


@pytest.fixture
def studies(db):
    for slug in ["maeo-2021", "kubo-2019"]:
        Study.objects.create(slug=slug, authors="Tester A", title=slug, journal="J Test", year=2020, finding="Grew.")


def test_citations_are_numbered_in_reading_order_across_fields(studies):
    preview = build_preview(
        [("Description", "First [@kubo-2019]."), ("Verdict", "Then [@maeo-2021] and again [@kubo-2019].")],
        ReferenceList(),
    )
    (_, description), (_, verdict) = preview.sections
    assert 'href="#ref-kubo-2019" aria-label="Reference 1">[1]</a>' in description
    assert 'href="#ref-maeo-2021" aria-label="Reference 2">[2]</a>' in verdict
    assert 'href="#ref-kubo-2019" aria-label="Reference 1">[1]</a>' in verdict
    assert [(number, study.slug) for number, study in preview.references] == [(1, "kubo-2019"), (2, "maeo-2021")]


def test_unknown_studies_get_no_reference(studies):
    preview = build_preview([("Text", "See [@nobody-2099] and [@maeo-2021].")], ReferenceList())
    assert [study.slug for _, study in preview.references] == ["maeo-2021"]


def test_without_a_reference_list_citations_stay_unnumbered_markers():
    """Content that cannot cite studies has no reference list (``MarkdownPreviewMixin.reference_list``)."""
    preview = build_preview([("Text", "See [@maeo-2021].")])
    assert preview.sections == [("Text", '<p>See <sup class="citation"><a href="#ref-maeo-2021">[?]</a></sup>.</p>')]
    assert preview.references == []


def test_empty_fields_are_left_out_and_html_is_sanitised():
    preview = build_preview([("Cues", ""), ("Steps", "  \n"), ("Text", "<script>alert(1)</script>**ok**")])
    assert [label for label, _ in preview.sections] == ["Text"]
    assert "<script>" not in preview.sections[0][1] and "<strong>ok</strong>" in preview.sections[0][1]


def test_no_lookup_without_citations(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        preview = build_preview([("Text", "Plain.")], ReferenceList())
    assert preview.sections == [("Text", "<p>Plain.</p>")]
    assert preview.references == []


def test_an_editor_previewing_a_mistyped_citation_is_told_which_slug_is_unknown(admin_client, seeded):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    url = f"/admin/articles/musclegroup/{guide.pk}/change/"
    data = form_data(admin_client.get(url))
    data.update(wrap_up="Sit for your curls [@maeo-2012].", _preview="Preview")
    response = admin_client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Preview: nothing is saved yet" in html
    assert "No study has the slug maeo-2012. Add the study first, or correct the citation." in html
    assert 'id="ref-maeo-2012"' not in html  # no reference for a study that does not exist
    guide.refresh_from_db()
    assert "maeo-2012" not in guide.wrap_up
