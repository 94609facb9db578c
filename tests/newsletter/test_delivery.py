"""Editions delivered to a real SMTP server on loopback: once each, resumable, failures retried or recorded.

Runs on SQLite and on PostgreSQL (DATABASE_URL). The worker is the real one: in
the test's process (tests/worker.py) or, to be killed midway, ``manage.py worker``
in a process of its own.
"""

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group, User
from django.core import mail
from django.db import connection, connections
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from newsletter import delivery, subscriptions
from newsletter.models import Delivery, Edition, Subscriber
from newsletter.permissions import MANAGERS_GROUP
from newsletter.tasks import queue_test
from tests.worker import queued_tasks, run_queued_tasks

from .smtp import Inbox, SmtpServer
from .steps import confirm, link_path, sign_up

SITE = "https://muscleguide.example"
BASE_DIR = Path(__file__).resolve().parents[2]


def readers(count, status=Subscriber.Status.CONFIRMED, prefix="reader"):
    now = timezone.now()
    Subscriber.objects.bulk_create(
        Subscriber(email=f"{prefix}{n:04d}@example.com", status=status, consent_at=now, consent_version="2026-11")
        for n in range(count)
    )
    return [f"{prefix}{n:04d}@example.com" for n in range(count)]


def edition(**fields):
    return Edition.objects.create(
        subject="Hamstrings: why the hip matters",
        body="Train the hamstrings at long lengths [@maeo-2021].\n\nSee [the guide](/guides/hamstrings/).",
        **fields,
    )


def use_smtp(settings, server, **extra):
    for name, value in {**server.settings(), **extra}.items():
        setattr(settings, name, value)


@pytest.mark.django_db(transaction=True)
def test_an_edition_reaches_every_confirmed_reader_once_and_no_one_else(settings, seeded):
    confirmed = readers(200)
    readers(5, Subscriber.Status.PENDING, prefix="pending")
    readers(5, Subscriber.Status.UNSUBSCRIBED, prefix="gone")
    leaving = confirmed[-10:]  # unsubscribe while the send is halfway

    def unsubscribe_the_last_ten():
        for address in leaving:
            subscriptions.unsubscribe(Subscriber.objects.get(email=address).pk)
        connections.close_all()

    def halfway(number, envelope):
        if number == 100:  # the server's event loop may not touch the database itself: a thread does
            reader = threading.Thread(target=unsubscribe_the_last_ten)
            reader.start()
            reader.join()

    with SmtpServer(Inbox(on_message=halfway)) as server:
        use_smtp(settings, server, NEWSLETTER_SEND_RATE=0)
        news = edition()
        assert delivery.start_sending(news, SITE)
        assert Delivery.objects.filter(edition=news).count() == 200  # the audience, frozen when sending started
        assert delivery.start_sending(news, SITE) is False  # a second press sends nothing more
        run_queued_tasks()

    copies = server.inbox.copies()
    assert copies == dict.fromkeys(confirmed[:-10], 1)
    news.refresh_from_db()
    assert news.status == Edition.Status.SENT and news.finished_at is not None
    assert delivery.counts(news.pk) == {"queued": 0, "sending": 0, "sent": 190, "failed": 0, "skipped": 10}

    message = server.inbox.messages[0]
    assert message["Subject"] == "Hamstrings: why the hip matters"
    assert "".join(message["List-Unsubscribe"].split()).startswith(f"<{SITE}/newsletter/unsubscribe/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Message-ID"].endswith("@muscleguide.example>")
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Train the hamstrings at long lengths [1]." in text
    assert f"the guide ({SITE}/guides/hamstrings/)" in text
    assert f'href="{SITE}/guides/hamstrings/"' in html and 'href="/' not in html
    assert "Maeo" in text and "Maeo" in html  # the reference list
    assert len({m["Message-ID"] for m in server.inbox.messages}) == 190


