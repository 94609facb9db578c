"""The admin preview renders Markdown as a page would, numbering citations across fields."""

from types import SimpleNamespace

from core.preview import build_preview

STUDIES = {slug: SimpleNamespace(slug=slug) for slug in ["maeo-2021", "kubo-2019"]}


def find_studies(slugs):
    return [STUDIES[slug] for slug in slugs if slug in STUDIES]


def test_citations_are_numbered_in_reading_order_across_fields():
    preview = build_preview(
        [("Description", "First [@kubo-2019]."), ("Verdict", "Then [@maeo-2021] and again [@kubo-2019].")],
        find_studies,
    )
    (_, description), (_, verdict) = preview.sections
    assert 'aria-label="Reference 1">[1]</a>' in description and "#ref-kubo-2019" in description
    assert 'href="#ref-maeo-2021" aria-label="Reference 2">[2]</a>' in verdict
    assert 'href="#ref-kubo-2019" aria-label="Reference 1">[1]</a>' in verdict
    assert [(number, study.slug) for number, study in preview.references] == [(1, "kubo-2019"), (2, "maeo-2021")]


def test_unknown_studies_show_a_visible_marker_and_no_reference():
    preview = build_preview([("Text", "See [@nobody-2099].")], find_studies)
    assert 'citation-unknown">[?]</sup>' in preview.sections[0][1]
    assert preview.references == []


def test_empty_fields_are_left_out_and_html_is_sanitised():
    preview = build_preview([("Cues", ""), ("Text", "<script>alert(1)</script>**ok**")], lambda slugs: [])
    assert [label for label, _ in preview.sections] == ["Text"]
    assert "<script>" not in preview.sections[0][1] and "<strong>ok</strong>" in preview.sections[0][1]


def test_no_lookup_without_citations():
    def refuse(slugs):
        raise AssertionError("looked up studies for text without citations")

    assert build_preview([("Text", "Plain.")], refuse).sections == [("Text", "<p>Plain.</p>")]
