"""Index every page again once guides have other names (``articles.0012_guide_other_names``).

As in ``0002``: the documents are deleted here and written again by this app's
``post_migrate`` handler (``index_missing``) at the end of the same ``migrate``.
"""

from django.db import migrations


def forget_documents(apps, schema_editor):
    apps.get_model("search", "Document").objects.all().delete()
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DELETE FROM search_fts")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_reindex_after_content_corrections"),
        ("articles", "0012_guide_other_names"),
    ]

    operations = [migrations.RunPython(forget_documents, migrations.RunPython.noop)]