@pytest.mark.django_db(transaction=True)
def test_a_flaky_mail_server_ends_with_every_email_sent_or_failed_with_its_reason(settings):
    addresses = readers(30)
    busy = addresses[5]  # this mailbox's server always says "later"
    gone = addresses[7]  # this one does not exist

    def every_third_or_busy(number, envelope):
        if number % 3 == 0 or busy in envelope.rcpt_tos:
            return "451 4.3.0 Try again later"
        return None

    with SmtpServer(Inbox(on_message=every_third_or_busy, refuse_rcpt=[gone])) as server:
        use_smtp(settings, server, NEWSLETTER_SEND_RATE=0, NEWSLETTER_RETRY_SECONDS=0, NEWSLETTER_SEND_ATTEMPTS=5)
        news = edition()
        delivery.start_sending(news, SITE)
        run_queued_tasks()

    copies = server.inbox.copies()
    assert set(copies.values()) == {1}  # nobody got two
    rows = {row.subscriber.email: row for row in Delivery.objects.select_related("subscriber")}
    assert {address for address, row in rows.items() if row.status == "sent"} == set(copies)
    assert {row.status for row in rows.values()} == {"sent", "failed"}  # nothing left queued or sending
    assert rows[busy].status == "failed" and rows[busy].attempts == 5
    assert rows[busy].error == "refused by the mail server: 451 4.3.0 Try again later"
    assert rows[gone].status == "failed" and rows[gone].attempts == 1  # a 5xx is final at once
    assert rows[gone].error == "refused by the mail server: 550 5.1.1 No such mailbox here"
    assert len(copies) >= 27  # every third refusal was followed by a try that went through
    retried = Delivery.objects.filter(status="sent", attempts__gt=1).count()
    assert retried >= 5  # the refused every-third messages went through on a later try
    assert Edition.objects.get().status == Edition.Status.SENT


@pytest.mark.django_db(transaction=True)
def test_a_server_slow_to_confirm_a_message_it_received_gets_it_once(settings):
    """The server stores each message but answers after the client's timeout: the message is never sent again."""
    addresses = readers(3)

    def store_then_answer_late(number, envelope):
        time.sleep(1.5)  # longer than EMAIL_TIMEOUT below; the message is kept all the same
        return None

    with SmtpServer(Inbox(on_message=store_then_answer_late)) as server:
        use_smtp(settings, server, EMAIL_TIMEOUT=1, NEWSLETTER_SEND_RATE=0, NEWSLETTER_RETRY_SECONDS=0)
        delivery.start_sending(edition(), SITE)
        run_queued_tasks()

    assert server.inbox.copies() == dict.fromkeys(addresses, 1)
    rows = list(Delivery.objects.all())
    assert {(row.status, row.attempts) for row in rows} == {("failed", 1)}
    assert all("it may have arrived, so it is not sent again" in row.error for row in rows)


@pytest.mark.django_db
def test_a_server_that_never_confirms_a_confirmation_email_it_received_gets_it_once(client, settings):
    """The server keeps the message but never says "250" after DATA. The confirmation was sent on the default
    connection, which cannot tell that the message was handed over, and retried: five copies of the same link."""
    with SmtpServer(Inbox(stall_after_data=True)) as server:
        use_smtp(settings, server, EMAIL_TIMEOUT=1, NEWSLETTER_RETRY_SECONDS=0)
        sign_up(client, "ann@example.com")

    assert server.inbox.copies() == {"ann@example.com": 1}
    assert queued_tasks() == []
    [result] = DBTaskResult.objects.all()
    assert result.return_value.startswith("failed: the mail server did not confirm the message after receiving it")
    assert result.return_value.endswith("it may have arrived, so it is not sent again")
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING  # the address is not to blame


