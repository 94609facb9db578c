"""Sending an edition to every confirmed reader exactly once, resumably, from any number of workers.

    start_sending: one Delivery row per confirmed subscriber (the audience is frozen), edition "sending"
    deliver (one task run, at most NEWSLETTER_SEND_SLICE_SECONDS): first queue the next run for when
        this one ends, then repeatedly claim one due queued row (row-locked, SKIP LOCKED on PostgreSQL),
        mark it sending, hand it to the mail server, mark it sent; the last run marks the edition sent.

Why each guarantee holds:

- One copy each: the unique (edition, subscriber) row is the only thing that sends, and a row is sent
  only by the worker whose claim moved it from queued to sending, inside a transaction that locks it.
- Several workers: NEWSLETTER_SEND_WORKERS runs start at once, each a chain of its own; they share
  the rows through the claim, so workers on several machines send one edition together.
- Resumable: every run has already queued its successor, so when a worker is killed the next run
  starts anyway (on a restarted or another worker) and carries on with the rows still queued.
- No second copy after a crash: a row the dead worker had marked "sending" may or may not have
  reached the mail server (it may have accepted the message just before the kill). It is never sent
  again: after NEWSLETTER_CLAIM_TIMEOUT it is marked failed with that reason, for a person to judge.
- Unsubscribed mid-send: the subscriber's status is read when the row is claimed, just before sending;
  rows of readers who left are marked skipped, and so are rows whose subscriber was deleted (the row
  stays, with no subscriber, so the edition's counts stay true: newsletter/forgetting.py).
- Temporary SMTP failures go back to the queue with a doubling wait; permanent ones, and the last
  try, are marked failed with the server's reason (newsletter/sending.py). An address the server
  refused for good marks its subscriber bounced, so later editions skip them.
"""

import os
import socket
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from . import editions, sending, subscriptions
from .models import Delivery, Edition, Subscriber

Status = Delivery.Status
INTERRUPTED = (
    "interrupted: the worker stopped while handing this email to the mail server, so it may have been "
    "delivered; not sent again, so that nobody gets two copies"
)


def start_sending(edition, site):
    """Freeze the audience and queue the first run. False if the edition was already sending or sent."""
    from .tasks import deliver_edition

    with transaction.atomic():
        edition = Edition.objects.select_for_update().get(pk=edition.pk)
        if not edition.is_editable:
            return False
        audience = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).order_by("pk")
        rows = (Delivery(edition=edition, subscriber_id=pk) for pk in audience.values_list("pk", flat=True))
        Delivery.objects.bulk_create(rows, batch_size=500, ignore_conflicts=True)
        Edition.objects.filter(pk=edition.pk).update(status=Edition.Status.SENDING, started_at=timezone.now())
        for _ in range(max(1, settings.NEWSLETTER_SEND_WORKERS)):  # each run queues its own successor
            transaction.on_commit(lambda: deliver_edition.enqueue(edition.pk, site))
    return True


def resume_sending(edition, site):
    """Queue one more run of an edition being sent; False if it is not being sent.

    A run whose worker died before it queued its successor leaves nothing to carry on
    (the task queue does not run a dead worker's task again). Another run is always
    safe: runs share the queued rows, each claimed by one, and a sent row is never sent again.
    """
    from .tasks import deliver_edition

    if not Edition.objects.filter(pk=edition.pk, status=Edition.Status.SENDING).exists():
        return False
    deliver_edition.enqueue(edition.pk, site)
    return True


def schedule(edition, when, site):
    """Start sending at ``when``; rescheduling or going back to draft makes the earlier task do nothing."""
    from .tasks import start_scheduled_edition

    updated = Edition.objects.filter(pk=edition.pk, status__in=[Edition.Status.DRAFT, Edition.Status.SCHEDULED])
    if not updated.update(status=Edition.Status.SCHEDULED, send_at=when):
        return False
    start_scheduled_edition.using(run_after=when).enqueue(edition.pk, when.isoformat(), site)
    return True


def unschedule(edition):
    scheduled = Edition.objects.filter(pk=edition.pk, status=Edition.Status.SCHEDULED)
    return bool(scheduled.update(status=Edition.Status.DRAFT))


def counts(edition_id):
    """{status: how many} for an edition's deliveries, every status present: one query."""
    totals = dict.fromkeys(Status.values, 0)
    for row in Delivery.objects.filter(edition_id=edition_id).order_by().values("status").annotate(total=Count("id")):
        totals[row["status"]] = row["total"]
    return totals


def waiting_to_retry(edition_id):
    """Queued rows that failed for a while (a 4xx answer, a server down): the worker tries them again by itself,
    at ``next_attempt_at``, so they are not stuck and need no "Resume sending"."""
    return Delivery.objects.filter(edition_id=edition_id, status=Status.QUEUED, attempts__gt=0)


