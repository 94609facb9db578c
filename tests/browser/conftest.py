"""Fixtures shared by the browser tests."""

import pytest

from tests.browser.axe import new_audit_page


@pytest.fixture
def audit_page(browser, live_server, seeded):
    """A page of the seeded live site, ready for an axe-core audit."""
    page = new_audit_page(browser)
    yield page
    page.context.close()
