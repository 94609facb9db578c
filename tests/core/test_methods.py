"""A request with a method a page does not take gets a readable 405, never a CSRF 403 or a 500."""

import pytest

pytestmark = pytest.mark.usefixtures("seeded")

READING_PAGES = [
    "/",
    "/guides/hamstrings/",
    "/guides/quadriceps/",
    "/exercises/",
    "/exercises/romanian-deadlift/",
    "/studies/",
    "/studies/maeo-2021/",
    "/workouts/",
    "/workouts/hamstring-workout/",
    "/search/?q=curl",
]


@pytest.fixture
def strict_client(client):
    """A client that, like a real browser or bot, is checked for CSRF tokens."""
    client.handler.enforce_csrf_checks = True
    return client


@pytest.mark.parametrize("url", READING_PAGES)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_unsafe_methods_on_reading_pages_are_405(strict_client, url, method):
    response = getattr(strict_client, method)(url)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert "This page cannot be used this way" in response.content.decode()


def test_reading_pages_still_answer_get_and_head(strict_client):
    assert strict_client.get("/guides/hamstrings/").status_code == 200
    assert strict_client.head("/guides/hamstrings/").status_code == 200


def test_the_newsletter_keeps_its_own_405_page(strict_client):
    response = strict_client.get("/newsletter/subscribe/")
    assert response.status_code == 405
    assert "newsletter" in response.content.decode().lower()


def test_a_post_without_a_token_to_a_form_is_still_refused(strict_client):
    """The admin keeps Django's CSRF check; the newsletter signup refuses other sites' posts instead."""
    assert strict_client.post("/admin/login/", {"username": "a", "password": "b"}).status_code == 403
    response = strict_client.post(
        "/newsletter/subscribe/", {"email": "a@example.org", "consent": "on"}, headers={"sec-fetch-site": "cross-site"}
    )
    assert response.status_code == 403


FUNCTION_VIEW_URLS = ["/healthz/", "/sitemap.xml", "/feed/", "/feed/atom/", "/card.png", "/favicon.ico"]


@pytest.mark.parametrize("url", FUNCTION_VIEW_URLS)
@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_unsafe_methods_on_function_views_are_405_too(strict_client, url, method):
    response = getattr(strict_client, method)(url)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert "This page cannot be used this way" in response.content.decode()


@pytest.mark.parametrize("url", FUNCTION_VIEW_URLS)
def test_function_views_still_answer_get(strict_client, url):
    assert strict_client.get(url).status_code in {200, 302}


def test_every_public_url_says_which_methods_it_takes():
    """A new function view without ``read_only`` would answer a POST with a CSRF 403 again."""
    from django.urls import URLPattern, URLResolver, get_resolver

    def patterns(resolver, prefix=""):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                if entry.app_name != "admin":
                    yield from patterns(entry, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                yield prefix + str(entry.pattern), entry.callback

    unmarked = [
        route
        for route, callback in patterns(get_resolver("config.urls"))
        if not hasattr(callback, "view_class")
        and not hasattr(callback, "allowed_methods")
        and not route.startswith("^media/")  # development only (DEBUG): nginx serves media in production
    ]
    assert unmarked == []
