"""Saves made while the cache is down or hung reach readers once it answers again (core.page_cache)."""

import time

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from articles import glossary
from articles.models import GlossaryTerm, MuscleGroup
from core import fail_safe, page_cache
from core.housekeeping import run_chores
from core.models import OwedPageRefresh
from exercises.models import Exercise
from tests.admin_forms import form_data
from tests.factories import make_exercise, make_guide

pytestmark = pytest.mark.usefixtures("seeded")

GUIDE = "/guides/hamstrings/"


class SwitchedCache:
    """The test's cache behind a switch: while ``down``, every call fails as a Redis cut off does, and is counted.

    With ``hung``, a call fails as a Redis that accepts and never answers does, after its socket
    timeout (0.25 s each, not waited here: the calls are counted instead).
    """

    def __init__(self, real):
        self.real = real
        self.down = False
        self.hung = False
        self.calls_while_down = []

    def __getattr__(self, name):
        method = getattr(self.real, name)

        def call(*args, **kwargs):
            if self.down:
                self.calls_while_down.append(name)
                if self.hung:
                    raise TimeoutError("Timeout reading from socket")
                raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
            return method(*args, **kwargs)

        return call


@pytest.fixture
def switched(monkeypatch):
    """The page cache and the glossary's terms use one cache, which the test takes down and brings back."""
    switched = SwitchedCache(cache)
    monkeypatch.setattr(page_cache, "cache", switched)
    monkeypatch.setattr(glossary, "cache", switched)
    return switched


def comes_back(switched, monkeypatch):
    """The cache answers again, and the few seconds this process leaves a failed cache alone are over."""
    switched.down = False
    monkeypatch.setattr(fail_safe, "RETRY_SECONDS", 0)


def another_process(met_the_failure):
    """What the next request sees when another process serves it: it owes nothing itself, and met the
    failing cache (it served pages during the outage) or not (Redis was cut off from the saving server only)."""
    page_cache.reset()
    if not met_the_failure:
        fail_safe.reset()


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def save_title(admin_client, title):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    url = reverse("admin:articles_musclegroup_change", args=[guide.pk])
    data = form_data(admin_client.get(url))
    data["title"] = title
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_a_save_while_the_cache_is_down_reaches_readers_once_it_answers(client, admin_client, switched, monkeypatch):
    """Readers got the old guide until the entry expired (PAGE_CACHE_SECONDS, 10 minutes): nothing remembered
    the refresh that could not reach the cache."""
    assert "<h1>How to train your hamstrings</h1>" in text(client.get(GUIDE))  # cached
    switched.down = True
    save_title(admin_client, "Saved during the outage")
    comes_back(switched, monkeypatch)
    html = text(client.get(GUIDE))
    assert "<h1>Saved during the outage</h1>" in html
    assert not OwedPageRefresh.objects.exists()  # replayed once, by the first process whose cache answered


def test_a_look_that_could_not_see_the_owed_row_yet_leaves_no_stale_page_after_the_commit(
    client, switched, monkeypatch, django_capture_on_commit_callbacks
):
    """A thread that looked between the save and its commit found no row and counted the refresh as done; nothing
    refreshed after the commit, so pages stayed old until the worker's round (code review)."""
    assert "<h1>How to train your hamstrings</h1>" in text(client.get(GUIDE))  # cached
    switched.down = True
    with django_capture_on_commit_callbacks(execute=True):
        guide = MuscleGroup.objects.get(slug="hamstrings")
        guide.title = "Committed a moment later"
        guide.save()  # the refresh is owed: a row of this transaction
        OwedPageRefresh.objects.all().delete()  # as another thread sees the table before the commit: no row...
        page_cache._looked_at = time.monotonic()  # ...and it has looked, after the debt
        comes_back(switched, monkeypatch)
    assert "<h1>Committed a moment later</h1>" in text(client.get(GUIDE))


def test_another_process_that_met_the_failing_cache_replays_the_refresh(client, admin_client, switched, monkeypatch):
    assert "<h1>How to train your hamstrings</h1>" in text(client.get(GUIDE))
    switched.down = True
    save_title(admin_client, "Saved on another server")
    assert client.get(GUIDE).status_code == 200  # served without the cache, which this process left resting
    another_process(met_the_failure=True)
    comes_back(switched, monkeypatch)
    assert "<h1>Saved on another server</h1>" in text(client.get(GUIDE))


