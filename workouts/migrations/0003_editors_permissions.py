from django.db import migrations

from core.editors import EDIT_AND_DELETE, grant_editor_permissions

PERMISSIONS = {
    "workout": EDIT_AND_DELETE,  # drafts only, enforced in the admin
    "workoutitem": EDIT_AND_DELETE,  # edited inside their workout
}


def grant(apps, schema_editor):
    grant_editor_permissions(apps, "workouts", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("workouts", "0002_slug_help_text"),
        ("articles", "0004_editors_group"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
