"""Faults around the site degrade, never into a 500: a dead cache, a body Django cannot read."""

import logging

import pytest
from django.test import Client

from config.settings import cache_from_url
from core import fail_safe

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.mark.usefixtures("dead_cache")
def test_with_the_cache_down_pages_serve_and_the_log_gets_one_warning_not_a_traceback_each(client, caplog):
    caplog.set_level(logging.WARNING)
    fail_safe.reset()  # seeding (before the test) already met the dead cache
    for _ in range(10):
        assert client.get("/guides/hamstrings/").status_code == 200
        assert client.get("/exercises/").status_code == 200
    warnings = [record for record in caplog.records if record.name == "core.page_cache"]
    assert len(warnings) == 1
    assert "Page cache unavailable" in warnings[0].getMessage()
    assert "ConnectionError" in warnings[0].getMessage()
    assert not any(record.exc_info for record in caplog.records)


def test_the_warning_comes_back_after_a_quiet_minute(caplog, monkeypatch):
    logger = logging.getLogger("tests.fail_safe")
    fail_safe.reset()
    clock = [1000.0]
    monkeypatch.setattr(fail_safe.time, "monotonic", lambda: clock[0])
    with caplog.at_level(logging.WARNING, logger="tests.fail_safe"):
        for _ in range(5):
            fail_safe.warn(logger, "kind", "It failed", OSError("refused"))
        clock[0] += 61
        fail_safe.warn(logger, "kind", "It failed", OSError("refused"))
    assert [record.getMessage() for record in caplog.records] == [
        "It failed: OSError: refused",
        "It failed: OSError: refused (4 more since the last warning)",
    ]


def test_a_hung_redis_costs_a_short_timeout():
    """The timeouts that bound a request's wait for a Redis server that accepts and never answers."""
    options = cache_from_url("redis://127.0.0.1:6379/4")["OPTIONS"]
    assert options == {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.25}


@pytest.mark.parametrize("url", ["/newsletter/subscribe/", "/no-such-page/", "/guides/hamstrings/"])
def test_a_form_posted_as_latin_1_with_a_csrf_cookie_is_a_400_not_a_500(url):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = "a" * 32
    response = client.generic(
        "POST", url, b"email=a%40example.org", content_type="application/x-www-form-urlencoded; charset=latin-1"
    )
    assert response.status_code == 400
    assert "Bad request" in response.content.decode()


def test_too_many_form_fields_are_a_400_not_a_500():
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = "a" * 32
    body = "&".join(f"f{n}=1" for n in range(2000)).encode()
    response = client.generic("POST", "/newsletter/subscribe/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


def test_a_form_over_the_size_limit_is_a_413_not_a_500(settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = "a" * 32
    body = b"email=" + b"a" * 2000
    response = client.generic("POST", "/newsletter/subscribe/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 413
    assert "That was too large" in response.content.decode()


def test_an_attempt_on_a_failing_cache_warns_once_then_rests_it(caplog):
    calls = []

    def failing():
        calls.append(1)
        raise OSError("refused")

    logger = logging.getLogger("tests.attempt")
    assert (
        fail_safe.attempt("attempt-test", logger, "Read without the cache", failing, default="fallback") == "fallback"
    )
    assert (
        fail_safe.attempt("attempt-test", logger, "Read without the cache", failing, default="fallback") == "fallback"
    )
    assert calls == [1]  # resting after the failure: the second attempt never calls
    assert [record.getMessage() for record in caplog.records] == ["Read without the cache: OSError: refused"]
    fail_safe.reset()
    assert fail_safe.attempt("attempt-test", logger, "Read", lambda: "value") == "value"
