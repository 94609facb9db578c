"""Search across guides, exercises, muscles and studies, with the backend the database allows.

PostgreSQL gets its full-text search (``postgres.py``); any other database
(SQLite in development) the simple fallback (``simple.py``). Results come in
groups by kind; the group holding the best match comes first.
"""

from django.db import connection

from . import postgres, simple
from .documents import KINDS
from .results import Group

RESULTS_PER_KIND = 10


def backend():
    return postgres if connection.vendor == "postgresql" else simple


def has_websearch_syntax():
    """Whether quotes, ``-`` and ``or`` in a query mean something (on PostgreSQL)."""
    return backend() is postgres


def search(query, using=None, limit=RESULTS_PER_KIND):
    """Groups of results for a valid ``query`` (see ``query.parse_query``), best group first."""
    using = using or backend()
    groups = []
    for kind in KINDS:
        results, more = using.search_kind(kind, query, limit)
        if results:
            groups.append(Group(kind.key, kind.label, results, more))
    # sorted() is stable: groups that tie keep the order of KINDS.
    return sorted(groups, key=lambda group: (not group.best.exact, -group.best.score))
