"""Index every page again: a guide's document now holds the exercises it discusses and its reasons.

As in ``0002``: the documents are deleted here and written again by this app's
``post_migrate`` handler (``index_missing``) at the end of the same ``migrate``.
"""

from django.db import migrations


def forget_documents(apps, schema_editor):
    apps.get_model("search", "Document").objects.all().delete()
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DELETE FROM search_fts")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_reindex_guide_other_names")]

    operations = [migrations.RunPython(forget_documents, migrations.RunPython.noop)]
