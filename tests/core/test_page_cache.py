"""Whole public pages come from the cache, and never a stale or someone else's page."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from articles import glossary
from articles.models import Author, MuscleGroup
from core import page_cache
from exercises.models import Exercise, GuideExercise
from newsletter.models import Subscriber
from search.query import parse_query
from studies.models import Study
from tests import page_cache_urls
from tests.admin_forms import form_data
from tests.factories import make_guide

pytestmark = pytest.mark.usefixtures("seeded")

GUIDE = "/guides/hamstrings/"


@pytest.fixture(autouse=True)
def fresh_counts():
    page_cache_urls.renders.clear()


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def save_in_admin(admin_client, obj, **changes):
    """Open the object's admin change form, change some fields, and save it like an editor."""
    url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    data = form_data(admin_client.get(url))
    data.update(changes)
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.mark.parametrize(
    "url",
    ["/", GUIDE, "/exercises/", "/exercises/romanian-deadlift/", "/studies/maeo-2021/", "/workouts/hamstring-workout/"],
)
def test_anonymous_visitors_get_public_pages_from_the_cache(client, django_assert_num_queries, url):
    first = client.get(url)
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["ETag"] == first["ETag"]


@pytest.mark.parametrize("url", ["/", GUIDE, "/newsletter/"])
def test_every_anonymous_reader_gets_the_same_bytes_and_no_cookie(url):
    """The guide ends with the newsletter form, which carries no per-visitor token."""
    alice, bob = Client(), Client()
    alice_page, bob_page = alice.get(url), bob.get(url)
    assert text(alice_page) == text(bob_page)
    assert "csrfmiddlewaretoken" not in text(bob_page)
    assert alice_page["ETag"] == bob_page["ETag"]
    assert not alice.cookies and not bob.cookies


def test_cached_pages_may_be_kept_by_shared_proxies_for_a_short_while(client, settings):
    cache_control = client.get(GUIDE)["Cache-Control"]
    parts = {part.strip() for part in cache_control.split(",")}
    assert parts == {
        "public",
        f"max-age={settings.PAGE_CACHE_MAX_AGE}",
        f"stale-while-revalidate={settings.PAGE_CACHE_STALE_WHILE_REVALIDATE}",
    }
    assert "Cookie" in client.get(GUIDE)["Vary"]


def test_saving_a_guide_in_the_admin_refreshes_its_page_at_once(client, admin_client):
    assert "<h1>How to train your hamstrings</h1>" in text(client.get(GUIDE))
    save_in_admin(admin_client, MuscleGroup.objects.get(slug="hamstrings"), title="Hamstrings, trained well")
    html = text(client.get(GUIDE))
    assert "<h1>Hamstrings, trained well</h1>" in html
    assert "How to train your hamstrings" not in html


def test_saving_a_related_object_refreshes_every_page_that_shows_it(client, admin_client):
    assert "Muscle Guide editors" in text(client.get(GUIDE))
    assert "Romanian deadlift" in text(client.get("/workouts/hamstring-workout/"))
    save_in_admin(admin_client, Author.objects.get(name="Muscle Guide editors"), name="The Muscle Guide team")
    save_in_admin(admin_client, Exercise.objects.get(slug="romanian-deadlift"), name="Romanian deadlift (RDL)")
    assert "The Muscle Guide team" in text(client.get(GUIDE))
    assert "The Muscle Guide team" in text(client.get("/guides/quadriceps/"))
    assert "Romanian deadlift (RDL)" in text(client.get("/workouts/hamstring-workout/"))
    assert "Romanian deadlift (RDL)" in text(client.get(GUIDE))


def test_saving_a_study_refreshes_the_pages_that_cite_it(client):
    """Saved outside the admin, so only the save itself (studies is a content app) can refresh the pages."""
    assert "Hamstrings grew more with seated curls" not in text(client.get(GUIDE))
    text(client.get("/exercises/seated-leg-curl/"))
    study = Study.objects.get(slug="maeo-2021")
    study.finding = "Hamstrings grew more with seated curls."
    study.save()
    assert "Finding: Hamstrings grew more with seated curls." in text(client.get(GUIDE))
    assert "Finding: Hamstrings grew more with seated curls." in text(client.get("/exercises/seated-leg-curl/"))


