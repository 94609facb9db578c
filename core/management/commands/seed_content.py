"""Load the seed content (the hamstrings guide) into an empty or existing database.

Each content app may have a ``seed`` module with a ``seed()`` function; they
run in INSTALLED_APPS order (so an app can rely on the ones it depends on),
inside one transaction. Seeding only creates what is missing: running it twice
changes nothing, and it never overwrites a record an editor has changed.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Create the seed guides, exercises, studies and workouts that are missing."

    def handle(self, *args, **options):
        created = 0
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.seed"
                if find_spec(module_name) is None:
                    continue
                created += import_module(module_name).seed()
        self.stdout.write(self.style.SUCCESS(f"Seed content loaded: {created} new records."))
