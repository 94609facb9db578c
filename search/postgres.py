"""Search on PostgreSQL: the stored, GIN-indexed ``tsvector`` of each document, websearch syntax, ranking, headlines.

A document's vector is its four weighted texts (``setweight(to_tsvector(...))``),
written whenever the document is (``store``). A query is read with
``websearch_to_tsquery`` (quotes for phrases, ``-`` to leave a word out, ``or``);
the matching documents of published rows, every kind in one query, are ranked
as ``ranking.py`` says (``ts_rank`` with the A-D weights) and ``ts_headline``
picks the snippet of each row shown.
"""

import operator
from functools import reduce

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchVector
from django.db import connection
from django.db.models import F, Func, TextField, Value

from .models import Document
from .ranking import RANK_WEIGHTS, Ranked, exact_title, found, published_condition
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
    """The snippet fields' text, a space between each: one ``concat_ws`` call, quicker to build than ``Concat``."""
    fields = [F(field) for field in kind.snippet_fields]
    if len(fields) == 1:
        return fields[0]
    return Func(Value(" "), *fields, function="CONCAT_WS", output_field=TextField())


def ranked(query, limit):
    """The ``limit`` + 1 best matches of each kind among the published rows, in one query: ``[Ranked]``."""
    published, params = published_condition("d")
    sql = (
        "WITH query AS (SELECT websearch_to_tsquery(%s::regconfig, %s) AS query), scored AS ("
        " SELECT d.kind, d.object_id, strpos(d.titles, %s) > 0 AS exact,"
        "  ts_rank(%s::float4[], d.vector, query.query) AS score, d.titles"
        f" FROM {Document._meta.db_table} d CROSS JOIN query"
        f" WHERE d.vector @@ query.query AND {published}"
        "), placed AS ("
        " SELECT kind, object_id, exact, score,"
        "  ROW_NUMBER() OVER (PARTITION BY kind ORDER BY exact DESC, score DESC, titles) AS place FROM scored"
        ") SELECT kind, object_id, exact, score FROM placed WHERE place <= %s ORDER BY kind, place"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [CONFIG, query.text, exact_title(query), RANK_WEIGHTS, *params, limit + 1])
        return [Ranked(*row) for row in cursor.fetchall()]


def with_snippets(kind, query, pks):
    """``{pk: (row, snippet)}`` for the rows of ``pks``, each snippet ``ts_headline``'s, in the same query."""
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
    return {obj.pk: (obj, headline_html(obj.headline)) for obj in kind.shown(pks).annotate(headline=headline)}


def search(query, limit):
    """``{kind key: (results, more)}``: each matching kind's best ``limit`` results, and whether there were more."""
    return found(query, limit, ranked(query, limit), with_snippets)
