"""Search across guides, exercises, muscles, studies and workouts, with the backend the database allows.

Both databases search a stored index (``models.Document``, kept current by
``index.py``): PostgreSQL its full-text search (``postgres.py``), SQLite its FTS5
engine (``sqlite.py``), ranked alike (``ranking.py``). Any other database gets the
reference search in Python (``simple.py``), which the tests also hold both
engines to. Results come in groups by kind; the group holding the best match
comes first.
"""

from django.db import connection

from . import postgres, simple, sqlite
from .documents import KINDS
from .results import Group

RESULTS_PER_KIND = 10


def backend():
    return {"postgresql": postgres, "sqlite": sqlite}.get(connection.vendor, simple)


def storage():
    """Where the database keeps its own form of the index (``store`` and ``remove``)."""
    return backend()


def has_websearch_syntax():
    """Whether quotes, ``-`` and ``or`` in a query mean something (on PostgreSQL)."""
    return backend() is postgres


def search(query, using=None, limit=RESULTS_PER_KIND):
    """Groups of results for a valid ``query`` (see ``query.parse_query``), best group first."""
    found = (using or backend()).search(query, limit)
    groups, order = [], {}
    for kind in KINDS:
        results, more = found.get(kind.key, ([], False))
        if results:
            groups.append(Group(kind.key, kind.label, results, more))
            order[kind.key] = (not results[0].exact, -results[0].score * kind.prominence)
    # An exact title first, then by the best score weighed by the kind's prominence; sorted() is stable,
    # so groups that tie keep the order of KINDS.
    return sorted(groups, key=lambda group: order[group.key])
