from django.db import migrations

from core.editors import EDIT_AND_DELETE, grant_editor_permissions

PERMISSIONS = {
    "study": EDIT_AND_DELETE,  # only a study that nothing cites can be deleted (enforced in the admin)
    "citation": ("view",),  # written from the Markdown on save
}


def grant(apps, schema_editor):
    grant_editor_permissions(apps, "studies", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("studies", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