@pytest.mark.django_db
def test_a_run_queues_its_successor_before_anything_that_may_stop_it(settings):
    """A worker killed just after taking a run must not end the sending: the next run is already queued."""
    readers(2)
    news = edition()
    delivery.start_sending(news, SITE)  # its first run is queued on commit, which this test never reaches
    with (
        mock.patch.object(delivery, "give_up_abandoned", side_effect=KeyboardInterrupt),
        pytest.raises(KeyboardInterrupt),
    ):
        delivery.deliver(news.pk, SITE)
    assert DBTaskResult.objects.filter(task_path="newsletter.tasks.deliver_edition", status="READY").count() == 1


def test_a_confirmation_and_a_test_go_out_before_the_rest_of_an_edition_being_sent(
    client, seeded, settings, django_capture_on_commit_callbacks
):
    """The worker takes the highest priority first, then the earliest "run after". Each run of an edition queues
    the next with a real "run after", while a task queued with none is stored as due in the year 9999: a signup
    posted 8 s into an edition to 1,500 readers got its confirmation after the last of them, 67 s later."""
    settings.NEWSLETTER_SEND_SLICE_SECONDS = 0  # each run sends nothing and queues the next, due at once
    readers(3)
    news = edition()
    with django_capture_on_commit_callbacks(execute=True):
        delivery.start_sending(news, SITE)
    assert run_queued_tasks(limit=1) == 1  # the first run: the edition goes on with its successor, due now
    assert queued_tasks() == ["deliver_edition"]

    client.post("/newsletter/subscribe/", {"email": "ann@example.com", "consent": "on"})
    queue_test(news, "maya@example.org", SITE)
    assert queued_tasks() == ["deliver_signup_email", "send_test_edition", "deliver_edition"]
    assert run_queued_tasks(limit=2) == 2
    assert [message.to for message in mail.outbox] == [["ann@example.com"], ["maya@example.org"]]


def test_a_manager_resumes_a_sending_whose_runs_were_lost_and_nobody_gets_it_twice(client, seeded):
    manager = User.objects.create_user("maya", "maya@example.org", "pw", is_staff=True)
    manager.groups.add(Group.objects.get(name=MANAGERS_GROUP))
    client.force_login(manager)
    addresses = readers(3)
    news = edition()
    delivery.start_sending(news, SITE)  # the queued run is lost (queued on a commit that never comes here)
    Delivery.objects.filter(subscriber__email=addresses[0]).update(status="sent", sent_at=timezone.now())
    change_page = client.get(f"/admin/newsletter/edition/{news.pk}/change/").content.decode()
    assert 'value="Resume sending"' in change_page
    response = client.post(f"/admin/newsletter/edition/{news.pk}/resume/", follow=True)
    assert "Sending resumed" in response.content.decode()
    run_queued_tasks()
    assert sorted(message.to[0] for message in mail.outbox) == addresses[1:]  # the one already sent is not again
    assert Edition.objects.get(pk=news.pk).status == Edition.Status.SENT
    response = client.post(f"/admin/newsletter/edition/{news.pk}/send/", follow=True)
    assert "This edition was already sent." in response.content.decode()
    response = client.post(f"/admin/newsletter/edition/{news.pk}/resume/", follow=True)
    assert "This edition is not being sent: there is nothing to resume." in response.content.decode()
    assert queued_tasks() == []


