"""Index every page again after ``workouts.0012_reader_review_corrections`` changed stored texts.

As in ``0002``: a data migration saves historical models, so the search index's signals do not
see the change. The documents are deleted here and written again, from the corrected rows, by
this app's ``post_migrate`` handler (``index_missing``) at the end of the same ``migrate``.
"""

from django.db import migrations


def forget_documents(apps, schema_editor):
    apps.get_model("search", "Document").objects.all().delete()
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DELETE FROM search_fts")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_reindex_guides_discussed_exercises"),
        ("workouts", "0012_reader_review_corrections"),
    ]

    operations = [migrations.RunPython(forget_documents, migrations.RunPython.noop)]
