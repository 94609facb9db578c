"""Linking glossary terms where a page first uses them.

A page passes its reading text (rendered, sanitised HTML) through one
``GlossaryLinker``: the first time each published term, or one of its other
spellings, appears in running text it becomes a link to its definition on the
glossary page. Later mentions stay plain, and so does text inside headings,
links, code, navigation, buttons and drawings. Matching ignores case and
respects word boundaries, so "eccentric" does not match inside "eccentricity".

The terms are read once per minute at most, from the cache (one query when it
is cold, whatever the page holds), and dropped from it whenever a term is saved
or deleted (``apps.ArticlesConfig.ready``), or when the page cache replays a
refresh the cache missed.
"""

import logging
import math
import re
from functools import lru_cache

from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from core import fail_safe, page_cache
from core.markup import HTML_TAG

logger = logging.getLogger(__name__)

CACHE_KEY = "glossary:terms"
CACHE_SECONDS = 60
# Text inside these elements is never linked: a term there is a heading, already a link, code, a control or a drawing.
SKIPPED_ELEMENTS = frozenset(
    {"a", "button", "code", "h1", "h2", "h3", "h4", "h5", "h6", "kbd", "label", "nav", "pre", "script",
     "select", "style", "svg", "textarea", "title"}
)  # fmt: skip
# A comment, or a tag opening or closing a skipped element (attribute values may hold ">" inside quotes).
SKIPPED_MARKUP = re.compile(
    rf"<!--.*?-->|<(/?)({'|'.join(sorted(SKIPPED_ELEMENTS))})(?![\w-])(?:[^>\"]|\"[^\"]*\")*>",
    re.DOTALL | re.IGNORECASE,
)


def published_terms():
    """``[(slug, [spellings])]`` of the published terms, from the cache when it has them.

    A cache that is down costs a query, never the page (``core.fail_safe``).
    """
    terms = fail_safe.attempt(
        fail_safe.CACHE, logger, "Glossary terms read without the cache", lambda: cache.get(CACHE_KEY)
    )
    if terms is None:
        from .models import GlossaryTerm

        every = GlossaryTerm.objects.only("slug", "term", "also_matches", "status", "published_at")
        terms = [(term.slug, term.spellings) for term in every if term.publication_state == "published"]
        seconds = seconds_to_keep([term.published_at for term in every if term.publication_state == "scheduled"])
        fail_safe.attempt(
            fail_safe.CACHE, logger, "Glossary terms not cached", lambda: cache.set(CACHE_KEY, terms, seconds)
        )
    return terms


def seconds_to_keep(scheduled_dates):
    """``CACHE_SECONDS``, or less so the list is read again when the first scheduled term goes public.

    Pages re-rendered at that moment (the page cache's new generation) must link it.
    """
    if not scheduled_dates:
        return CACHE_SECONDS
    until = (min(scheduled_dates) - timezone.now()).total_seconds()
    return max(1, min(CACHE_SECONDS, math.ceil(until)))


def forget_terms(**kwargs):
    """Drop the cached terms, so the next page links what was just saved.

    If the cache fails, or rests after failing, the page cache owes a refresh, whose replay drops them
    (``page_cache.owe_refresh``): pages rendered once it answers again must not be stored with the old terms.
    """
    if fail_safe.resting(fail_safe.CACHE):
        page_cache.owe_refresh()
        return
    try:
        cache.delete(CACHE_KEY)
    except Exception as error:
        fail_safe.warn(logger, fail_safe.CACHE, "Glossary terms not dropped from the cache", error)
        page_cache.owe_refresh()


page_cache.replay_drops(CACHE_KEY)


SPACES = r"\s+"  # between the words of a spelling: a term may be split over two lines


@lru_cache(maxsize=8)
def compiled(terms):
    """One pattern matching any spelling (longest first), and the slug of each of its groups, one group per spelling.

    The group a match fills names its term. Matching the text against a table of lower-cased spellings would not:
    matched regardless of case, "HİP HİNGE" or "reſerve" is no spelling lower-cased ("i̇" has two characters).
    """
    slugs = {}
    for slug, spellings in terms:
        for spelling in spellings:
            slugs.setdefault(" ".join(spelling.lower().split()), slug)
    if not slugs:
        return None, []
    alternatives = sorted(slugs, key=len, reverse=True)
    words = "|".join(
        f"(?P<s{number}>{SPACES.join(map(re.escape, spelling.split()))})"
        for number, spelling in enumerate(alternatives)
    )
    # The look-ahead for a first letter lets the engine pass over most places at once (twice as fast on a guide).
    first_letters = re.escape("".join(sorted({spelling[0] for spelling in slugs})))
    pattern = re.compile(rf"(?<![\w-])(?=[{first_letters}])(?:{words})(?![\w])", re.IGNORECASE)
    return pattern, [slugs[spelling] for spelling in alternatives]


class GlossaryLinker:
    """Links each term once per page: build one for the page and pass its texts through ``link`` in reading order.

    ``link`` looks for the terms first and checks only where they occur, rather than walking
    every tag of the page: a guide page has hundreds of tags and a dozen uses of terms.
    """

    def __init__(self, terms, glossary_url=None):
        self.pattern, self.group_slugs = compiled(tuple((slug, tuple(spellings)) for slug, spellings in terms))
        self.glossary_url = glossary_url if glossary_url is not None else reverse("articles:glossary")
        self.linked = set()
        self.term_count = len(set(self.group_slugs))

    def link(self, html):
        if not self.pattern or not html or len(self.linked) == self.term_count:
            return html
        parts, done = [], 0
        for start, end in SkippedText(html).running_text():
            for match in self.pattern.finditer(html, start, end):
                slug = self.group_slugs[int(match.lastgroup[1:])]
                if slug in self.linked or self.in_tag(html, match.start()):
                    continue
                self.linked.add(slug)
                link = f'<a class="term" href="{self.glossary_url}#{slug}">{match.group(0)}</a>'
                parts += [html[done : match.start()], link]
                done = match.end()
                if len(self.linked) == self.term_count:
                    return "".join(parts) + html[done:]
        return "".join(parts) + html[done:] if parts else html

    @staticmethod
    def in_tag(html, position):
        """Is ``position`` inside a tag (an attribute's value, say) rather than in text?"""
        tag_start = html.rfind("<", 0, position)
        tag = HTML_TAG.match(html, tag_start) if tag_start >= 0 else None
        return tag is not None and tag.end() > position


class SkippedText:
    """Where in ``html`` a term is not running text: inside a comment or a skipped element (tags are checked apart)."""

    def __init__(self, html):
        self.html = html
        self.starts, self.ends = [], []  # the skipped parts, outermost only, in order
        open_skipped, start = [], 0
        for match in SKIPPED_MARKUP.finditer(html):
            closing, name = match.group(1), match.group(2)
            if name is None:  # a comment
                if not open_skipped:
                    self.add(match.start(), match.end())
                continue
            name = name.lower()
            if match.group(0).endswith("/>"):
                continue
            if not closing:
                if not open_skipped:
                    start = match.start()
                open_skipped.append(name)
            elif name in open_skipped:
                del open_skipped[len(open_skipped) - 1 - open_skipped[::-1].index(name) :]
                if not open_skipped:
                    self.add(start, match.end())
        if open_skipped:
            self.add(start, len(html))

    def add(self, start, end):
        self.starts.append(start)
        self.ends.append(end)

    def running_text(self):
        """``(start, end)`` of each stretch between the skipped parts, in order."""
        return zip([0, *self.ends], [*self.starts, len(self.html)], strict=True)
