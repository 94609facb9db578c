from django.db import migrations

from core.editors import EDIT, EDIT_AND_DELETE, grant_editor_permissions

PERMISSIONS = {
    "exercise": EDIT_AND_DELETE,  # drafts only, enforced in the admin
    "muscleinvolvement": EDIT_AND_DELETE,  # edited inside their exercise
    "study": EDIT,
    "citation": ("view",),  # written from the Markdown on save
}


def grant(apps, schema_editor):
    grant_editor_permissions(apps, "exercises", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0003_images_and_old_slugs"),
        ("articles", "0004_editors_group"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
