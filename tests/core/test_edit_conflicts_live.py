"""Two editors press Save on one copy of a guide at the same moment, against a real threaded server.

``test_edit_conflicts`` shows the guarded write by interleaving the two saves by hand; here the
saves really race, each on its own server thread and database connection (on PostgreSQL both
pass the form's check before either writes, see ``checks_meet``). Exactly one is
written; the other editor gets the form back, told who saved. Runs on SQLite (a database file,
see config/test_settings.py) and on PostgreSQL (DATABASE_URL), like the signup race.
"""

import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.management import call_command
from django.db import connection
from django.test import Client

from articles.models import MuscleGroup
from core.admin import EditVersionForm
from tests.admin_forms import admin_url, form_data

pytestmark = pytest.mark.django_db(transaction=True)

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ROUNDS = 3


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # report the 302 itself


class EditorTab:
    """One editor's browser tab on the live server: opens the change form, then saves it with new words."""

    opener = urllib.request.build_opener(NoRedirects)

    def __init__(self, live_server, user, path):
        client = Client()
        client.force_login(user)
        self.url = live_server.url + path
        self.origin = live_server.url
        self.session = client.cookies[settings.SESSION_COOKIE_NAME].value

    def open(self):
        request = urllib.request.Request(self.url, headers={"Cookie": f"{settings.SESSION_COOKIE_NAME}={self.session}"})
        with self.opener.open(request, timeout=60) as response:
            html = response.read()
            cookies = response.headers.get_all("Set-Cookie") or []
        self.csrf_cookie = next(c.split(";")[0] for c in cookies if c.startswith(settings.CSRF_COOKIE_NAME + "="))
        self.fields = {
            **form_data(SimpleNamespace(content=html)),
            "csrfmiddlewaretoken": CSRF_FIELD.search(html.decode()).group(1),
        }

    def save(self, summary, start):
        body = urllib.parse.urlencode({**self.fields, "summary": summary, "_continue": ""}, doseq=True).encode()
        request = urllib.request.Request(self.url, data=body)
        request.add_header("Cookie", f"{settings.SESSION_COOKIE_NAME}={self.session}; {self.csrf_cookie}")
        request.add_header("Origin", self.origin)
        request.add_header("Referer", self.url)
        start.wait()  # both saves leave together
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as answer:
            return answer.code, answer.read().decode()


@pytest.fixture
def checks_meet(monkeypatch):
    """Where reads never wait for writes (PostgreSQL), make the race certain: both saves pass the form's
    check of the version before either writes, so only the guarded write can stop the second.

    On SQLite a save's transaction takes the write lock as it begins (``transaction_mode`` IMMEDIATE),
    so two saves cannot overlap at all; waiting there would only deadlock.
    """
    if connection.vendor == "sqlite":
        return
    both_checked = threading.Barrier(2, timeout=30)
    request_thread = threading.local()  # the live server runs each request on a thread of its own
    real_saved_version = EditVersionForm.saved_version

    def check_then_meet(form):
        version = real_saved_version(form)
        if not getattr(request_thread, "met", False):
            request_thread.met = True  # the form shown again after a refused write checks on its own
            both_checked.wait()
        return version

    monkeypatch.setattr(EditVersionForm, "saved_version", check_then_meet)


@pytest.mark.usefixtures("checks_meet")
def test_of_two_saves_racing_from_one_copy_exactly_one_is_written(live_server, django_user_model):
    call_command("seed_content", verbosity=0)
    guide = MuscleGroup.objects.get(slug="hamstrings")
    path = admin_url(MuscleGroup, "change", guide.pk)
    edna = django_user_model.objects.create_superuser("edna", "edna@example.org", "quads-and-hamstrings-42")
    otto = django_user_model.objects.create_superuser("otto", "otto@example.org", "quads-and-hamstrings-43")
    tabs = {"Edna": EditorTab(live_server, edna, path), "Otto": EditorTab(live_server, otto, path)}

    for round_number in range(ROUNDS):
        for tab in tabs.values():
            tab.open()  # both tabs hold the same saved version
        start = threading.Barrier(len(tabs), timeout=30)
        with ThreadPoolExecutor(max_workers=len(tabs)) as pool:
            saves = {
                name: pool.submit(tab.save, f"{name}'s words, round {round_number}.", start)
                for name, tab in tabs.items()
            }
            answers = {name: save.result() for name, save in saves.items()}

        written = [name for name, (status, _) in answers.items() if status == 302]
        refused = [name for name, (status, _) in answers.items() if status == 200]
        assert len(written) == 1 and len(refused) == 1, {name: status for name, (status, _) in answers.items()}
        assert "Not saved: while you were editing" in answers[refused[0]][1]
        guide.refresh_from_db()
        assert guide.summary == f"{written[0]}'s words, round {round_number}."

    changes = LogEntry.objects.filter(object_id=str(guide.pk), action_flag=CHANGE)
    assert changes.count() == ROUNDS  # one change logged per round: the refused save left no trace
