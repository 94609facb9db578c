from django.db import migrations

from core.editors import EDIT, EDIT_AND_DELETE, grant_editor_permissions

PERMISSIONS = {
    "musclegroup": EDIT_AND_DELETE,  # drafts only, enforced in the admin
    "muscle": EDIT_AND_DELETE,  # muscles and heads are edited inside their guide
    "author": EDIT,
    "joint": EDIT,
    "jointaction": EDIT,
}


def grant(apps, schema_editor):
    grant_editor_permissions(apps, "articles", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_images_and_old_slugs"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