def database_url():
    """The test database, as a DATABASE_URL for a worker in another process."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


def start_worker(server, log, worker_id=None, **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": database_url(),
        "DJANGO_CONN_MAX_AGE": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(server.port),
        "NEWSLETTER_SEND_RATE": "0",
        "NEWSLETTER_SEND_SLICE_SECONDS": "1",
        "NEWSLETTER_CLAIM_TIMEOUT": "1",
        "SECRET_KEY": django_settings.SECRET_KEY,
        **extra,
    }
    command = [sys.executable, "manage.py", "worker", "--queue-name=*", "--interval=0.1", "--no-reload"]
    command.append("--no-startup-delay")
    if worker_id:
        command.append(f"--worker-id={worker_id}")
    return subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_for(condition, seconds=90):
    """Poll until ``condition()`` holds; the limit only stops a broken run from hanging."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the worker did not finish"
        time.sleep(0.2)


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_midway_and_restarted_sends_nobody_a_second_copy(settings, tmp_path):
    addresses = readers(200)
    workers = []

    def kill_at_sixty(number, envelope):
        if number == 60:  # the server has the message, the worker dies before hearing "250"
            workers[0].send_signal(signal.SIGKILL)
            workers[0].wait()

    with SmtpServer(Inbox(on_message=kill_at_sixty)) as server, open(tmp_path / "worker.log", "w") as log:
        use_smtp(settings, server)
        news = edition()
        delivery.start_sending(news, SITE)
        workers.append(start_worker(server, log))
        wait_for(lambda: workers[0].poll() is not None)
        assert workers[0].returncode == -signal.SIGKILL
        sent_before_restart = Delivery.objects.filter(status="sent").count()
        assert 0 < sent_before_restart < 200

        workers.append(start_worker(server, log))  # the restarted worker picks up the next run by itself
        try:
            wait_for(lambda: Edition.objects.get(pk=news.pk).status == Edition.Status.SENT)
        finally:
            workers[1].send_signal(signal.SIGTERM)
            workers[1].wait(timeout=30)

    assert server.inbox.copies() == dict.fromkeys(addresses, 1)  # once each, killed or not
    counts = delivery.counts(news.pk)
    assert counts == {"queued": 0, "sending": 0, "sent": 199, "failed": 1, "skipped": 0}
    # The one in flight when the worker died: it did arrive, but the worker could not know; not resent.
    interrupted = Delivery.objects.get(status="failed")
    assert interrupted.error == delivery.INTERRUPTED


@pytest.mark.django_db(transaction=True)
def test_a_confirmation_whose_worker_died_mid_send_arrives_from_the_restarted_worker(client, settings, tmp_path):
    """The task queue never runs a dead worker's task again; ``manage.py worker`` takes it back at start."""
    workers = []

    def kill_the_worker_at_first(number, envelope):
        if number == 1:  # the worker dies while the server is still deciding, before the email is kept
            workers[0].send_signal(signal.SIGKILL)
            workers[0].wait()
            return "451 4.3.0 Try again later"
        return None

    with SmtpServer(Inbox(on_message=kill_the_worker_at_first)) as server, open(tmp_path / "worker.log", "w") as log:
        use_smtp(settings, server)
        client.post("/newsletter/subscribe/", {"email": "late@example.com", "consent": "on", "source": "/"})
        workers.append(start_worker(server, log, worker_id="worker-1"))
        wait_for(lambda: workers[0].poll() is not None)
        assert workers[0].returncode == -signal.SIGKILL
        assert [result.task_name for result in DBTaskResult.objects.running()] == ["deliver_signup_email"]
        assert server.inbox.copies() == {}

        workers.append(start_worker(server, log, worker_id="worker-1"))  # restarted under its id
        try:
            wait_for(lambda: server.inbox.copies())
        finally:
            workers[1].send_signal(signal.SIGTERM)
            workers[1].wait(timeout=30)

    assert server.inbox.copies() == {"late@example.com": 1}
    assert DBTaskResult.objects.running().count() == 0


@pytest.mark.django_db(transaction=True)
def test_a_confirmation_left_running_by_a_machine_that_never_came_back_is_sent_by_a_running_worker(
    client, settings, tmp_path
):
    """Abandoned tasks were looked for only when a worker started: workers that keep running never did."""
    with SmtpServer(Inbox()) as server, open(tmp_path / "worker.log", "w") as log:
        use_smtp(settings, server)
        client.post("/newsletter/subscribe/", {"email": "stuck@example.com", "consent": "on", "source": "/"})
        DBTaskResult.objects.ready().update(
            status=TaskResultStatus.RUNNING, started_at=timezone.now(), worker_ids=["a-machine-gone-for-good"]
        )
        worker = start_worker(server, log, TASKS_ABANDONED_AFTER="2", TASKS_ABANDONED_CHECK_EVERY="0.5")
        try:
            wait_for(lambda: server.inbox.copies(), seconds=30)
        finally:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=30)

    assert server.inbox.copies() == {"stuck@example.com": 1}
    assert DBTaskResult.objects.running().count() == 0


