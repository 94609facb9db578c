"""Editor Markdown becomes safe HTML, with each citation left as a marker for the page to number.

Numbering and the reference list are ``studies.references`` (tests/studies/test_references.py).
"""

import sys

import pytest
from django.apps import apps

from articles.models import MuscleGroup
from core.markup import (
    CITATION_MARKER,
    HELP_TEXT,
    MARKDOWN_NESTING_LIMIT,
    MARKDOWN_WORK_LIMIT,
    anchor_subheadings,
    citations_in_attributes,
    cited_keys,
    markdown_nesting,
    markdown_work,
    removed_markup,
    rename_citation,
    render_markdown,
    subheadings,
)
from core.models import RenderedMarkdownModel
from core.preview import build_preview
from pages.models import Page
from tests.admin_forms import admin_url, form_data


def test_markdown_renders_emphasis_lists_and_tables():
    html = render_markdown("**Strong** and *soft*\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    assert "<strong>Strong</strong>" in html
    assert "<em>soft</em>" in html
    assert "<li>one</li>" in html
    assert "<table>" in html and "<td>1</td>" in html


def test_a_tables_column_alignment_survives_sanitising():
    """Python-Markdown wrote it as a style attribute, which sanitising removed without a word."""
    html = render_markdown("| Exercise | Sets |\n|:---|---:|\n| Squat | 4 |")
    assert '<th align="left">Exercise</th>' in html and '<td align="right">4</td>' in html
    assert "style=" not in html


def test_script_tags_never_survive():
    html = render_markdown('Hello <script>alert("x")</script> world')
    assert "<script" not in html
    assert "alert(" not in html


def test_event_handler_attributes_are_stripped():
    html = render_markdown('<img src="x" onerror="alert(1)"> <a href="/" onclick="steal()">link</a>')
    assert "onerror" not in html
    assert "onclick" not in html
    assert "<img" not in html


def test_javascript_links_are_removed():
    html = render_markdown("[click](javascript:alert(1))")
    assert "javascript:" not in html


def test_cited_keys_are_listed_once_in_order_of_first_citation():
    assert cited_keys("A [@b-2020] then [@a-2019] and [@b-2020] again") == ["b-2020", "a-2019"]


def test_citations_become_unnumbered_markers_for_the_page_to_number():
    html = render_markdown("Seated curls grew more [@maeo-2021].")
    assert html == '<p>Seated curls grew more <sup class="citation"><a href="#ref-maeo-2021">[?]</a></sup>.</p>'
    assert CITATION_MARKER.findall(html) == ["maeo-2021"]


def test_citation_syntax_cannot_smuggle_markup():
    html = render_markdown('[@x"><script>alert(1)</script>]')
    assert "<script" not in html


def test_rename_citation_changes_only_that_exact_citation():
    text = "A [@maeo-2021], B [@maeo-2021b], C [@maeo-2021] and maeo-2021 in prose."
    assert rename_citation(text, "maeo-2021", "maeo-2022") == (
        "A [@maeo-2022], B [@maeo-2021b], C [@maeo-2022] and maeo-2021 in prose."
    )


@pytest.mark.parametrize(
    "text",
    [
        '[a study](https://example.org/paper "see [@maeo-2021]")',
        "[a study](https://example.org/[@maeo-2021])",
        "[a study](<https://example.org/?cite=[@maeo-2021]>)",
    ],
)
def test_a_citation_inside_a_link_address_or_title_never_breaks_the_html(text):
    html = render_markdown(text + " and [@kubo-2019].")
    assert 'class="citation"' not in html.split("</a>", 1)[0]
    assert html.count("<a ") == 2  # the link, and the one real citation's marker
    assert CITATION_MARKER.findall(html) == ["kubo-2019"]
    assert citations_in_attributes(text) == ["maeo-2021"]


def test_citations_in_text_are_not_in_attributes():
    assert citations_in_attributes("See [@maeo-2021] and [a link](https://example.org).") == []


def test_editor_headings_nest_under_the_pages_own_section_headings():
    html = render_markdown("# Big\n\n## Why\n\n### Detail\n\n#### Finer")
    assert "<h3>Big</h3>" in html and "<h3>Why</h3>" in html
    assert "<h4>Detail</h4>" in html and "<h5>Finer</h5>" in html
    assert "<h1" not in html and "<h2" not in html


def test_raw_html_headings_are_shifted_too():
    assert "<h3>Sneaky</h3>" in render_markdown("<h2>Sneaky</h2>\n\nText")


def test_subheadings_get_unique_anchors_for_on_this_page():
    html = render_markdown("## Why *it* works [@maeo-2021]\n\nText.\n\n## Why it works", anchor_prefix="wrap-up")
    assert '<h3 id="wrap-up-why-it-works">Why <em>it</em> works <sup class="citation">' in html
    assert '<h3 id="wrap-up-why-it-works-2">Why it works</h3>' in html
    assert subheadings(html) == [("wrap-up-why-it-works", "Why it works"), ("wrap-up-why-it-works-2", "Why it works")]


def test_repeated_headings_are_numbered_as_before_even_when_a_number_is_taken():
    html = render_markdown("## H\n\n## H 2\n\n## H\n\n## H\n\n## H 2\n\n## Section\n\n## !", anchor_prefix="x")
    assert [anchor_id for anchor_id, _ in subheadings(html)] == [
        "x-h",
        "x-h-2",
        "x-h-3",
        "x-h-4",
        "x-h-2-2",
        "x-section",
        "x-section-2",
    ]


def lines_run_in(function_name, call):
    """How many lines of Python ``call()`` runs in functions named ``function_name``: the work, not the time."""
    count = 0

    def count_lines(frame, event, arg):
        nonlocal count
        count += event == "line"
        return count_lines

    def trace(frame, event, arg):
        return count_lines if frame.f_code.co_name == function_name else None

    before = sys.gettrace()
    sys.settrace(trace)
    try:
        call()
    finally:
        sys.settrace(before)
    return count


def test_numbering_repeated_headings_is_linear_in_their_number():
    """Each repeated heading restarted at -2: 10,000 "## h" took 13 s to render, 20,000 a minute."""
    html = "".join("<h3>h</h3>" for _ in range(2000))
    assert lines_run_in("anchor", lambda: anchor_subheadings(html, "x")) < 20 * 2000
    assert anchor_subheadings(html, "x").endswith('<h3 id="x-h-2000">h</h3>')


def test_the_help_text_no_longer_suggests_a_section_level_heading():
    assert "'## '" in HELP_TEXT and "On this page" in HELP_TEXT


def test_a_citation_in_a_links_text_goes_after_the_link_never_inside_it():
    html = render_markdown("See [the volume study [@maeo-2021]](https://example.org/paper) for more.")
    link, after = html.split("</a>", 1)
    assert "citation" not in link and "[@" not in link  # no link inside a link (invalid HTML)
    assert after.startswith('<sup class="citation"><a href="#ref-maeo-2021">')
    assert CITATION_MARKER.findall(html) == ["maeo-2021"]


# Brackets: Python-Markdown's time grows with each paragraph's "[" count times its length.

UNCLOSED_LINKS = "[a](" * 3000 + " <script>alert(1)</script>"


def test_a_text_of_unclosed_brackets_is_shown_as_plain_escaped_text_without_markdown():
    assert markdown_work(UNCLOSED_LINKS) > MARKDOWN_WORK_LIMIT
    assert render_markdown(UNCLOSED_LINKS) == "<p>" + "[a](" * 3000 + " &lt;script&gt;alert(1)&lt;/script&gt;</p>"


def test_the_work_counts_each_paragraph_apart():
    paragraph = "[a](" * 50 + "x" * 4800
    assert markdown_work(paragraph) == 50 * 5000
    assert markdown_work("\n\n".join([paragraph] * 10)) == 10 * 50 * 5000  # ten times, not a hundred


def seeded_markdown_texts():
    """Every Markdown text of the seed content, of every model that renders Markdown."""
    return [
        getattr(obj, name)
        for model in apps.get_models()
        if issubclass(model, RenderedMarkdownModel)
        for obj in model.objects.all()
        for name in model.markdown_fields
    ]


@pytest.mark.django_db
def test_the_seed_content_is_far_below_the_limit(seeded):
    texts = seeded_markdown_texts()
    assert len(texts) > 50
    assert max(markdown_work(text) for text in texts) < MARKDOWN_WORK_LIMIT / 100


def post_guide_form(client, changes):
    """Post the hamstrings guide's admin form with ``changes``; the response and the guide as stored after."""
    guide = MuscleGroup.objects.get(slug="hamstrings")
    url = admin_url(MuscleGroup, "change", guide.pk)
    response = client.post(url, {**form_data(client.get(url)), **changes})
    guide.refresh_from_db()
    return response, guide


@pytest.mark.django_db
def test_an_editor_is_told_to_close_the_brackets_and_nothing_is_saved(editor_client, seeded):
    response, guide = post_guide_form(editor_client, {"introduction": UNCLOSED_LINKS})
    assert response.status_code == 200
    assert "This text has too many square brackets for its length" in response.content.decode()
    assert "[a](" not in guide.introduction


# Nesting: Python-Markdown parses a list or quote inside another by calling itself.

DEEP_LISTS = ["- " * 1000 + "x", "1. " * 1000 + "x", "\n".join("    " * level + "- x" for level in range(300))]


@pytest.mark.parametrize("text", DEEP_LISTS, ids=["bullets", "numbers", "indents"])
def test_lists_nested_past_the_limit_render_as_plain_text_on_pages_and_in_previews(text):
    """ "- " * 1000 ran out of Python's stack (RecursionError) when rendered."""
    assert markdown_nesting(text) > MARKDOWN_NESTING_LIMIT
    html = render_markdown(text)
    assert html.startswith("<p>") and "<ul>" not in html and "<ol>" not in html
    assert build_preview([("Body", text)]).sections == [("Body", html)]
    assert removed_markup(text) == []


def test_lists_nested_to_the_limit_still_render_as_lists():
    assert render_markdown("- " * MARKDOWN_NESTING_LIMIT + "x").count("<ul>") == MARKDOWN_NESTING_LIMIT
    assert (
        markdown_nesting(
            "- one\n    - two\n        1. three\n\n> quoted\n\n* * * * * * * * * * * * * * * * * * * * * *"
        )
        == 3
    )


@pytest.mark.django_db
@pytest.mark.parametrize("text", DEEP_LISTS[:2], ids=["bullets", "numbers"])
def test_an_editor_is_told_to_flatten_lists_nested_too_deep_and_nothing_is_saved(editor_client, seeded, text):
    about = Page.objects.get(slug="about")
    url = admin_url(Page, "change", about.pk)
    response = editor_client.post(url, {**form_data(editor_client.get(url)), "body": text})
    assert response.status_code == 200
    assert f"This text nests lists or quotes more than {MARKDOWN_NESTING_LIMIT} deep" in response.content.decode()
    assert Page.objects.get(pk=about.pk).body == about.body


@pytest.mark.django_db
def test_the_seed_content_nests_lists_far_less_deep_than_the_limit(seeded):
    assert max(markdown_nesting(text) for text in seeded_markdown_texts()) <= 3


# "<" before a letter and heading lines cost their count times their paragraph's length too.

TAGS_OR_HEADINGS = ["<http://" * 1000, "<a " * 2000, "## h\n" * 1000, "x\n---\n" * 1000]
TAGS_OR_HEADINGS_IDS = ["autolinks", "tags", "headings", "underlined-headings"]


@pytest.mark.parametrize("text", TAGS_OR_HEADINGS, ids=TAGS_OR_HEADINGS_IDS)
def test_a_paragraph_of_unclosed_tags_or_heading_lines_is_over_the_limit_and_shown_as_plain_text(text):
    """ "<http://" * 6000 took 6 s to save and "<a " * 6700 8 s; "## h\n" * 10000 4 s after numbering its anchors."""
    assert markdown_work(text) > MARKDOWN_WORK_LIMIT
    html = render_markdown(text, anchor_prefix="body")
    assert html.startswith("<p>") and "<h3" not in html and "<a" not in html


def test_tags_autolinks_and_headings_of_ordinary_texts_are_far_below_the_limit():
    text = "## Why\nIt works.\n\n" * 50 + "H<sub>2</sub>O, <https://example.org>, <abbr>RIR</abbr>, a < b. " * 20
    assert markdown_work(text) < MARKDOWN_WORK_LIMIT / 10  # sixty tags in one paragraph of 1,220 characters


@pytest.mark.django_db
@pytest.mark.parametrize("text", TAGS_OR_HEADINGS, ids=TAGS_OR_HEADINGS_IDS)
def test_an_editor_is_told_to_close_tags_or_space_headings_and_nothing_is_saved(editor_client, seeded, text):
    response, guide = post_guide_form(editor_client, {"introduction": text})
    assert response.status_code == 200
    assert "This text has too many &lt; signs or heading lines for the length of their paragraphs" in (
        response.content.decode()
    )
    assert guide.introduction != text


# HTML that sanitising removes: the editor is told, instead of the page silently showing less.


@pytest.mark.parametrize(
    "text,removed",
    [
        ('Hello <script>alert("x")</script> world', ["<script>"]),
        ("<iframe src=https://example.org/video></iframe>", ["<iframe>"]),
        ('<a href="/" onclick="steal()">link</a>', ["the onclick attribute of <a>"]),
        ("<p class='lead'>Hi</p>", ["the class attribute of <p>"]),
        ("[click](javascript:alert(1)) [again](JavaScript:alert(2))", ["a javascript: link"]),
        ("![A chart](chart.png)", ["an image"]),
        ("<div>one</div> <script></script> <div>two</div>", ["<div>", "<script>"]),
    ],
)
def test_what_sanitising_would_remove_is_named(text, removed):
    assert removed_markup(text) == removed


@pytest.mark.parametrize(
    "text",
    [
        "**Bold**, *soft*, [a link](https://example.org), [mail](mailto:a@example.org), [home](/guides/) [@maeo-2021]",
        "`<script>` in code, a < b, 3 > 2, <https://example.org>",
        '# A heading\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n<abbr title="range of motion">ROM</abbr>',
        "",
    ],
)
def test_markdown_that_renders_as_written_removes_nothing(text):
    assert removed_markup(text) == []


@pytest.mark.django_db
def test_the_seed_content_removes_nothing(seeded):
    for model in apps.get_models():
        if issubclass(model, RenderedMarkdownModel):
            for obj in model.objects.all():
                assert all(removed_markup(getattr(obj, name)) == [] for name in model.markdown_fields), obj


@pytest.mark.django_db
def test_an_editor_is_told_what_html_readers_would_not_see_and_nothing_is_saved(editor_client, seeded):
    """The script, the video and the handler were dropped from the page while the admin said "changed"."""
    changes = {
        "wrap_up": 'Watch: <iframe src="https://example.org/v"></iframe> <a href="/" onclick="x()">here</a>',
        "exercise_links-0-reason": "Good. <script>alert(1)</script>",
    }
    response, guide = post_guide_form(editor_client, changes)
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "Not accepted here: &lt;iframe&gt;, the onclick attribute of &lt;a&gt;. The text is written in Markdown, "
        "not HTML: for a video or a picture, give a link to it ([words](https://...)); for emphasis, **bold** or "
        "*italic*. Or delete it." in html
    )
    assert "Not accepted here: &lt;script&gt;. The text is written in Markdown" in html
    assert "iframe" not in guide.wrap_up
    assert not guide.exercise_links.filter(reason__contains="script").exists()


@pytest.mark.django_db
def test_a_citation_in_a_summary_is_refused_as_readers_would_see_the_brackets(editor_client, seeded):
    """Summaries are plain text: "[@maeo-2021]" showed on the home page and in search results as typed."""
    response, guide = post_guide_form(editor_client, {"summary": "Seated curls grow them more [@maeo-2021]."})
    assert response.status_code == 200
    assert "Citations work only in the longer texts written in Markdown" in response.content.decode()
    assert "[@" not in guide.summary


@pytest.mark.django_db
def test_no_seeded_plain_field_holds_a_citation(seeded):
    for model in apps.get_models():
        if issubclass(model, RenderedMarkdownModel):
            for obj in model.objects.all():
                obj.clean()  # raises ValidationError on a citation in a plain field
