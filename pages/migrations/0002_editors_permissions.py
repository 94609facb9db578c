from django.db import migrations

from core.editors import EDIT, grant_editor_permissions

# Editors write the pages; none may be deleted by them (the footer links three of them on every page).
PERMISSIONS = {"page": EDIT}


def grant(apps, schema_editor):
    grant_editor_permissions(apps, "pages", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
