"""A reader's "forget me": a manager deletes the subscriber in the admin, and nothing that names them is left,
while past editions keep their counts."""

import re
from datetime import timedelta

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from newsletter import delivery
from newsletter.models import Delivery, Edition, Subscriber
from tests.admin_forms import admin_url
from tests.worker import run_queued_tasks

from .steps import confirmed

SITE = "https://muscleguide.example"
READERS = ["ann@example.com", "bob@example.com", "carol@example.com", "dan@example.com"]


def send(subject, django_capture_on_commit_callbacks):
    news = Edition.objects.create(subject=subject, body="Train at long lengths.")
    with django_capture_on_commit_callbacks(execute=True):
        assert delivery.start_sending(news, SITE)
    run_queued_tasks()
    return news


def sent_in_list(client, subject):
    listing = client.get(admin_url(Edition)).content.decode()
    return re.search(rf'{subject}</a></th>.*?<td class="field-sent">(\d+)</td>', listing).group(1)


@pytest.mark.django_db
def test_deleting_a_subscriber_keeps_past_counts_and_leaves_no_address(
    client, manager, django_capture_on_commit_callbacks
):
    """Edition 1 went from 4 sent to 3, and the admin log showed 'carol@example.com' under Recent actions."""
    confirmed(*READERS, "eve@example.com")
    first = send("Edition one", django_capture_on_commit_callbacks)
    eve = Subscriber.objects.get(email="eve@example.com")
    Delivery.objects.filter(subscriber=eve).update(
        status=Delivery.Status.FAILED, error="refused by the mail server: 550 5.1.1 <eve@example.com> unknown"
    )
    assert sent_in_list(client, "Edition one") == "4"

    carol = Subscriber.objects.get(email="carol@example.com")
    response = client.post(admin_url(Subscriber, "delete", carol.pk), {"post": "yes"}, follow=True)
    assert response.status_code == 200 and not Subscriber.objects.filter(email="carol@example.com").exists()
    assert sent_in_list(client, "Edition one") == "4"

    # The "Delete selected" action, for two at once.
    others = Subscriber.objects.filter(email__in=["ann@example.com", "eve@example.com"])
    ids = [str(pk) for pk in others.values_list("pk", flat=True)]
    client.post(admin_url(Subscriber), {"action": "delete_selected", "_selected_action": ids, "post": "yes"})
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == ["bob@example.com", "dan@example.com"]
    assert sent_in_list(client, "Edition one") == "4"
    page = client.get(admin_url(Edition, "change", first.pk)).content.decode()
    assert "Sent: <strong>4</strong> · Failed: <strong>1</strong>" in page
    assert "<td>(deleted subscriber)</td>" in page and "550 5.1.1 &lt;(address deleted)&gt; unknown" in page

    recent = client.get("/admin/").content.decode()
    assert f"subscriber #{carol.pk}" in recent and f"subscriber #{eve.pk}" in recent
    for address in ["ann@example.com", "carol@example.com", "eve@example.com"]:
        assert address not in recent and address not in page
        assert not LogEntry.objects.filter(object_repr__contains=address).exists()
        assert not Delivery.objects.filter(error__contains=address).exists()


@pytest.mark.django_db
def test_a_subscriber_deleted_while_an_edition_goes_out_gets_nothing_and_the_rest_get_it(
    django_capture_on_commit_callbacks,
):
    confirmed(*READERS)
    news = Edition.objects.create(subject="Midway", body="Text.")
    with django_capture_on_commit_callbacks(execute=True):
        delivery.start_sending(news, SITE)
    Subscriber.objects.filter(email="bob@example.com").delete()
    run_queued_tasks()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ann@example.com",
        "carol@example.com",
        "dan@example.com",
    ]
    assert delivery.counts(news.pk) == {"queued": 0, "sending": 0, "sent": 3, "failed": 0, "skipped": 1}
    assert Edition.objects.get(pk=news.pk).status == Edition.Status.SENT


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_every_delivery_and_renames_log_entries_of_deleted_subscribers(admin_user):
    from django.contrib.contenttypes.models import ContentType

    subscriber_type = ContentType.objects.get_for_model(Subscriber)
    try:
        migrate([("newsletter", "0007_clear_dates_of_earlier_subscriptions")])
        confirmed("ann@example.com", "bob@example.com")
        news = Edition.objects.create(subject="Old", body="Text.", status="sent")
        for subscriber in Subscriber.objects.all():
            Delivery.objects.create(edition=news, subscriber=subscriber, status="sent")
        ann = Subscriber.objects.get(email="ann@example.com")
        for object_id, address in [(ann.pk, "ann@example.com"), (999, "gone@example.com")]:
            LogEntry.objects.create(
                user=admin_user,
                content_type=subscriber_type,
                object_id=str(object_id),
                object_repr=address,
                action_flag=3 if object_id == 999 else 2,
            )
    finally:
        call_command("migrate", verbosity=0)

    assert Subscriber.objects.count() == 2 and Delivery.objects.filter(status="sent").count() == 2
    assert sorted(LogEntry.objects.values_list("object_repr", flat=True)) == ["ann@example.com", "subscriber #999"]
    Subscriber.objects.filter(email="ann@example.com").delete()
    assert Delivery.objects.count() == 2 and Delivery.objects.filter(subscriber=None).count() == 1


class OneRound:
    """A stop event for the worker's housekeeping thread that lets it do one round, then stops it."""

    rounds = 0

    def wait(self, timeout):
        self.rounds += 1
        return self.rounds > 1


@pytest.mark.django_db(transaction=True)
def test_signups_never_confirmed_are_deleted_by_the_worker_a_week_after_leaving_nothing(client, admin_user):
    """A typo'd alice@gmial.con stayed pending for ever: nothing purged signups whose link had expired."""
    from core.management.commands.worker import keep_taking_back_abandoned_tasks

    now = timezone.now()
    confirmed("ann@example.com")

    def pending(address, days_ago, **fields):
        when = now - timedelta(days=days_ago)
        return Subscriber.objects.create(email=address, consent_at=when, consent_version="x", **fields)

    typo = pending("alice@gmial.con", 8)
    pending("carol@example.com", 6)  # her link expired after 3 days, but she is kept the 4 days' margin
    pending("dan@example.com", 1)
    again = pending("eve@example.com", 9, confirmed_at=None)  # confirmed once, got an edition, signed up again
    Delivery.objects.create(
        edition=Edition.objects.create(subject="Old", body="Text."),
        subscriber=again,
        status=Delivery.Status.FAILED,
        error="refused by the mail server: 552 eve@example.com mailbox full",
    )
    LogEntry.objects.log_actions(admin_user.pk, [typo], CHANGE, change_message="Looked at it.")

    keep_taking_back_abandoned_tasks(300, OneRound())

    addresses = sorted(Subscriber.objects.values_list("email", flat=True))
    assert addresses == ["ann@example.com", "carol@example.com", "dan@example.com"]
    [kept] = Delivery.objects.all()  # the edition's counts stay; the row names nobody
    assert kept.subscriber is None and kept.error == "refused by the mail server: 552 (address deleted) mailbox full"
    assert list(LogEntry.objects.values_list("object_repr", flat=True)) == [f"subscriber #{typo.pk}"]
