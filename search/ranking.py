"""One ranking on every database: an exact title first, then relevance with the same A-D weights, then the title.

Relevance is PostgreSQL's ``ts_rank`` there and FTS5's BM25 on SQLite, each given
the weights of ``simple.WEIGHTS`` (A 1.0, B 0.4, C 0.2, D 0.1) for the document's
four texts. Each engine ranks every kind in one query over the stored documents of
published rows (``published_condition``), numbering the matches within each kind
and keeping the first ``limit`` + 1 of each; ``found`` then reads the rows shown,
one query per kind that matched, and turns them into ``Result``s. A search thus
makes at most one query more than there are kinds, however large the library.
"""

import functools
from dataclasses import dataclass

from django.db import connection
from django.db.models import DateTimeField, Expression
from django.utils import timezone

from .documents import KINDS
from .results import Result

WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.2, "D": 0.1}
RANK_WEIGHTS = [WEIGHTS[weight] for weight in "DCBA"]  # ts_rank's order: D, C, B, A


@dataclass(frozen=True)
class Ranked:
    kind: str
    object_id: int
    exact: bool
    score: float


# Stands, in the publication rule compiled once, for the moment of each search.
MOMENT = object()


class Moment(Expression):
    """The moment of the search, as one SQL parameter that ``published_condition`` binds afresh for each search."""

    output_field = DateTimeField()

    def as_sql(self, compiler, connection):
        return "%s", [MOMENT]


@functools.cache
def compiled_condition(alias, vendor):
    """``published_condition``'s SQL and parameters, with ``MOMENT`` for the time: built once per process.

    Compiling the publication rules (the studies' above all, which asks every
    citing model) cost more than running them. They change only with the code.
    """
    conditions, params = [], []
    for kind in KINDS:
        published = kind.published_rows(now=Moment()).order_by().values("pk")
        sql, published_params = published.query.sql_with_params()
        conditions.append(f"({alias}.kind = %s AND {alias}.object_id IN ({sql}))")
        params += [kind.key, *published_params]
    return f"({' OR '.join(conditions)})", tuple(params)


def published_condition(alias):
    """SQL and its parameters saying that the document ``alias`` is of a row readers may find now.

    One condition per kind, each that kind's publication rule as a subquery. The
    SQL is put together from each kind's compiled subquery rather than through
    the ORM, which would copy every subquery again to combine them; it is compiled
    once (``compiled_condition``) and given the moment of each search.
    """
    sql, params = compiled_condition(alias, connection.vendor)
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    return sql, [now if param is MOMENT else param for param in params]


def exact_title(query):
    """What ``Document.titles`` contains when ``query`` is one of the titles."""
    return f"\n{query.as_title}\n"


def results(kind, query, limit, ranked, with_snippets):
    """``(results, more)`` for the ``ranked`` matches of ``kind``, in their order; ``with_snippets`` adds each snippet.

    The rows are read by primary key (``kind.shown``): the ranking, a moment
    before in the same request, already kept only published ones. A row deleted
    in between is left out.
    """
    shown = ranked[:limit]
    found = with_snippets(kind, query, [match.object_id for match in shown])
    out = []
    for match in shown:
        if match.object_id not in found:
            continue
        obj, snippet = found[match.object_id]
        title, url, context = kind.describe(obj)
        also_called = tuple(kind.other_names_matched(obj, query.terms, f"{title} {context}"))
        out.append(Result(title, url, context, snippet, exact=match.exact, score=match.score, also_called=also_called))
    return out, len(ranked) > limit


def found(query, limit, ranked, with_snippets):
    """``{kind key: (results, more)}`` for the kinds with matches, from ``ranked`` (every kind's, best first)."""
    by_kind = {}
    for match in ranked:
        by_kind.setdefault(match.kind, []).append(match)
    return {
        kind.key: results(kind, query, limit, by_kind[kind.key], with_snippets) for kind in KINDS if kind.key in by_kind
    }
