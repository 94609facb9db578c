"""Editor-written Markdown to safe HTML, with inline study citations.

Editors cite a study by its slug in square brackets, ``[@maeo-2021]``. Rendering
happens once, when the object is saved (see ``RenderedMarkdownModel``), and
produces sanitised HTML in which each citation is an unnumbered marker. A page
then numbers the markers of everything it shows in reading order with
``studies.references.ReferenceList``, so the same stored HTML serves every page
it appears on.
"""

import re
from html import escape, unescape
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown
import nh3
from django.utils.text import slugify

CITATION_KEY = r"[a-z0-9][a-z0-9-]*"
# Matches the editor's syntax in the (already sanitised) HTML text.
CITATION_SYNTAX = re.compile(r"\[@(" + CITATION_KEY + r")\]")
# A tag of nh3's output (attribute values always double-quoted), and the text between tags.
HTML_TAG = re.compile(r'(<(?:[^>"]|"[^"]*")*>)')
# Matches the marker that rendering leaves in stored HTML.
LINK_START = re.compile(r"<a[\s>]", re.IGNORECASE)
CITATION_MARKER = re.compile(r'<sup class="citation"><a href="#ref-(' + CITATION_KEY + r')">\[\?\]</a></sup>')

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "em",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"align"}, "td": {"align"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

HELP_TEXT = (
    "Markdown: **bold**, *italic*, [link text](https://example.org), "
    "lists with '- ', a subheading with '## ' (it sits under the page's own heading "
    "and is listed in 'On this page'). Cite a study with its slug in "
    "square brackets, e.g. [@maeo-2021]; it appears as a numbered reference. "
    "HTML and scripts are removed."
)
INLINE_HELP_TEXT = (
    "Markdown: **bold**, *italic*, [link text](https://example.org). Cite a study with its slug in "
    "square brackets, e.g. [@maeo-2021]; it appears as a numbered reference."
)


def cited_keys(text):
    """Study slugs cited in Markdown ``text``, in order of first appearance."""
    return list(dict.fromkeys(CITATION_SYNTAX.findall(text or "")))


def rename_citation(text, old_key, new_key):
    """``text`` with each citation of ``old_key`` changed to cite ``new_key``."""
    return (text or "").replace(f"[@{old_key}]", f"[@{new_key}]")


# Editor headings nest under the page's own: the page has its <h1> and an <h2> per section.
FIRST_EDITOR_LEVEL = 3
HEADING_TAG = re.compile(r"<(/?)h([1-6])>")
SUBHEADING = re.compile(r"<h3>(.*?)</h3>", re.DOTALL)
ANCHORED_SUBHEADING = re.compile(r'<h3 id="([\w-]+)">(.*?)</h3>', re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def shift_headings(html):
    """Editor ``#`` and ``##`` become <h3>, ``###`` <h4> and so on: never a level the page uses itself."""

    def shift(match):
        level = min(max(int(match.group(2)) + 1, FIRST_EDITOR_LEVEL), 6)
        return f"<{match.group(1)}h{level}>"

    return HEADING_TAG.sub(shift, html)


def anchor_subheadings(html, prefix):
    """Give each <h3> an id, ``<prefix>-<its words>``, unique in ``html``, so "On this page" can link to it.

    A repeated heading gets the first free of ``-2``, ``-3``...; each base remembers where it stopped, as
    restarting at 2 made 10,000 headings alike take 13 s.
    """
    taken, next_number = set(), {}

    def anchor(match):
        words = re.sub(r"\[\?\]", "", TAG.sub("", match.group(1)))
        base = f"{prefix}-{slugify(unescape(words)) or 'section'}"
        anchor_id, number = base, next_number.get(base, 2)
        while anchor_id in taken:
            anchor_id, number = f"{base}-{number}", number + 1
        next_number[base] = number
        taken.add(anchor_id)
        return f'<h3 id="{anchor_id}">{match.group(1)}</h3>'

    return SUBHEADING.sub(anchor, html)


def subheadings(html):
    """``[(id, text)]`` of the anchored <h3> headings in stored ``html``, for "On this page"."""
    return [
        (anchor_id, unescape(re.sub(r"\[(\?|\d+)\]", "", TAG.sub("", text))).strip())
        for anchor_id, text in ANCHORED_SUBHEADING.findall(html or "")
    ]


def render_markdown(text, anchor_prefix=""):
    """Render Markdown to sanitised HTML with unnumbered citation markers.

    Headings are shifted under the page's own (see ``shift_headings``); with
    ``anchor_prefix``, <h3> headings get ids for "On this page".
    """
    if not text:
        return ""
    html = place_citation_markers(_clean_html(text))
    return anchor_subheadings(html, anchor_prefix) if anchor_prefix else html


def citation_marker(key):
    """The unnumbered marker for a citation of ``key``; ``ReferenceList`` numbers it per page."""
    return f'<sup class="citation"><a href="#ref-{key}">[?]</a></sup>'


def place_citation_markers(html):
    """Replace each ``[@key]`` in the text between tags with its marker.

    The key pattern admits only [a-z0-9-], so a marker cannot carry markup. A citation written
    into a link's address or title would break the page, so tags are left alone; one written in
    a link's text goes just after the link, as a link inside a link is not HTML.
    """
    parts, held = [], []
    inside_link = False
    for part in HTML_TAG.split(html):
        if HTML_TAG.fullmatch(part):
            parts.append(part)
            if LINK_START.match(part):
                inside_link = True
            elif part.lower() == "</a>":
                inside_link = False
                parts += [citation_marker(key) for key in held]
                held = []
        elif inside_link:
            held += CITATION_SYNTAX.findall(part)
            parts.append(CITATION_SYNTAX.sub("", part))
        else:
            parts.append(CITATION_SYNTAX.sub(lambda match: citation_marker(match.group(1)), part))
    return "".join(parts)


def citations_in_attributes(text):
    """Study slugs cited inside a link's address or title, where no reference can appear."""
    if not text:
        return []
    tags = (part for part in HTML_TAG.split(_clean_html(text)) if HTML_TAG.fullmatch(part))
    return list(dict.fromkeys(key for tag in tags for key in CITATION_SYNTAX.findall(tag)))


# Python-Markdown looks for the end of each "[" through the rest of its paragraph: a paragraph of unclosed
# brackets costs their number times its length (500 of them before 49,500 characters took 6 s to render).
# So does each "<" before a letter (an HTML tag or a <https://...> link: "<http://" * 6000 took 6 s to save,
# "<a " * 6700 8 s), and each heading line, which the tables extension follows by splitting the rest of the
# paragraph again ("## h\n" * 10000 took 4 s, setext "x\n---\n" * 5000 3 s). A text with more of that work
# than this is refused when validated, and rendered as plain paragraphs.
MARKDOWN_WORK_LIMIT = 2_000_000
BLANK_LINE = re.compile(r"\n[ \t]*\n")
TAG_OR_HEADING_START = re.compile(r"<(?=[A-Za-z])|^ {0,3}(?:#|[-=*_][-=*_ \t]*$)", re.MULTILINE)
TOO_MUCH_MARKDOWN_WORK = (
    "This text has too many square brackets for its length ([ starts a link or a citation): close the brackets "
    "you opened, or split long paragraphs."
)
TOO_MANY_TAGS_OR_HEADINGS = (
    "This text has too many < signs or heading lines for the length of their paragraphs (< before a letter starts "
    "an HTML tag or a <https://...> link; a line starting with # or made of - or = is a heading or a rule): close "
    "the tags you opened, write 'less than' for <, or put a blank line after each heading."
)


def markdown_work(text):
    """For each paragraph of ``text``, its count of "[", "<" before a letter and heading lines, times its length,
    added up (see ``MARKDOWN_WORK_LIMIT``)."""
    return sum(
        (paragraph.count("[") + len(TAG_OR_HEADING_START.findall(paragraph))) * len(paragraph)
        for paragraph in BLANK_LINE.split(text or "")
    )


def too_much_work_message(text):
    """The message for a text over ``MARKDOWN_WORK_LIMIT``, naming what it holds most of."""
    if text.count("[") >= len(TAG_OR_HEADING_START.findall(text)):
        return TOO_MUCH_MARKDOWN_WORK
    return TOO_MANY_TAGS_OR_HEADINGS


# Python-Markdown parses a list or quote inside another by calling itself, a few calls a level: "- " * 1000
# ran out of Python's stack (RecursionError, a 500). A text nesting deeper than this is refused when validated,
# and rendered as plain paragraphs; lists in real texts nest two or three deep.
MARKDOWN_NESTING_LIMIT = 20
LINE_MARKERS = re.compile(r"[ \t]*(?:(?:[-*+]|\d+\.)[ \t]+|>[ \t]*)+")
MARKER = re.compile(r"[-*+>]|\d+\.")
HORIZONTAL_RULE = re.compile(r"[ \t]*(?:[-*_][ \t]*)+")
TOO_DEEPLY_NESTED = (
    f"This text nests lists or quotes more than {MARKDOWN_NESTING_LIMIT} deep (each '- ', '1. ' or '> ' that starts "
    "a line, or follows another, and each four spaces of indent open one more level): flatten the lists."
)


def markdown_nesting(text):
    """How deep a line of ``text`` could nest lists and quotes: a level per marker it starts with and per 4 columns
    of indent (Python-Markdown's tab length), the deepest line's (see ``MARKDOWN_NESTING_LIMIT``)."""
    deepest = 0
    for line in (text or "").expandtabs(4).splitlines():
        if HORIZONTAL_RULE.fullmatch(line):
            continue  # "- - -" or "* * *": a rule, not lists
        starts = LINE_MARKERS.match(line)
        markers = len(MARKER.findall(starts.group())) if starts else 0
        deepest = max(deepest, (len(line) - len(line.lstrip(" "))) // 4 + markers)
    return deepest


def markdown_refusal(text):
    """Why ``text`` cannot be rendered as Markdown, in a message for the editor, or "" when it can."""
    if markdown_work(text) > MARKDOWN_WORK_LIMIT:
        return too_much_work_message(text)
    if markdown_nesting(text) > MARKDOWN_NESTING_LIMIT:
        return TOO_DEEPLY_NESTED
    return ""


def markdown_html(text):
    """Markdown to HTML, headings shifted under the page's own: not yet sanitised."""
    return shift_headings(
        markdown.markdown(
            text,
            extensions=["tables", "sane_lists"],
            # A column's alignment as align="right", which sanitising keeps; it removes the default style="...".
            extension_configs={"tables": {"use_align_attribute": True}},
            output_format="html",
        )
    )


class RemovedMarkup(HTMLParser):
    """Reads rendered, unsanitised HTML and notes what sanitising would take out, in the editor's terms."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.removed = []

    def note(self, words):
        if words not in self.removed:
            self.removed.append(words)

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.note("an image" if tag == "img" else f"<{tag}>")
            return
        for name, value in attrs:
            scheme = urlsplit((value or "").strip()).scheme.lower() if name == "href" else ""
            if name not in ALLOWED_ATTRIBUTES.get(tag, ()):
                self.note(f"the {name} attribute of <{tag}>")
            elif scheme and scheme not in ALLOWED_URL_SCHEMES:
                self.note(f"a {scheme}: link")


def removed_markup(text):
    """What rendering ``text`` would silently drop (HTML tags, attributes, link schemes), or []."""
    if not text or markdown_refusal(text):
        return []
    parser = RemovedMarkup()
    parser.feed(markdown_html(text))
    parser.close()
    return parser.removed


def removed_markup_message(removed):
    return (
        "Not accepted here: "
        + ", ".join(removed)
        + ". The text is written in Markdown, not HTML: for a video or a picture, give a link to it "
        "([words](https://...)); for emphasis, **bold** or *italic*. Or delete it."
    )


def _clean_html(text):
    if markdown_refusal(text):
        html = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in BLANK_LINE.split(text))
        return nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES)
    return nh3.clean(
        markdown_html(text),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def render_inline_markdown(text):
    """``render_markdown`` for a one-sentence text shown inside a line: without its wrapping paragraph."""
    html = render_markdown(text).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html
