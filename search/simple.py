"""Search without PostgreSQL (SQLite in development): every published row, matched in Python.

A row matches when each word of the query, stemmed (see ``text.stem``), is one
of its words; its score adds up the weight of the best field each word is in,
with PostgreSQL's default weights. Plain words find what PostgreSQL finds;
websearch operators (quotes, ``-``, ``or``) are read as plain words. Reading
every row is fine for a development database of a few hundred pages.
"""

from .results import Result
from .text import CITATION, snippet, stem, stems

WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.2, "D": 0.1}


def search_kind(kind, query, limit):
    """The best ``limit`` results of ``kind`` for ``query``, and whether there were more."""
    terms = {stem(word) for word in query.words}
    wanted = query.text.lower()
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
                exact=any((getattr(obj, field) or "").lower() == wanted for field in kind.title_fields),
                score=sum(best.values()),
            )
        )
    results.sort(key=lambda result: (not result.exact, -result.score, result.title.lower()))
    return results[:limit], len(results) > limit
