import io
import socket

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from config.settings import cache_from_url
from core import fail_safe, page_cache
from core.editors import EDITORS
from newsletter.permissions import MANAGERS_GROUP
from tests.chromium import CHROMIUM, CHROMIUM_ARGS
from tests.groups import replay_group_migrations


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: no cached page outlives the rows it showed, and no
    cache failure of an earlier test makes the page cache rest (core.fail_safe) or look for the
    refreshes it owes (core.page_cache). It holds a page-cache generation, as on a site that has
    been running: a lost one is rebuilt with a query, which tests of the pages' own queries
    should not count (tests/core/test_page_cache.py covers it)."""
    fail_safe.reset()
    page_cache.reset()
    cache.clear()
    page_cache.refresh_all()


@pytest.fixture(autouse=True)
def groups_from_migrations(request):
    """Every test with a database starts with the groups the migrations made (see replay_group_migrations)."""
    marker = request.node.get_closest_marker("django_db")
    names = request.fixturenames
    if "transactional_db" in names or (marker and marker.kwargs.get("transaction")):
        request.getfixturevalue("transactional_db")
    elif "db" in names or marker:
        request.getfixturevalue("db")
    else:
        return
    if Group.objects.filter(name__in=[EDITORS, MANAGERS_GROUP]).count() < 2:
        replay_group_migrations()


@pytest.fixture
def seeded(db):
    """The hamstrings guide, as `make run` loads it."""
    call_command("seed_content", stdout=io.StringIO())


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Drive Debian's Chromium: Playwright's own browser download cannot run here."""
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploaded images go to a temporary MEDIA_ROOT, removed after the test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def editor(db):
    """A staff member in the Editors group, as `createeditor` makes one."""
    user = User.objects.create_user("edna", "edna@example.org", "quads-and-hamstrings-42", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def other_editor_client(db):
    """A second editor, in another browser: for two people editing one object."""
    user = User.objects.create_user("otto", "otto@example.org", "quads-and-hamstrings-43", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def reader():
    """A reader, not logged in, in a browser of their own."""
    return Client()


CLOSED_PORT = 8139  # nothing listens on it: the dead cache below


@pytest.fixture
def dead_cache(settings):
    """The default cache is a Redis server on a port where nothing listens."""
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", CLOSED_PORT)) != 0, f"something listens on {CLOSED_PORT}"
    settings.CACHES = {"default": cache_from_url(f"redis://127.0.0.1:{CLOSED_PORT}/4")}
    fail_safe.reset()
    yield
    fail_safe.reset()