def test_changing_a_guides_verdict_refreshes_the_exercise_page(client, admin_client):
    recommended = '<p class="verdict-tag recommended">Recommended in the <a href="/guides/hamstrings/">'
    left_out = '<p class="verdict-tag left-out">Discussed in the <a href="/guides/hamstrings/">'
    assert left_out in text(client.get("/exercises/nordic-hamstring/"))
    link = GuideExercise.objects.get(guide__slug="hamstrings", exercise__slug="nordic-hamstring")
    link.verdict = GuideExercise.Verdict.RECOMMENDED
    link.save()
    html = text(client.get("/exercises/nordic-hamstring/"))
    assert recommended in html and left_out not in html


def test_an_editor_never_sees_a_stale_page_after_saving(admin_client):
    assert "<h1>How to train your hamstrings</h1>" in text(admin_client.get(GUIDE))
    save_in_admin(admin_client, MuscleGroup.objects.get(slug="hamstrings"), title="Edited by the editor")
    assert "<h1>Edited by the editor</h1>" in text(admin_client.get(GUIDE))


def test_editors_are_never_served_the_public_copy(client, admin_client):
    text(client.get("/exercises/squat/"))  # now cached for the public
    Exercise.objects.filter(slug="squat").update(status=Exercise.Status.DRAFT)  # sends no signal
    response = admin_client.get("/exercises/squat/")
    assert "Draft preview" in text(response)
    assert "private" in response["Cache-Control"]


def test_pages_rendered_for_editors_are_never_stored_for_the_public(client, admin_client):
    Exercise.objects.filter(slug="squat").update(status=Exercise.Status.DRAFT)
    assert "Draft preview" in text(admin_client.get("/exercises/squat/"))
    assert client.get("/exercises/squat/").status_code == 404


@pytest.mark.urls("tests.page_cache_urls")
def test_a_logged_in_post_refreshes_pages_even_without_signals(client, admin_client):
    assert "How to train your hamstrings" in text(client.get(GUIDE))
    assert admin_client.post("/bulk-retitle/").status_code == 200
    assert "<h1>Retitled in bulk</h1>" in text(client.get(GUIDE))


def test_a_scheduled_guide_appears_on_the_home_page_when_its_time_comes(client, monkeypatch):
    make_guide("calves", "Calves", published_at=timezone.now() + timezone.timedelta(hours=1))
    assert 'href="/guides/calves/"' not in text(client.get("/"))
    later = timezone.now() + timezone.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert 'href="/guides/calves/"' in text(client.get("/"))


def test_logins_new_users_and_subscribers_leave_the_cache_alone(client, django_assert_num_queries):
    """Only the content apps (``settings.CONTENT_APPS``) change what pages show."""
    text(client.get(GUIDE))
    get_user_model().objects.create_user("reader", password="x")
    Subscriber.objects.create(email="reader@example.org", consent_at=timezone.now(), consent_version="1")
    with django_assert_num_queries(0):
        text(client.get(GUIDE))


