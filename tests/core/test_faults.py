"""Faults around the site degrade, never into a 500: a dead cache, a body Django cannot read."""

import io
import logging
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client

from articles.models import MuscleGroup
from config.settings import cache_from_url
from core import fail_safe
from exercises.models import Exercise
from tests.admin_forms import admin_url, form_data
from workouts.models import Workout

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


def test_an_upload_over_the_limit_in_the_admin_says_nothing_was_saved_and_leads_back_to_the_admin(
    editor_client, settings
):
    """The page said only "too large ... go back to the guides", leading an editor away (editor review)."""
    settings.MAX_REQUEST_BYTES = 1000
    body = b"x" * 2000
    response = editor_client.generic("POST", "/admin/exercises/exercise/add/", body, content_type="multipart/form-data")
    html = response.content.decode()
    assert response.status_code == 413
    assert "(at most 1000\xa0bytes), so it was not read and nothing was saved." in html
    assert "Choose a smaller image (at most 20.0\xa0MB)" in html
    assert '<a href="/admin/">Back to the admin</a>' in html


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


# Charsets: the WSGI application itself, as gunicorn and runserver call it (Django's test client builds its
# request before any of the site's code runs, so it cannot show the first case).


@pytest.fixture
def wsgi_get():
    """Call ``config.wsgi.application`` as a server would: ``(status, body)`` for one request."""
    from config.wsgi import application

    # As Django's test client does: a request must not close the test's database connection when it ends.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)

    def call(method, path, query="", content_type="", body=b""):
        environ = {}
        setup_testing_defaults(environ)
        environ.update(
            REQUEST_METHOD=method,
            PATH_INFO=path,
            QUERY_STRING=query,
            HTTP_HOST="testserver",
            CONTENT_TYPE=content_type,
            CONTENT_LENGTH=str(len(body)),
        )
        environ["wsgi.input"] = io.BytesIO(body)
        answer = {}
        chunks = application(environ, lambda status, headers: answer.update(status=status))
        return answer["status"], b"".join(chunks).decode()

    yield call
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


MULTIPART = b'--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\na@example.org\r\n--xyz--\r\n'


@pytest.mark.parametrize(
    "method, path, query, content_type, body",
    [
        ("GET", "/search/", "q=curl", "text/plain; charset=base64", b""),  # not a text encoding: no request at all
        ("GET", "/exercises/", "guide=%2B2D8-", "text/plain; charset=utf-7", b""),  # decodes to a lone surrogate
        ("GET", "/workouts/build/", "e1=%5Cudcff", "text/plain; charset=unicode_escape", b""),
        ("POST", "/newsletter/subscribe/", "", "multipart/form-data; boundary=xyz; charset=zlib", MULTIPART),
    ],
)
def test_a_request_in_a_charset_other_than_utf_8_is_a_400_not_a_500(wsgi_get, method, path, query, content_type, body):
    status, text = wsgi_get(method, path, query, content_type, body)
    assert status.startswith("400 ")
    assert "This site reads addresses and forms in UTF-8 only" in text


def test_a_request_in_utf_8_or_without_a_charset_reaches_the_site(wsgi_get):
    assert wsgi_get("GET", "/search/", "q=curl")[0].startswith("200 ")
    assert wsgi_get("GET", "/search/", "q=curl", "text/plain; charset=UTF8")[0].startswith("200 ")
    assert wsgi_get("GET", "/exercises/", "", "text/plain; charset=no-such-charset")[0].startswith("200 ")


@pytest.mark.parametrize("charset", ["utf-8", "utf8", "UTF8", "us-ascii", "ascii"])
def test_a_form_in_any_spelling_of_utf_8_or_ascii_is_read(wsgi_get, charset):
    """Posted as "charset=utf8" or "ascii", which this check passes as readable, the signup got Django's bare
    "Bad request": its form reader takes only the name "utf-8" (bad-input review)."""
    body = f"email={charset.lower()}-reader%40example.org&consent=on".encode()
    status, text = wsgi_get(
        "POST", "/newsletter/subscribe/", "", f"application/x-www-form-urlencoded; charset={charset}", body
    )
    assert status == "302 Found", text[:300]  # on to "Check your inbox", as any signup


# An autocomplete in the admin shown again with what was posted: "Select a valid choice", never a 500.


@pytest.mark.parametrize("bad", ["abc", "99999999999999999999", "-1.5"])
@pytest.mark.parametrize(
    "model, slug, field",
    [
        (MuscleGroup, "hamstrings", "muscles-0-joints"),
        (MuscleGroup, "hamstrings", "exercise_links-0-exercise"),
        (Exercise, "squat", "substitutes"),
        (Exercise, "squat", "involvements-0-muscle"),
        (Workout, "hamstring-workout", "items-0-exercise"),
    ],
)
def test_a_made_up_id_in_an_admin_autocomplete_is_a_form_error_not_a_500(editor_client, model, slug, field, bad):
    url = admin_url(model, "change", model.objects.get(slug=slug).pk)
    data = form_data(editor_client.get(url))
    assert field in data
    data[field] = [bad] if isinstance(data[field], list) else bad
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode() or "is not a valid value" in response.content.decode()
