"""The reference search, in Python: every published row, matched word by word.

The tests hold both indexed engines to it (it finds what a reader should find for
plain words), and a database with neither engine uses it.

A row matches when each word of the query, stemmed (see ``text.stem``), is one
of its words; its score adds up the weight of the best field each word is in,
with PostgreSQL's default weights. Plain words find what PostgreSQL finds;
websearch operators (quotes, ``-``, ``or``) are read as plain words. It reads
every published row, so it is no engine for a library of thousands of pages.
"""

from .documents import KINDS
from .ranking import WEIGHTS
from .results import Result
from .text import CITATION, snippet, stems


def store(documents):
    """No index of its own."""


def remove(document_pks):
    """No index of its own."""


def search_kind(kind, query, limit):
    """The best ``limit`` results of ``kind`` for ``query``, and whether there were more."""
    terms = query.terms
    wanted = query.as_title
    results = []
    for obj in kind.queryset():
        best = {}
        for field, weight in kind.weighted_fields:
            value = getattr(obj, field)
            if field in kind.markdown_fields:
                value = CITATION.sub(" ", value)
            for term in terms & stems(value):
                best[term] = max(best.get(term, 0), WEIGHTS[weight])
        if len(best) < len(terms):
            continue
        title, url, context = kind.describe(obj)
        text = " ".join(value for value in (getattr(obj, field) for field in kind.snippet_fields) if value)
        results.append(
            Result(
                title=title,
                url=url,
                context=context,
                snippet=snippet(text, terms),
                exact=wanted in kind.titles(obj),
                score=sum(best.values()),
                also_called=tuple(kind.other_names_matched(obj, terms, f"{title} {context}")),
            )
        )
    results.sort(key=lambda result: (not result.exact, -result.score, result.title.lower()))
    return results[:limit], len(results) > limit


def search(query, limit):
    """``{kind key: (results, more)}``: each matching kind's best ``limit`` results, and whether there were more."""
    return {kind.key: search_kind(kind, query, limit) for kind in KINDS}
