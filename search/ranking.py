"""One ranking on every database: an exact title first, then relevance with the same A-D weights, then the title.

Relevance is PostgreSQL's ``ts_rank`` there and FTS5's BM25 on SQLite, each given
the weights of ``simple.WEIGHTS`` (A 1.0, B 0.4, C 0.2, D 0.1) for the document's
four texts. The engines find the matches and order them; ``results`` then reads
the published rows they name (one query) and turns them into ``Result``s.
"""

from dataclasses import dataclass

from .results import Result

WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.2, "D": 0.1}
RANK_WEIGHTS = [WEIGHTS[weight] for weight in "DCBA"]  # ts_rank's order: D, C, B, A


@dataclass(frozen=True)
class Ranked:
    object_id: int
    exact: bool
    score: float


def results(kind, query, limit, ranked, with_snippets):
    """``(results, more)`` for the ``ranked`` matches, in their order; ``with_snippets`` adds each snippet."""
    shown = ranked[:limit]
    found = with_snippets(kind, query, kind.queryset().filter(pk__in=[match.object_id for match in shown]))
    out = []
    for match in shown:
        if match.object_id not in found:  # unpublished between the two queries
            continue
        obj, snippet = found[match.object_id]
        title, url, context = kind.describe(obj)
        out.append(Result(title=title, url=url, context=context, snippet=snippet, exact=match.exact, score=match.score))
    return out, len(ranked) > limit
