"""Production settings for bench/scale.py, rendering in process: static URLs without collectstatic's manifest."""

from bench.settings import *  # noqa: F403

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
