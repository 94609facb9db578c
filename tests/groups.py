"""The groups the data migrations make, made again after a test flushed the database."""

import pkgutil
from importlib import import_module

from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission

from core.editors import CONTENT_APPS
from newsletter.permissions import MANAGERS_GROUP


def migration_modules(app_label):
    package = import_module(f"{app_label}.migrations")
    names = sorted(info.name for info in pkgutil.iter_modules(package.__path__))
    return [import_module(f"{package.__name__}.{name}") for name in names]


def replay_group_migrations():
    """The Editors and Newsletter managers groups with their permissions, as the data migrations made them.

    A transactional test's flush (live-server tests) wipes them. Run alone, pytest-django runs
    those tests last; split between processes (pytest-xdist), other tests may follow them.
    """
    for app_label in CONTENT_APPS:
        for migration in migration_modules(app_label):
            if hasattr(migration, "grant"):
                migration.grant(django_apps, None)
    managers, _ = Group.objects.get_or_create(name=MANAGERS_GROUP)
    migrations = migration_modules("newsletter")
    codenames = [code for migration in migrations for code in getattr(migration, "PERMISSIONS", [])]
    managers.permissions.add(*Permission.objects.filter(content_type__app_label="newsletter", codename__in=codenames))
