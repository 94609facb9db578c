"""Fixtures shared by the browser tests."""

import pytest

from tests.browser.axe import new_audit_page
from tests.groups import replay_group_migrations


@pytest.fixture
def audit_page(browser, live_server, seeded):
    """A page of the seeded live site, ready for an axe-core audit."""
    page = new_audit_page(browser)
    yield page
    page.context.close()


@pytest.fixture
def dark_audit_page(browser, live_server, seeded):
    """``audit_page`` for a reader whose system asks for the dark colour scheme."""
    page = new_audit_page(browser, color_scheme="dark")
    yield page
    page.context.close()


@pytest.fixture
def editors_group(transactional_db):
    """The Editors group, made by data migrations that an earlier test's flush may have wiped: replayed."""
    replay_group_migrations()
