from django.db import migrations

from core.editors import EDIT_AND_DELETE, grant_editor_permissions

PERMISSIONS = {
    "guideexercise": EDIT_AND_DELETE,  # a guide's verdict on an exercise, edited inside the guide or the exercise
}


def grant(apps, schema_editor):
    grant_editor_permissions(apps, "exercises", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0008_remove_guide_fields_and_studies"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
