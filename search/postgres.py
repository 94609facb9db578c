"""Search on PostgreSQL: full-text search with weighted fields, websearch syntax, ranking and headlines.

Each kind's fields form one weighted ``tsvector``; the query is read with
``websearch_to_tsquery`` (quotes for phrases, ``-`` to leave a word out, ``or``);
results are ordered with an exact title first, then by ``ts_rank``, and
``ts_headline`` picks the snippet. One query per kind.
"""

import operator
from functools import reduce

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db.models import BooleanField, Case, F, Func, Q, TextField, Value, When
from django.db.models.functions import Concat

from .results import Result
from .text import CITATION, START_SEL, STOP_SEL, headline_html

CONFIG = "english"


def readable(kind, field):
    """``field``, without citation keys if it is Markdown."""
    if field not in kind.markdown_fields:
        return F(field)
    return Func(
        F(field), Value(CITATION.pattern), Value(" "), Value("g"), function="REGEXP_REPLACE", output_field=TextField()
    )


def document(kind):
    return reduce(
        operator.add,
        [SearchVector(readable(kind, field), weight=weight, config=CONFIG) for field, weight in kind.weighted_fields],
    )


def snippet_source(kind):
    fields = [F(field) for field in kind.snippet_fields]
    if len(fields) == 1:
        return fields[0]
    spaced = [part for field in fields for part in (field, Value(" "))][:-1]
    return Concat(*spaced, output_field=TextField())


def search_kind(kind, query, limit):
    """The best ``limit`` results of ``kind`` for ``query``, and whether there were more."""
    search_query = SearchQuery(query.text, search_type="websearch", config=CONFIG)
    exact = reduce(operator.or_, [Q(**{f"{field}__iexact": query.text}) for field in kind.title_fields])
    rows = list(
        kind.queryset()
        .alias(document=document(kind))
        .filter(document=search_query)
        .annotate(
            rank=SearchRank(F("document"), search_query),
            exact=Case(When(exact, then=Value(True)), default=Value(False), output_field=BooleanField()),
            headline=SearchHeadline(
                snippet_source(kind),
                search_query,
                config=CONFIG,
                start_sel=START_SEL,
                stop_sel=STOP_SEL,
                max_words=30,
                min_words=15,
                max_fragments=1,
                fragment_delimiter=" … ",
            ),
        )
        .order_by("-exact", "-rank", kind.title_fields[0])[: limit + 1]
    )
    results = []
    for row in rows[:limit]:
        title, url, context = kind.describe(row)
        results.append(
            Result(
                title=title,
                url=url,
                context=context,
                snippet=headline_html(row.headline),
                exact=row.exact,
                score=row.rank,
            )
        )
    return results, len(rows) > limit