@pytest.mark.django_db(transaction=True)
def test_two_workers_share_one_edition_and_still_send_once_each(settings, tmp_path):
    """How sending grows past one machine: workers claim rows from the same queue (row locks)."""
    addresses = readers(200)
    # The server holds the first message until the second worker connects too, as a slow server would.
    with SmtpServer(Inbox(wait_for_clients=2)) as server, open(tmp_path / "worker.log", "w") as log:
        use_smtp(settings, server, NEWSLETTER_SEND_WORKERS=2)
        news = edition()
        delivery.start_sending(news, SITE)
        workers = [start_worker(server, log, NEWSLETTER_SEND_SLICE_SECONDS="60") for _ in range(2)]
        try:
            wait_for(lambda: Edition.objects.get(pk=news.pk).status == Edition.Status.SENT)
        finally:
            for worker in workers:
                worker.send_signal(signal.SIGTERM)
                worker.wait(timeout=30)

    assert server.inbox.copies() == dict.fromkeys(addresses, 1)
    assert delivery.counts(news.pk)["sent"] == 200
    senders = set(Delivery.objects.values_list("claimed_by", flat=True))
    assert len(senders) == 2  # both workers sent part of it


@pytest.mark.django_db(transaction=True)
def test_an_address_refused_for_good_is_marked_bounced_and_skipped_until_it_signs_up_again(client, settings):
    """A 550 left the reader "Confirmed", so every later edition tried the dead mailbox again."""
    settings.SITE_URL = SITE
    ann, bob = readers(2)
    manager = User.objects.create_user("maya", "maya@example.org", "pw", is_staff=True)
    manager.groups.add(Group.objects.get(name=MANAGERS_GROUP))
    inbox = Inbox(refuse_rcpt=[bob, "carol@example.com"])
    with SmtpServer(inbox) as server:
        use_smtp(settings, server, NEWSLETTER_SEND_RATE=0)
        delivery.start_sending(Edition.objects.create(subject="First", body="Text."), SITE)
        run_queued_tasks()
        sign_up(client, "carol@example.com")  # her confirmation link is refused too

        statuses = dict(Subscriber.objects.values_list("email", "status"))
        assert statuses == {ann: "confirmed", bob: "bounced", "carol@example.com": "bounced"}
        client.force_login(manager)
        listing = client.get("/admin/newsletter/subscriber/", {"status__exact": "bounced"}).content.decode()
        assert bob in listing and "carol@example.com" in listing and ann not in listing
        assert "Bounced (the mail server refused the address): <strong>2</strong>" in listing
        client.logout()

        second = Edition.objects.create(subject="Second", body="Text.")
        delivery.start_sending(second, SITE)
        run_queued_tasks()
        assert [row.subscriber.email for row in second.deliveries.all()] == [ann]  # the dead mailbox is not tried

        inbox.refuse_rcpt.clear()  # bob's mailbox works again; he signs up and confirms
        sign_up(client, bob)
        assert Subscriber.objects.get(email=bob).status == "pending"
        confirm(client, link_path(mail_to(server, bob), "confirm"))
        assert Subscriber.objects.get(email=bob).status == "confirmed"
        delivery.start_sending(Edition.objects.create(subject="Third", body="Text."), SITE)
        run_queued_tasks()
    assert [m["Subject"] for m in server.inbox.messages if m["To"] == bob][-1] == "Third"
    assert sorted(m["Subject"] for m in server.inbox.messages if m["To"] == ann) == ["First", "Second", "Third"]


def mail_to(server, address):
    """The latest message the SMTP server took for ``address``, with a plain-text ``body`` as the steps expect."""
    message = [m for m in server.inbox.messages if m["To"] == address][-1]
    message.body = message.get_body(("plain",)).get_content()
    return message
