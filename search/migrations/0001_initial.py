"""The search index table, and each database's own full-text index of it.

PostgreSQL: a GIN index on the stored ``vector``. SQLite: an FTS5 table of the
documents' stemmed words (its rowid is the document's id). Each statement runs
only on its own database, so the migration works on both; the documents are
written after migrating (``search.index.index_missing``, on ``post_migrate``), so
an existing site's rows are indexed without this migration reading them.
"""

import django.contrib.postgres.search
from django.db import migrations, models


class VendorSQL(migrations.RunSQL):
    """RunSQL for one database vendor; a no-op on the others."""

    def __init__(self, vendor, sql, reverse_sql):
        super().__init__(sql, reverse_sql)
        self.vendor = vendor

    def deconstruct(self):
        return self.__class__.__name__, [self.vendor, self.sql, self.reverse_sql], {}

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Document",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("kind", models.CharField(max_length=20)),
                ("object_id", models.PositiveBigIntegerField()),
                (
                    "titles",
                    models.TextField(help_text="Each title in lower case on a line of its own, for exact matches."),
                ),
                ("weight_a", models.TextField(blank=True)),
                ("weight_b", models.TextField(blank=True)),
                ("weight_c", models.TextField(blank=True)),
                ("weight_d", models.TextField(blank=True)),
                ("vector", django.contrib.postgres.search.SearchVectorField(editable=False, null=True)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("kind", "object_id"), name="unique_search_document")
                ],
            },
        ),
        VendorSQL(
            "postgresql",
            "CREATE INDEX search_document_vector ON search_document USING GIN (vector)",
            "DROP INDEX IF EXISTS search_document_vector",
        ),
        VendorSQL(
            "sqlite",
            "CREATE VIRTUAL TABLE search_fts USING fts5(a, b, c, d, tokenize = 'unicode61')",
            "DROP TABLE IF EXISTS search_fts",
        ),
    ]