def due_now(edition_id):
    """How many rows a running worker should be sending now: queued and due, or being sent.

    If this stays above zero while the counts do not move, no worker is sending the edition (Resume sending).
    """
    due = Q(status=Status.QUEUED, next_attempt_at__lte=timezone.now()) | Q(status=Status.SENDING)
    return Delivery.objects.filter(due, edition_id=edition_id).count()


def worker_name():
    return f"{socket.gethostname()}:{os.getpid()}"[:64]


def claim(edition_id, worker):
    """The next due queued row, now marked sending by ``worker``; None when nothing is due.

    Rows of readers who are no longer confirmed, or were deleted, are marked skipped on the way.
    """
    while True:
        with transaction.atomic():
            delivery = (
                Delivery.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("subscriber")
                .filter(edition_id=edition_id, status=Status.QUEUED, next_attempt_at__lte=timezone.now())
                .order_by("next_attempt_at", "pk")
                .first()
            )
            if delivery is None:
                return None
            if delivery.subscriber is None or delivery.subscriber.status != Subscriber.Status.CONFIRMED:
                Delivery.objects.filter(pk=delivery.pk).update(status=Status.SKIPPED, claimed_at=timezone.now())
                continue
            delivery.status, delivery.attempts = Status.SENDING, delivery.attempts + 1
            Delivery.objects.filter(pk=delivery.pk).update(
                status=Status.SENDING, attempts=delivery.attempts, claimed_at=timezone.now(), claimed_by=worker
            )
            return delivery


def send_one(delivery, email, site, connection):
    """Hand one claimed row's email to the mail server and record what happened; returns the new status."""
    message = editions.message(email, delivery.subscriber, site)
    outcome = sending.hand_over(message, delivery.attempts, connection)
    if outcome.status == sending.SENT:
        update = {"status": Status.SENT, "sent_at": timezone.now(), "error": ""}
    elif outcome.status == sending.RETRY:
        later = timezone.now() + sending.retry_delay(delivery.attempts)
        update = {"status": Status.QUEUED, "next_attempt_at": later, "error": outcome.reason}
    else:
        update = {"status": Status.FAILED, "error": outcome.reason}
        if outcome.bounced:
            subscriptions.mark_bounced(delivery.subscriber_id)
    Delivery.objects.filter(pk=delivery.pk).update(**update)
    return update["status"]


def give_up_abandoned(edition_id):
    """Rows left "sending" longer than any send takes belong to a dead worker: failed, never resent."""
    cutoff = timezone.now() - timedelta(seconds=settings.NEWSLETTER_CLAIM_TIMEOUT)
    stale = Delivery.objects.filter(edition_id=edition_id, status=Status.SENDING, claimed_at__lt=cutoff)
    return stale.update(status=Status.FAILED, error=INTERRUPTED)


def finish_if_done(edition_id):
    """Mark the edition sent once no row is queued or being sent. True when it is (or already was) finished."""
    if Delivery.objects.filter(edition_id=edition_id, status__in=[Status.QUEUED, Status.SENDING]).exists():
        return False
    Edition.objects.filter(pk=edition_id, status=Edition.Status.SENDING).update(
        status=Edition.Status.SENT, finished_at=timezone.now()
    )
    return True


class Throttle:
    """At most ``rate`` messages per second from this worker (0: no limit)."""

    def __init__(self, rate):
        self.interval = 1 / rate if rate > 0 else 0
        self.next = time.monotonic()

    def wait(self):
        if not self.interval:
            return
        now = time.monotonic()
        if self.next > now:
            time.sleep(self.next - now)
        self.next = max(self.next, now) + self.interval


def deliver(edition_id, site):
    """One run of sending: at most NEWSLETTER_SEND_SLICE_SECONDS, its successor queued first. Returns counts."""
    from .tasks import deliver_edition

    edition = Edition.objects.filter(pk=edition_id, status=Edition.Status.SENDING).first()
    if edition is None:
        return {}
    # The successor first, so a worker killed in this run leaves the sending to go on (a run that then finds
    # the edition sent does nothing). A run lost before this line is what "Resume sending" is for.
    slice_seconds = settings.NEWSLETTER_SEND_SLICE_SECONDS
    deliver_edition.using(run_after=timezone.now() + timedelta(seconds=slice_seconds)).enqueue(edition_id, site)
    give_up_abandoned(edition_id)
    if finish_if_done(edition_id):
        return counts(edition_id)

    email = editions.prepare(edition, site)
    worker, throttle = worker_name(), Throttle(settings.NEWSLETTER_SEND_RATE)
    deadline = time.monotonic() + slice_seconds
    connection = sending.delivery_connection()
    try:
        while time.monotonic() < deadline:
            throttle.wait()
            delivery = claim(edition_id, worker)
            if delivery is None:
                break
            send_one(delivery, email, site, connection)
    finally:
        connection.close()
    finish_if_done(edition_id)
    return counts(edition_id)
