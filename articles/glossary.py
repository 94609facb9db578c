"""Linking glossary terms where a page first uses them.

A page passes its reading text (rendered, sanitised HTML) through one
``GlossaryLinker``: the first time each published term, or one of its other
spellings, appears in running text it becomes a link to its definition on the
glossary page. Later mentions stay plain, and so does text inside headings,
links, code, navigation, buttons and drawings. Matching ignores case and
respects word boundaries, so "eccentric" does not match inside "eccentricity".

The terms are read once per minute at most, from the cache (one query when it
is cold, whatever the page holds), and dropped from it whenever a term is saved
or deleted (``apps.ArticlesConfig.ready``).
"""

import logging
import re
from functools import lru_cache

from django.core.cache import cache
from django.urls import reverse

from core import fail_safe
from core.markup import HTML_TAG

logger = logging.getLogger(__name__)

CACHE_KEY = "glossary:terms"
CACHE_SECONDS = 60
# Text inside these elements is never linked: a term there is a heading, already a link, code, a control or a drawing.
SKIPPED_ELEMENTS = frozenset(
    {"a", "button", "code", "h1", "h2", "h3", "h4", "h5", "h6", "kbd", "label", "nav", "pre", "script",
     "select", "style", "svg", "textarea", "title"}
)  # fmt: skip
TAG_NAME = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")
COMMENT = re.compile(r"(<!--.*?-->)", re.DOTALL)


def published_terms():
    """``[(slug, [spellings])]`` of the published terms, from the cache when it has them.

    A cache that is down costs a query, never the page (``core.fail_safe``).
    """
    terms = fail_safe.attempt("cache", logger, "Glossary terms read without the cache", lambda: cache.get(CACHE_KEY))
    if terms is None:
        from .models import GlossaryTerm

        published = GlossaryTerm.objects.published().only("slug", "term", "also_matches")
        terms = [(term.slug, term.spellings) for term in published]
        fail_safe.attempt(
            "cache", logger, "Glossary terms not cached", lambda: cache.set(CACHE_KEY, terms, CACHE_SECONDS)
        )
    return terms


def forget_terms(**kwargs):
    """Drop the cached terms, so the next page links what was just saved."""
    try:
        cache.delete(CACHE_KEY)
    except Exception as error:
        fail_safe.warn(logger, "cache", "Glossary terms not dropped from the cache", error)


@lru_cache(maxsize=8)
def compiled(terms):
    """One pattern matching any spelling (longest first) and, per lowercased spelling, its term's slug."""
    slugs = {}
    for slug, spellings in terms:
        for spelling in spellings:
            slugs.setdefault(" ".join(spelling.lower().split()), slug)
    if not slugs:
        return None, slugs
    alternatives = sorted(slugs, key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, spelling.split())) for spelling in alternatives)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w])", re.IGNORECASE), slugs


class GlossaryLinker:
    """Links each term once per page: build one for the page and pass its texts through ``link`` in reading order."""

    def __init__(self, terms, glossary_url=None):
        self.pattern, self.slugs = compiled(tuple((slug, tuple(spellings)) for slug, spellings in terms))
        self.glossary_url = glossary_url if glossary_url is not None else reverse("articles:glossary")
        self.linked = set()

    def link(self, html):
        if not self.pattern or not html:
            return html
        open_skipped = []
        parts = []
        for chunk in COMMENT.split(html):
            if chunk.startswith("<!--"):
                parts.append(chunk)
                continue
            for part in HTML_TAG.split(chunk):
                if HTML_TAG.fullmatch(part):
                    self.follow(part, open_skipped)
                    parts.append(part)
                elif part and not open_skipped and len(self.linked) < len(set(self.slugs.values())):
                    parts.append(self.pattern.sub(self.replace, part))
                else:
                    parts.append(part)
        return "".join(parts)

    @staticmethod
    def follow(tag, open_skipped):
        """Keep ``open_skipped`` the stack of skipped elements the text is inside."""
        match = TAG_NAME.match(tag)
        if not match or tag.endswith("/>"):
            return
        closing, name = match.group(1), match.group(2).lower()
        if name not in SKIPPED_ELEMENTS:
            return
        if not closing:
            open_skipped.append(name)
        elif name in open_skipped:
            del open_skipped[len(open_skipped) - 1 - open_skipped[::-1].index(name) :]

    def replace(self, match):
        slug = self.slugs[" ".join(match.group(0).lower().split())]
        if slug in self.linked:
            return match.group(0)
        self.linked.add(slug)
        return f'<a class="term" href="{self.glossary_url}#{slug}">{match.group(0)}</a>'