def test_browsers_revalidate_with_the_etag(client, admin_client):
    etag = client.get(GUIDE)["ETag"]
    not_modified = client.get(GUIDE, headers={"if-none-match": etag})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    save_in_admin(admin_client, MuscleGroup.objects.get(slug="hamstrings"), title="A new title")
    changed = client.get(GUIDE, headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag


@pytest.mark.urls("tests.page_cache_urls")
def test_a_page_that_renders_a_csrf_token_is_never_stored():
    """A token belongs to one visitor; such a page (none a reader sees) is rendered for each."""
    alice, bob = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    alice_page, bob_page = alice.get("/form/"), bob.get("/form/")
    assert page_cache_urls.renders["form_page"] == 2
    assert text(alice_page) != text(bob_page)
    assert "public" not in bob_page.get("Cache-Control", "")


@pytest.mark.urls("tests.page_cache_urls")
def test_plain_pages_are_rendered_once():
    Client().get("/plain/")
    Client().get("/plain/")
    assert page_cache_urls.renders["plain_page"] == 1


@pytest.mark.urls("tests.page_cache_urls")
@pytest.mark.parametrize(
    "url,view,cookies",
    [
        ("/cookie/", "cookie_page", {}),
        ("/message/", "message_page", {}),
        ("/private/", "private_page", {}),
        ("/plain/?page=2", "plain_page", {}),
        ("/plain/", "plain_page", {"sessionid": "abc"}),
        ("/plain/", "plain_page", {"messages": "abc"}),
    ],
)
def test_personal_answers_are_never_shared(url, view, cookies):
    for _ in range(2):
        client = Client()
        for name, value in cookies.items():
            client.cookies[name] = value
        assert client.get(url).status_code == 200
    assert page_cache_urls.renders[view] == 2


@pytest.mark.parametrize("url", [GUIDE, "/exercises/seated-leg-curl/", "/"])
def test_a_cached_page_carries_the_same_headers_as_a_rendered_one(settings, url):
    """A cached page answers before most middleware: it must still say everything a render says (HSTS in production)."""
    settings.SECURE_HSTS_SECONDS = 31536000
    rendered = Client().get(url, secure=True, HTTP_ACCEPT_ENCODING="gzip")
    cached = Client().get(url, secure=True, HTTP_ACCEPT_ENCODING="gzip")
    assert cached.content == rendered.content
    assert dict(cached.headers) == dict(rendered.headers)
    for header in ["Content-Security-Policy", "Strict-Transport-Security", "X-Frame-Options", "Permissions-Policy"]:
        assert header in cached.headers
    assert cached["Strict-Transport-Security"].startswith("max-age=31536000")
    assert int(cached["Content-Length"]) == len(cached.content)  # the gzipped body's length


def test_a_cached_page_refuses_a_host_the_site_does_not_serve(client):
    assert client.get(GUIDE).status_code == 200
    assert client.get(GUIDE, HTTP_HOST="evil.example").status_code == 400


@pytest.mark.urls("tests.page_cache_urls")
def test_a_page_whose_policy_names_a_nonce_is_never_stored():
    """A nonce works only if it differs on every answer; a stored page would repeat it."""
    first, second = Client().get("/nonce/"), Client().get("/nonce/")
    assert page_cache_urls.renders["nonce_page"] == 2
    assert first.content != second.content
    assert "'nonce-" in second["Content-Security-Policy"]


def test_the_health_check_bypasses_the_cache(client):
    response = client.get("/healthz/")
    assert response.content == b"ok"
    assert "ETag" not in response


def test_pages_still_render_when_the_cache_is_down(client, monkeypatch):
    class BrokenCache:
        def get(self, *args, **kwargs):
            raise ConnectionError("cache is down")

        set = get

    monkeypatch.setattr(page_cache, "cache", BrokenCache())
    assert "How to train your hamstrings" in text(client.get(GUIDE))
    assert "How to train your hamstrings" in text(client.get(GUIDE))


def test_saves_outside_the_admin_refresh_pages_too(client):
    """A management command or a shell session saves without any web request."""
    text(client.get(GUIDE))
    guide = MuscleGroup.objects.get(slug="hamstrings")
    guide.title = "Saved from the shell"
    guide.save()
    assert "<h1>Saved from the shell</h1>" in text(client.get(GUIDE))


def test_deleting_and_relinking_refresh_pages(client, django_assert_max_num_queries):
    text(client.get("/exercises/seated-leg-curl/"))
    Exercise.objects.get(slug="seated-leg-curl").substitutes.clear()
    with django_assert_max_num_queries(100) as relinked:
        text(client.get("/exercises/seated-leg-curl/"))
    assert len(relinked) > 0  # rendered afresh, not served from the cache
    assert 'href="/exercises/good-morning/"' in text(client.get("/exercises/"))
    Exercise.objects.get(slug="good-morning").delete()
    assert 'href="/exercises/good-morning/"' not in text(client.get("/exercises/"))


@pytest.mark.urls("tests.page_cache_urls")
def test_posts_from_visitors_who_are_not_staff_do_not_empty_the_cache(client, django_assert_num_queries):
    text(client.get(GUIDE))
    stranger = Client()
    stranger.cookies["sessionid"] = "made-up"
    stranger.post("/submit/")
    reader = Client()
    get_user_model().objects.create_user("reader", password="x")
    reader.login(username="reader", password="x")
    reader.post("/submit/")
    with django_assert_num_queries(0):
        text(client.get(GUIDE))


# --- The key is the page, not the request's noise ---------------------------------------------


def test_ports_and_tracking_parameters_make_no_new_entries(client, settings, django_assert_num_queries):
    settings.SITE_URL = "https://muscleguide.example"
    first = text(client.get(GUIDE))
    noise = [
        ("", "testserver:8001"),
        ("", "testserver:8002"),
        ("utm_source=newsletter&utm_medium=email", "testserver"),
        ("fbclid=abc&gclid=def&mc_cid=1&mc_eid=2&ref=twitter", "testserver:9000"),
    ]
    for query, host in noise:
        with django_assert_num_queries(0):
            assert text(client.get(GUIDE, QUERY_STRING=query, HTTP_HOST=host)) == first
    assert 'href="https://muscleguide.example/guides/hamstrings/"' in first  # absolute URLs from SITE_URL


def test_a_repeated_search_is_served_from_the_cache(client, django_assert_num_queries):
    first = text(client.get("/search/", {"q": "leg curl"}))
    assert "Seated leg curl" in first
    with django_assert_num_queries(0):
        assert text(client.get("/search/", {"q": "leg curl"})) == first


def test_each_search_is_its_own_page(client):
    curl = text(client.get("/search/", {"q": "curl"}))
    maeo = text(client.get("/search/", {"q": "maeo"}))
    assert curl != maeo
    assert "Seated leg curl" in curl and "Seated leg curl" not in maeo
    assert text(client.get("/search/", {"q": "curl"})) == curl


def test_tracking_parameters_and_their_order_share_a_query_page(client, django_assert_num_queries):
    first = text(client.get("/exercises/", {"guide": "hamstrings", "equipment": "machine"}))
    for query in ["equipment=machine&utm_source=x&guide=hamstrings", "fbclid=1&guide=hamstrings&equipment=machine"]:
        with django_assert_num_queries(0):
            assert text(client.get("/exercises/", QUERY_STRING=query)) == first


def test_each_page_of_a_list_is_cached(client, settings, django_assert_num_queries):
    settings.LIST_PAGE_SIZE = 2
    first, second = text(client.get("/studies/")), text(client.get("/studies/", {"page": 2}))
    assert first != second
    with django_assert_num_queries(0):
        assert text(client.get("/studies/", {"page": 2})) == second


def test_a_parameter_the_view_does_not_declare_is_rendered_every_time(client, django_assert_max_num_queries):
    for _ in range(2):
        with django_assert_max_num_queries(50) as rendered:
            text(client.get("/search/", {"q": "curl", "sort": "new"}))
        assert len(rendered) > 0
    with django_assert_max_num_queries(50) as rendered:
        text(client.get("/guides/hamstrings/", {"q": "curl"}))  # the guide declares no parameter
    assert len(rendered) > 0


@pytest.fixture
def searches(monkeypatch):
    """The queries the search view has read: one per render."""
    from search import views

    read = []
    monkeypatch.setattr(views, "parse_query", lambda text: read.append(text) or parse_query(text))
    return read


def test_only_successful_answers_to_a_query_are_stored(client, searches, django_assert_max_num_queries):
    too_long = "curl " * 50
    for _ in range(2):
        assert client.get("/search/", {"q": too_long}).status_code == 400
    assert searches == [too_long, too_long]
    for _ in range(2):
        with django_assert_max_num_queries(50) as rendered:
            assert client.get("/studies/", {"page": 99}).status_code == 404
        assert len(rendered) > 0


def test_an_over_long_query_string_is_rendered_and_not_stored(client, searches):
    query = "q=curl&utm_source=" + "x" * page_cache.MAX_QUERY_LENGTH
    for _ in range(2):
        assert "Seated leg curl" in text(client.get("/search/", QUERY_STRING=query))
    assert searches == ["curl", "curl"]


def test_a_search_shows_new_content_once_it_is_saved(client):
    assert "Zercher squat" not in text(client.get("/search/", {"q": "zercher"}))
    exercise = Exercise.objects.get(slug="seated-leg-curl")
    exercise.name = "Zercher squat"
    exercise.save()
    assert "Zercher squat" in text(client.get("/search/", {"q": "zercher"}))


def test_production_refuses_to_start_without_site_url(settings):
    from django.core.checks import run_checks

    settings.DEBUG = False
    settings.SITE_URL = ""
    assert "core.E001" in [error.id for error in run_checks()]
    settings.SITE_URL = "https://muscleguide.example"
    assert "core.E001" not in [error.id for error in run_checks()]


# --- No stampede ------------------------------------------------------------------------------


def render_lock(url):
    request = RequestFactory().get(url)
    return page_cache.PageCacheMiddleware(lambda r: None)._key(request) + ":rendering"


@pytest.mark.urls("tests.page_cache_urls")
def test_while_one_request_renders_a_stale_page_the_others_get_the_stale_copy():
    assert text(Client().get("/plain/")) == "A plain page."
    page_cache.refresh_all()  # an editor saved: the copy is stale
    cache.add(render_lock("/plain/"), 1, 10)  # another request is rendering it now
    for _ in range(5):
        assert text(Client().get("/plain/")) == "A plain page."
    assert page_cache_urls.renders["plain_page"] == 1
    cache.delete(render_lock("/plain/"))  # that render is done (here: it never stored)
    assert text(Client().get("/plain/")) == "A plain page."
    assert page_cache_urls.renders["plain_page"] == 2
    assert cache.get(render_lock("/plain/")) is None  # the renderer lets go of the lock


def test_a_tracking_parameter_never_reaches_the_page_stored_for_every_reader(settings):
    settings.LIST_PAGE_SIZE = 5
    tracked = text(Client().get("/studies/?page=2&utm_source=newsletter&fbclid=abc"))
    assert "utm_source" not in tracked and "fbclid" not in tracked
    assert text(Client().get("/studies/?page=2")) == tracked  # the copy the first request stored
    links = dict(re.findall(r'<link rel="(canonical|prev|next)" href="[a-z]+://[^/]+([^"]*)">', tracked))
    assert links == {"canonical": "/studies/?page=2", "prev": "/studies/", "next": "/studies/?page=3"}


def test_a_page_taken_down_is_not_served_stale_to_readers_who_come_while_another_renders_it(admin_client):
    """The render after the change answers 404, which is never stored: the stale copy must go with it."""
    url = "/exercises/stiff-legged-deadlift/"
    assert Client().get(url).status_code == 200  # cached
    save_in_admin(admin_client, Exercise.objects.get(slug="stiff-legged-deadlift"), status=Exercise.Status.DRAFT)
    assert Client().get(url).status_code == 404  # the request that took the render lock
    cache.add(render_lock(url), 1, 10)  # another request is rendering it now
    assert Client().get(url).status_code == 404  # no stale copy left to serve meanwhile


@pytest.mark.urls("tests.page_cache_urls")
def test_with_no_copy_a_request_waits_briefly_for_the_render_then_renders(monkeypatch):
    monkeypatch.setattr(page_cache, "WAIT_FOR_RENDER_SECONDS", 0.1)
    cache.add(render_lock("/plain/"), 1, 10)  # a render that never finishes
    assert text(Client().get("/plain/")) == "A plain page."
    assert page_cache_urls.renders["plain_page"] == 1


def test_many_simultaneous_readers_after_a_save_cause_one_render(live_server):
    """Sixteen readers open the guide at once, just after an editor's save: one render."""
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    url = live_server.url + GUIDE
    urllib.request.urlopen(url, timeout=30).read()
    page_cache.refresh_all()
    renders = []
    original = page_cache.PageCacheMiddleware._store

    def counting_store(self, *args):
        renders.append(1)
        return original(self, *args)

    page_cache.PageCacheMiddleware._store = counting_store
    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            statuses = list(pool.map(lambda _: urllib.request.urlopen(url, timeout=30).status, range(16)))
    finally:
        page_cache.PageCacheMiddleware._store = original
    assert statuses == [200] * 16
    assert len(renders) == 1


def test_the_admin_preview_leaves_cached_pages_alone(client, admin_client, django_assert_num_queries):
    text(client.get(GUIDE))
    guide = MuscleGroup.objects.get(slug="hamstrings")
    url = reverse("admin:articles_musclegroup_change", args=[guide.pk])
    data = form_data(admin_client.get(url))
    data.update(title="Only previewed", _preview="Preview")
    preview = admin_client.post(url, data)
    assert preview.status_code == 200 and "Only previewed" in preview.content.decode()
    with django_assert_num_queries(0):
        assert "<h1>How to train your hamstrings</h1>" in text(client.get(GUIDE))


# --- A cache that hangs -------------------------------------------------------------------------


@pytest.fixture
def hanging_redis():
    """A server that accepts connections and never answers, as a stuck Redis does."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    held = []

    def accept():
        while True:
            try:
                held.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield f"redis://127.0.0.1:{server.getsockname()[1]}/8"
    server.close()
    for connection in held:
        connection.close()


def test_a_redis_that_hangs_does_not_hang_pages(client, monkeypatch, hanging_redis):
    from django_redis.cache import RedisCache

    from config.settings import cache_from_url

    config = cache_from_url(hanging_redis)
    stuck = RedisCache(config["LOCATION"], {"OPTIONS": config["OPTIONS"]})
    calls = []
    original = stuck.get_many
    monkeypatch.setattr(stuck, "get_many", lambda *a, **k: calls.append(1) or original(*a, **k))
    glossary_calls = []
    monkeypatch.setattr(stuck, "get", lambda *a, **k: glossary_calls.append(1) or original(*a, **k))
    monkeypatch.setattr(page_cache, "cache", stuck)
    monkeypatch.setattr(glossary, "cache", stuck)  # the glossary's terms: the same cache, the same Redis
    for _ in range(3):
        assert "How to train your hamstrings" in text(client.get(GUIDE))
    assert len(calls) == 1  # after one short timeout, the pages leave the cache alone for a while
    assert glossary_calls == []  # and so does the glossary: one timeout per request, not one per use


def test_saves_with_a_redis_that_hangs_wait_for_one_timeout_not_one_each(monkeypatch, hanging_redis):
    """Each save's refresh waited for the socket timeout (0.9 s for one guide save, 63 s for 120 exercises)."""
    from django_redis.cache import RedisCache

    from config.settings import cache_from_url

    config = cache_from_url(hanging_redis)
    stuck = RedisCache(config["LOCATION"], {"OPTIONS": config["OPTIONS"]})
    calls = []
    for name in ["get", "set", "get_many", "delete", "delete_many"]:
        original = getattr(stuck, name)
        monkeypatch.setattr(stuck, name, lambda *a, _original=original, **k: calls.append(1) or _original(*a, **k))
    monkeypatch.setattr(page_cache, "cache", stuck)
    monkeypatch.setattr(glossary, "cache", stuck)
    for exercise in Exercise.objects.all()[:10]:
        exercise.summary += " Saved again."
        exercise.save()
    assert len(calls) == 1  # one timeout, then the refreshes are owed while the cache rests


def test_a_scheduled_guide_appears_on_time_after_the_cache_forgot_the_schedule(client, monkeypatch):
    """The schedule lived only in the cache's record: evicted or restarted, the guide stayed off the cached
    home page for up to PAGE_CACHE_SECONDS after its date."""
    make_guide("calves", "Calves", published_at=timezone.now() + timezone.timedelta(hours=1))
    assert 'href="/guides/calves/"' not in text(client.get("/"))
    cache.delete(page_cache.GENERATION_KEY)  # evicted, or a cache restart
    assert 'href="/guides/calves/"' not in text(client.get("/"))  # stored again, in a new generation
    later = timezone.now() + timezone.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert 'href="/guides/calves/"' in text(client.get("/"))
