"""The "Editors" group: staff who write and publish content, and nothing else.

Each content app grants the group permissions on its own models in a data
migration (``grant_editor_permissions``), so the group never hears of models
outside the content apps: users, groups and newsletter subscribers stay out of
reach. Editors may delete parts edited inline (muscles, involvements, workout
items); guides, exercises and workouts only while they are drafts (enforced by
``core.admin.PublishableAdmin``); studies only while nothing cites them (enforced
by ``studies.admin.StudyAdmin``); authors and joints not at all.
"""

from django.conf import settings
from django.contrib.auth.management import create_permissions

EDITORS = "Editors"
# The apps whose rows editors may edit: the same list that refreshes the page cache.
CONTENT_APPS = settings.CONTENT_APPS
EDIT = ("add", "change", "view")
EDIT_AND_DELETE = ("add", "change", "view", "delete")


def grant_editor_permissions(apps, app_label, permissions):
    """Give the Editors group ``permissions`` (``{model_name: actions}``) on ``app_label``'s models.

    For use in migrations, with the historical ``apps`` (or the live registry,
    to replay them after a test flushed the database). Permissions are
    normally created after all migrations ran; create this app's now so the
    group can be given them on a fresh database.
    """
    app_config = apps.get_app_config(app_label)
    # Historical app configs have no models module, and create_permissions skips those.
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True
    try:
        create_permissions(app_config, verbosity=0, apps=apps)
    finally:
        app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS)
    codenames = [f"{action}_{model}" for model, actions in permissions.items() for action in actions]
    group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
