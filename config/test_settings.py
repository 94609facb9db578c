"""Settings for the test suite: the real settings, made fast and hermetic."""

import os
import tempfile

from config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A database file, not SQLite's in-memory default: live_server hands its one in-memory connection to
    # every request thread, so simultaneous requests would share a transaction. With a file each thread
    # has its own connection and SQLite's locking (see the OPTIONS in settings.py) orders the writes,
    # as in production. The pid keeps parallel runs apart; pytest-django deletes the file at the end.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"muscleguide-test-{os.getpid()}.sqlite3")
    }
else:
    # On a shared PostgreSQL server, TEST_DATABASE_NAME keeps runs from different checkouts apart.
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TEST_DATABASE_NAME", "test_muscleguide")}  # noqa: F405

# Tests never share a cache with a running server, whatever CACHE_URL says, and run with the
# page cache on, as production does.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
PAGE_CACHE_SECONDS = 600
