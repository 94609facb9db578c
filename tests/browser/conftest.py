"""Fixtures shared by the browser tests."""

import pkgutil
from importlib import import_module

import pytest
from django.apps import apps as django_apps

from core.editors import CONTENT_APPS
from tests.browser.axe import new_audit_page


@pytest.fixture
def audit_page(browser, live_server, seeded):
    """A page of the seeded live site, ready for an axe-core audit."""
    page = new_audit_page(browser)
    yield page
    page.context.close()


@pytest.fixture
def editors_group(transactional_db):
    """The Editors group, made by data migrations that an earlier test's flush may have wiped: replay them."""
    for app_label in CONTENT_APPS:
        package = import_module(f"{app_label}.migrations")
        for module_info in pkgutil.iter_modules(package.__path__):
            migration = import_module(f"{package.__name__}.{module_info.name}")
            if hasattr(migration, "PERMISSIONS"):
                migration.grant(django_apps, None)
