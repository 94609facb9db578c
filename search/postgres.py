"""Search on PostgreSQL: the stored, GIN-indexed ``tsvector`` of each document, websearch syntax, ranking, headlines.

A document's vector is its four weighted texts (``setweight(to_tsvector(...))``),
written whenever the document is (``store``). A query is read with
``websearch_to_tsquery`` (quotes for phrases, ``-`` to leave a word out, ``or``);
the matching documents of published rows are ranked by ``ranking.ORDER``
(``ts_rank`` with the A-D weights) and ``ts_headline`` picks the snippet.
"""

import operator
from functools import reduce

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db.models import BooleanField, Case, F, TextField, Value, When
from django.db.models.functions import Concat

from .models import Document
from .ranking import RANK_WEIGHTS, Ranked, results
from .text import START_SEL, STOP_SEL, headline_html

CONFIG = "english"


def vector():
    return reduce(
        operator.add,
        [SearchVector(f"weight_{weight}", weight=weight.upper(), config=CONFIG) for weight in ("a", "b", "c", "d")],
    )


def store(documents):
    """Write the vector of ``documents`` (a queryset) from their texts, in one statement."""
    documents.update(vector=vector())


def remove(document_pks):
    """Nothing to do: the vector goes with its row."""


def snippet_source(kind):
    fields = [F(field) for field in kind.snippet_fields]
    if len(fields) == 1:
        return fields[0]
    spaced = [part for field in fields for part in (field, Value(" "))][:-1]
    return Concat(*spaced, output_field=TextField())


def ranked(kind, query, limit):
    """``limit`` + 1 best matches among the published rows of ``kind``: ``[Ranked]``, best first."""
    search_query = SearchQuery(query.text, search_type="websearch", config=CONFIG)
    exact = When(titles__contains=f"\n{query.text.lower()}\n", then=Value(True))
    rows = (
        Document.objects.filter(kind=kind.key, vector=search_query, object_id__in=kind.queryset().values("pk"))
        .annotate(
            score=SearchRank(F("vector"), search_query, weights=RANK_WEIGHTS),
            exact=Case(exact, default=Value(False), output_field=BooleanField()),
        )
        .order_by("-exact", "-score", "titles")
        .values_list("object_id", "exact", "score")[: limit + 1]
    )
    return [Ranked(*row) for row in rows]


def with_snippets(kind, query, objects):
    search_query = SearchQuery(query.text, search_type="websearch", config=CONFIG)
    headline = SearchHeadline(
        snippet_source(kind),
        search_query,
        config=CONFIG,
        start_sel=START_SEL,
        stop_sel=STOP_SEL,
        max_words=30,
        min_words=15,
        max_fragments=1,
        fragment_delimiter=" … ",
    )
    return {obj.pk: (obj, headline_html(obj.headline)) for obj in objects.annotate(headline=headline)}


def search_kind(kind, query, limit):
    """The best ``limit`` results of ``kind`` for ``query``, and whether there were more."""
    return results(kind, query, limit, ranked(kind, query, limit), with_snippets)
