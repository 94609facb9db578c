"""The stored search index: one ``Document`` per guide, exercise, muscle, study and workout.

A document holds the words readers search for, by weight (A most, D least; see
``documents.KINDS``), and is rewritten whenever what it was built from is saved or
deleted (``index.py``). It says nothing about publication: search joins it to the
published rows at query time, so a scheduled page appears on its date and a draft
never does. PostgreSQL keeps a weighted ``tsvector`` of it in ``vector`` (GIN
index); SQLite an FTS5 table, ``search_fts``, whose rowid is the document's id.
Both are created by migration 0001 for their own database only.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class Document(models.Model):
    kind = models.CharField(max_length=20)
    object_id = models.PositiveBigIntegerField()
    titles = models.TextField(help_text="Each title in lower case on a line of its own, for exact matches.")
    weight_a = models.TextField(blank=True)
    weight_b = models.TextField(blank=True)
    weight_c = models.TextField(blank=True)
    weight_d = models.TextField(blank=True)
    vector = SearchVectorField(null=True, editable=False)  # PostgreSQL only; empty on SQLite

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="unique_search_document")]

    def __str__(self):
        return f"{self.kind} {self.object_id}"
