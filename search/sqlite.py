"""Search on SQLite: its FTS5 engine over the documents' stemmed words, ranked by BM25 with the A-D weights.

``search_fts`` (created by migration 0001) holds, for each document (rowid = the
document's id), the stems of the words of its four texts (``text.stem``, the
stemmer of the reference search in ``simple.py``), so plain words find exactly
what the reference finds. A query is each of its words, stemmed and quoted: all
must match; quotes, ``-`` and ``or`` are read as plain words, as in ``simple.py``.
"""

from django.db import connection

from .models import Document
from .ranking import WEIGHTS, Ranked, exact_title, found, published_condition
from .text import snippet, stem, words

FTS_WEIGHTS = ", ".join(str(WEIGHTS[weight]) for weight in "ABCD")  # bm25's order: the columns a, b, c, d
CHUNK = 500


def stemmed(text):
    return " ".join(stem(word) for word in words(text))


def remove(document_pks):
    with connection.cursor() as cursor:
        for start in range(0, len(document_pks), CHUNK):
            chunk = document_pks[start : start + CHUNK]
            cursor.execute(f"DELETE FROM search_fts WHERE rowid IN ({', '.join(['%s'] * len(chunk))})", chunk)


def store(documents):
    """Write the FTS5 rows of ``documents`` (a queryset), replacing any they had."""
    rows = list(documents.values_list("pk", "weight_a", "weight_b", "weight_c", "weight_d"))
    remove([row[0] for row in rows])
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO search_fts (rowid, a, b, c, d) VALUES (%s, %s, %s, %s, %s)",
            [(pk, *(stemmed(text) for text in texts)) for pk, *texts in rows],
        )


def ranked(query, limit):
    """The ``limit`` + 1 best matches of each kind among the published rows, in one query: ``[Ranked]``."""
    match = " ".join(f'"{stem(word)}"' for word in query.words)
    published, params = published_condition("d")
    sql = (
        "WITH scored AS ("
        f" SELECT d.kind, d.object_id, instr(d.titles, %s) > 0 AS exact, m.score, d.titles"
        f" FROM (SELECT rowid AS id, -bm25(search_fts, {FTS_WEIGHTS}) AS score FROM search_fts"
        "  WHERE search_fts MATCH %s) m"
        f" JOIN {Document._meta.db_table} d ON d.id = m.id WHERE {published}"
        "), placed AS ("
        " SELECT kind, object_id, exact, score,"
        "  ROW_NUMBER() OVER (PARTITION BY kind ORDER BY exact DESC, score DESC, titles) AS place FROM scored"
        ") SELECT kind, object_id, exact, score FROM placed WHERE place <= %s ORDER BY kind, place"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [exact_title(query), match, *params, limit + 1])
        return [Ranked(kind, object_id, bool(exact), score) for kind, object_id, exact, score in cursor.fetchall()]


def with_snippets(kind, query, pks):
    """``{pk: (row, snippet)}`` for the rows of ``pks``, each snippet cut from its text in Python."""
    terms = query.terms
    by_pk = {}
    for obj in kind.shown(pks, with_snippet_text=True):
        text = " ".join(value for value in (getattr(obj, field) for field in kind.snippet_fields) if value)
        by_pk[obj.pk] = (obj, snippet(text, terms))
    return by_pk


def search(query, limit):
    """``{kind key: (results, more)}``: each matching kind's best ``limit`` results, and whether there were more."""
    return found(query, limit, ranked(query, limit), with_snippets)