def test_the_workers_housekeeping_replays_a_refresh_no_serving_process_looks_for(
    client, admin_client, switched, monkeypatch, django_assert_num_queries
):
    assert "<h1>How to train your hamstrings</h1>" in text(client.get(GUIDE))
    switched.down = True
    save_title(admin_client, "Saved while cut off")
    another_process(met_the_failure=False)
    comes_back(switched, monkeypatch)
    with django_assert_num_queries(0):  # a warm page never asks the database, even while a refresh is owed
        assert "<h1>How to train your hamstrings</h1>" in text(client.get(GUIDE))
    run_chores()
    assert "<h1>Saved while cut off</h1>" in text(client.get(GUIDE))
    with django_assert_num_queries(0):
        assert "<h1>Saved while cut off</h1>" in text(client.get(GUIDE))


def test_a_guide_scheduled_while_the_cache_is_down_appears_on_its_date(client, switched, monkeypatch):
    """The date went with the refresh that failed: the home page never learnt when to change."""
    assert 'href="/guides/calves/"' not in text(client.get("/"))
    switched.down = True
    make_guide("calves", "Calves", published_at=timezone.now() + timezone.timedelta(hours=1))
    another_process(met_the_failure=True)  # the one that saved it may never serve the home page
    comes_back(switched, monkeypatch)
    assert 'href="/guides/calves/"' not in text(client.get("/"))  # not yet
    later = timezone.now() + timezone.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert 'href="/guides/calves/"' in text(client.get("/"))


def test_a_term_added_while_the_cache_is_down_is_linked_once_it_answers(client, switched, monkeypatch):
    """The pages are refreshed, and rendered with the terms read again rather than the cached list."""
    assert 'href="/glossary/#knee-flexion"' not in text(client.get(GUIDE))  # the page and the terms cached
    switched.down = True
    GlossaryTerm.objects.create(
        term="Knee flexion",
        slug="knee-flexion",
        also_matches="flexes the knee",
        definition="Bending the knee.",
        status=GlossaryTerm.Status.PUBLISHED,
    )
    comes_back(switched, monkeypatch)
    assert 'href="/glossary/#knee-flexion"' in text(client.get(GUIDE))


def test_a_refresh_still_owed_when_the_cache_fails_again_stays_owed(client, admin_client, switched, monkeypatch):
    text(client.get(GUIDE))
    switched.down = True
    save_title(admin_client, "Saved twice over")
    monkeypatch.setattr(fail_safe, "RETRY_SECONDS", 0)
    assert "Saved twice over" in text(client.get(GUIDE))  # rendered without the cache; the replay failed
    assert OwedPageRefresh.objects.exists()
    switched.down = False
    assert "<h1>Saved twice over</h1>" in text(client.get(GUIDE))
    assert not OwedPageRefresh.objects.exists()


def test_a_hung_cache_costs_a_bulk_publish_one_timeout_not_one_per_item(
    client, admin_client, switched, monkeypatch, settings
):
    """Publishing 120 exercises took 63 s with a hung Redis (past nginx's 60 s: a 504 for work done): every
    save's refresh waited for the socket timeout, though everything else leaves a failed cache alone a while."""
    settings.LIST_PAGE_SIZE = 100
    drafts = [make_exercise(f"drafted-{number}", status=Exercise.Status.DRAFT) for number in range(30)]
    assert "Drafted 7" not in text(client.get("/exercises/"))  # cached
    switched.down = switched.hung = True
    url = reverse("admin:exercises_exercise_changelist")
    selected = [draft.pk for draft in drafts]
    response = admin_client.post(url, {"action": "publish_now", "_selected_action": selected, "index": 0})
    assert response.status_code == 302
    assert Exercise.objects.filter(pk__in=selected, status=Exercise.Status.PUBLISHED).count() == 30
    GlossaryTerm.objects.create(term="Knee flexion", slug="knee-flexion", definition="Bending the knee.")
    assert len(switched.calls_while_down) == 1  # one timeout, then the cache is left alone for a few seconds
    comes_back(switched, monkeypatch)
    html = text(client.get("/exercises/"))
    assert all(f"Drafted {number}<" in html for number in range(30))  # the skipped refreshes were owed, not dropped
