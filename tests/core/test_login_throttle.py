"""Sign-in throttling (django-axes): wrong passwords lock the username from that address for a while."""

import logging
from datetime import timedelta

from axes.models import AccessAttempt
from django.test import Client
from django.utils import timezone

LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "quads-and-hamstrings-42"


def attempt(client, password, username="edna"):
    return client.post(LOGIN, {"username": username, "password": password})


def test_twenty_wrong_passwords_then_the_right_one_is_locked_out_with_a_clear_message(editor, caplog):
    client = Client(REMOTE_ADDR="203.0.113.7")
    caplog.set_level(logging.WARNING, logger="axes")
    answers = [attempt(client, f"wrong-{n}").status_code for n in range(20)]
    assert answers[:4] == [200] * 4  # the login form again, with Django's error
    assert set(answers[5:]) == {429}
    response = attempt(client, PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed sign-ins for “edna” from your address" in page
    assert "for 15 minutes" in page
    assert "_auth_user_id" not in client.session
    logged = 'Locking out {username: "edna", ip_address: "203.0.113.7"'
    assert any(logged in record.getMessage() for record in caplog.records)


def test_failed_sign_ins_are_logged_and_listed_for_superusers(editor, admin_client, caplog):
    caplog.set_level(logging.WARNING, logger="axes")
    attempt(Client(REMOTE_ADDR="203.0.113.8"), "wrong")
    logged = 'New login failure by {username: "edna", ip_address: "203.0.113.8"'
    assert any(logged in record.getMessage() for record in caplog.records)
    row = AccessAttempt.objects.get()
    assert (row.username, row.ip_address, row.failures_since_start) == ("edna", "203.0.113.8", 1)
    page = admin_client.get("/admin/axes/accessattempt/").content.decode()
    assert "edna" in page and "203.0.113.8" in page


def test_the_lock_holds_for_that_username_and_address_only_and_lifts_after_the_cool_off(editor):
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for n in range(5):
        attempt(attacker, f"wrong-{n}")
    assert attempt(attacker, PASSWORD).status_code == 429
    # The editor at their own address is not locked out by someone else's guessing.
    at_home = Client(REMOTE_ADDR="198.51.100.4")
    assert attempt(at_home, PASSWORD).status_code == 302
    # Fifteen minutes later the pair may try again.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert attempt(attacker, PASSWORD).status_code == 302


def test_unknown_usernames_are_throttled_too(db):
    client = Client(REMOTE_ADDR="203.0.113.10")
    answers = [attempt(client, "guess", username="nobody").status_code for _ in range(8)]
    assert answers[-1] == 429


def test_behind_nginx_the_forwarded_address_is_the_client(editor, settings):
    settings.TRUSTED_PROXIES = 1
    for n in range(5):
        attempt(Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.11"), f"wrong-{n}")
    assert AccessAttempt.objects.get().ip_address == "203.0.113.11"
    other = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.5")
    assert attempt(other, PASSWORD).status_code == 302


def test_staff_sessions_end_after_four_idle_hours(editor):
    client = Client()
    assert attempt(client, PASSWORD).status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 200
    assert response.cookies["sessionid"]["max-age"] == 4 * 3600  # renewed by each request


def test_the_test_clients_login_still_works(editor, client):
    assert client.login(username="edna", password=PASSWORD)
