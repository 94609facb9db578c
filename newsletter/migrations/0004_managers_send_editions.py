"""Newsletter managers write, send and schedule editions; editors draft them (the admin checks the group)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Newsletter managers"
PERMISSIONS = ["view_edition", "add_edition", "change_edition", "delete_edition", "send_edition", "view_delivery"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("newsletter")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="newsletter", codename__in=PERMISSIONS)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="newsletter", codename__in=PERMISSIONS)
        )


class Migration(migrations.Migration):
    dependencies = [("newsletter", "0003_editions_and_deliveries")]

    operations = [migrations.RunPython(grant, revoke)]
