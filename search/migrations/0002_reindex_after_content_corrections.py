"""Index every page again after ``workouts.0011_correct_claims_beyond_the_sheets`` changed stored texts.

A data migration saves historical models, so the search index's signals do not see the
change. The documents are deleted here and written again, from the corrected rows, by this
app's ``post_migrate`` handler (``index_missing``) at the end of the same ``migrate``. On
SQLite the full-text rows go too, so none is left without its document.
"""

from django.db import migrations


def forget_documents(apps, schema_editor):
    apps.get_model("search", "Document").objects.all().delete()
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DELETE FROM search_fts")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("workouts", "0011_correct_claims_beyond_the_sheets"),
    ]

    operations = [migrations.RunPython(forget_documents, migrations.RunPython.noop)]
