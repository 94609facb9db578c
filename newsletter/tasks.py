"""Background work of the newsletter, run by the task worker (``make worker``, or beside ``make run``).

Signups only queue their email here, so the reader's request answers at once
even when the mail server hangs; the worker sends it, retries a temporary
failure later, and never sends again one the server may have received
(sending.hand_over, the rule of editions' emails).
"""

import logging

from django.utils import timezone
from django_tasks import task

from . import delivery, editions, sending
from .emails import already_subscribed_message, confirmation_message, site_url
from .models import Edition, EditionTest, Subscriber
from .subscriptions import find_signup, mark_bounced
from .tokens import signup_stamp

logger = logging.getLogger(__name__)

# An email a person is waiting for (a signup's confirmation, a staff member's test) goes before an edition's runs.
# The database worker takes the highest priority first, then the earliest "run after"; a task queued without one
# is stored as due in the year 9999, so a signup's email sorted behind every due edition run (each queues the
# next with a real "run after") and waited for the whole edition: 17 minutes for 10,000 readers. Now it waits
# at most for the run in progress (NEWSLETTER_SEND_SLICE_SECONDS). Retries keep the priority (Task.using).
SOMEONE_WAITING = 10


def send_signup_email(signup, request=None):
    """Queue the confirmation link, or a reminder that the reader is already subscribed."""
    deliver_signup_email.enqueue(
        subscriber_id=signup.subscriber.pk,
        stamp=signup_stamp(signup.subscriber),
        already_confirmed=signup.already_confirmed,
        site=site_url(request),
    )


@task(priority=SOMEONE_WAITING)
def deliver_signup_email(subscriber_id, stamp, already_confirmed, site, attempt=1):
    """Send one signup's email, unless the row moved on since (deleted, unsubscribed, signed up again)."""
    if already_confirmed:
        subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.CONFIRMED).first()
        message = subscriber and already_subscribed_message(subscriber, site)
    else:
        subscriber = find_signup(subscriber_id, stamp)
        pending = subscriber is not None and subscriber.status == Subscriber.Status.PENDING
        message = pending and confirmation_message(subscriber, site)
    if not message:
        return "superseded"
    outcome = sending.hand_over(message, attempt)  # one the server may have received is not sent again
    if outcome.status == sending.FAILED:
        if outcome.bounced:
            mark_bounced(subscriber_id)
        logger.error("Gave up on the signup email to subscriber %s: %s", subscriber_id, outcome.reason)
        return f"failed: {outcome.reason}"
    if outcome.status == sending.RETRY:
        logger.warning("Signup email to subscriber %s will be retried: %s", subscriber_id, outcome.reason)
        deliver_signup_email.using(run_after=timezone.now() + sending.retry_delay(attempt)).enqueue(
            subscriber_id=subscriber_id,
            stamp=stamp,
            already_confirmed=already_confirmed,
            site=site,
            attempt=attempt + 1,
        )
        return "retrying"
    return "sent"


@task()
def deliver_edition(edition_id, site):
    """One run of an edition's sending (newsletter/delivery.py); it queues the next run itself."""
    return delivery.deliver(edition_id, site)


@task()
def start_scheduled_edition(edition_id, send_at, site):
    """Start a scheduled edition, unless it was rescheduled or moved back to draft since this was queued."""
    edition = Edition.objects.filter(pk=edition_id, status=Edition.Status.SCHEDULED).first()
    if edition is None or edition.send_at is None or edition.send_at.isoformat() != send_at:
        return "not scheduled for this time any more"
    if hidden := editions.not_public(edition):  # taken back to draft, or rescheduled, since it was scheduled
        delivery.unschedule(edition)
        return f"back to draft, not sent: it links to {', '.join(hidden)}"
    return "started" if delivery.start_sending(edition, site) else "already sending"


def queue_test(edition, address, site):
    """Record a "Send a test to me" and queue it; the edition's page shows the row's outcome."""
    test = EditionTest.objects.create(edition=edition, address=address)
    send_test_edition.enqueue(test.pk, site)
    return test


@task(priority=SOMEONE_WAITING)
def send_test_edition(test_id, site):
    """ "Send a test to me": the edition as readers will get it, to one staff member's address.

    A temporary failure is tried again later, and one the server may have received is not, as for readers'
    emails; the outcome is stored on the test's row.
    """
    test = EditionTest.objects.select_related("edition").filter(pk=test_id, status=EditionTest.Status.QUEUED).first()
    if test is None:
        return "gone"
    attempt = test.attempts + 1
    stand_in = Subscriber(email=test.address)  # not stored, not a reader: the test has no unsubscribe link
    message = editions.message(editions.prepare(test.edition, site), stand_in, site, test=True)
    outcome = sending.hand_over(message, attempt)  # one the server may have received is not sent again
    reason = outcome.reason
    if outcome.status == sending.FAILED:
        EditionTest.objects.filter(pk=test_id).update(status=EditionTest.Status.FAILED, attempts=attempt, error=reason)
        logger.error("Gave up on the test of edition %s to %s: %s", test.edition_id, test.address, reason)
        return f"failed: {reason}"
    if outcome.status == sending.RETRY:
        EditionTest.objects.filter(pk=test_id).update(attempts=attempt, error=reason)
        send_test_edition.using(run_after=timezone.now() + sending.retry_delay(attempt)).enqueue(test_id, site)
        return "retrying"
    EditionTest.objects.filter(pk=test_id).update(
        status=EditionTest.Status.SENT, attempts=attempt, sent_at=timezone.now(), error=""
    )
    return "sent"
