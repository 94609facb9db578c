"""Measurements taken inside Django for bench/run.py, printed as one JSON line.

python bench/stats.py pages URL...   SQL queries (cold and warm cache) and HTML bytes per page
python bench/stats.py newsletter     whether the newsletter app is installed, and its subscriber emails
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.apps import apps  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import Resolver404, resolve  # noqa: E402


def page_stats(urls):
    client = Client(HTTP_HOST="127.0.0.1")
    stats = {}
    for url in urls:
        cache.clear()
        with CaptureQueriesContext(connection) as cold:
            response = client.get(url)
        with CaptureQueriesContext(connection) as warm:
            client.get(url)
        stats[url] = {
            "status": response.status_code,
            "queries": len(cold),
            "warm_queries": len(warm),
            "bytes": len(response.content),
        }
    return stats


def newsletter():
    if not apps.is_installed("newsletter"):
        return {"installed": False, "reason": "the newsletter app is not in INSTALLED_APPS"}
    try:
        resolve("/newsletter/")
    except Resolver404:
        return {"installed": False, "reason": "/newsletter/ does not resolve"}
    models = [m for m in apps.get_app_config("newsletter").get_models() if "email" in {f.name for f in m._meta.fields}]
    if not models:
        return {"installed": False, "reason": "no newsletter model has an email field"}
    model = models[0]
    return {
        "installed": True,
        "model": model._meta.label,
        "emails": list(model.objects.values_list("email", flat=True)),
    }


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    result = page_stats(rest) if command == "pages" else newsletter()
    print(json.dumps(result))
