"""Operating the site: the readiness probe, weak secret keys refused, errors reported, request sizes bounded."""

import json
import logging
import secrets

import pytest
from django.test import Client

from config.settings import cache_from_url
from core import fail_safe

from .test_security import production_env, run

CLOSED_PORT = 8137  # in this range; nothing listens on it


def test_readyz_answers_200_when_the_database_and_cache_answer(client, db):
    response = client.get("/readyz/")
    assert response.status_code == 200
    assert response.content == b"ready\n"
    assert "no-cache" in response["Cache-Control"]


def test_readyz_answers_503_naming_the_cache_when_it_is_down(client, db, settings, caplog):
    settings.CACHES = {"default": cache_from_url(f"redis://127.0.0.1:{CLOSED_PORT}/4")}
    fail_safe.reset()
    caplog.set_level(logging.WARNING)
    response = client.get("/readyz/")
    assert response.status_code == 503
    assert response.content == b"not ready: cache\n"
    assert client.get("/healthz/").status_code == 200  # still alive: no restart for a cache outage


def test_readyz_answers_503_naming_the_database_when_it_is_down(client, db, monkeypatch):
    from core import views

    monkeypatch.setattr(views, "connection", BrokenConnection())
    fail_safe.reset()
    response = client.get("/readyz/")
    assert response.status_code == 503
    assert response.content == b"not ready: database\n"


class BrokenConnection:
    def cursor(self):
        raise OSError("connection refused")


@pytest.mark.parametrize(
    "key", ["a" * 50, "abc" * 20, "correct-horse-" * 4, "django-insecure-" + "x1y2z3" * 10, "short-but-random-Q3x!"]
)
def test_production_refuses_a_weak_secret_key(key):
    result = run(["manage.py", "check"], production_env(DJANGO_SECRET_KEY=key))
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is too weak for production" in result.stderr


def test_production_accepts_a_random_hex_key_but_not_a_hex_pattern():
    result = run(["manage.py", "check"], production_env(DJANGO_SECRET_KEY="9f" + "fedcba9876543210" * 4))
    assert result.returncode != 0
    result = run(["manage.py", "check"], production_env(DJANGO_SECRET_KEY=secrets.token_hex(32)))
    assert result.returncode == 0, result.stderr


ERROR_PROBE = """
import json, django
django.setup()
from django.conf import settings
import sentry_sdk
client = sentry_sdk.get_client()
print(json.dumps({"admins": settings.ADMINS, "sentry": client.is_active(), "dsn": str(client.dsn or "")}))
"""


def test_errors_are_mailed_to_admins_and_sent_to_sentry_when_configured():
    env = production_env(
        DJANGO_ADMINS="Site Team <team@muscleguide.example>, ops@muscleguide.example",
        SENTRY_DSN="https://public@sentry.example/1",
    )
    result = run(["-c", ERROR_PROBE], env)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["admins"] == [["Site Team", "team@muscleguide.example"], ["", "ops@muscleguide.example"]]
    assert out["sentry"] is True
    result = run(["-c", ERROR_PROBE], production_env())
    assert json.loads(result.stdout.strip().splitlines()[-1])["sentry"] is False


def test_a_body_over_the_request_limit_is_refused_unread(settings):
    settings.MAX_REQUEST_BYTES = 1000
    client = Client(raise_request_exception=False)
    response = client.generic("POST", "/admin/login/", b"x" * 2000, content_type="application/octet-stream")
    assert response.status_code == 413
