"""The life of a subscription: sign up, confirm, unsubscribe.

    new address ── sign up ──> pending ── confirm (POST, with this signup's link) ──> confirmed
    pending / unsubscribed ── sign up again ──> pending (fresh consent, new link; older links stop working;
                                                the earlier confirmed and unsubscribed dates are cleared)
    pending / confirmed ── the mail server refuses the address for good (5xx) ──> bounced (sent nothing more)
    bounced ── sign up again ──> pending (and, once confirmed, confirmed)
    any status ── unsubscribe link ──> unsubscribed

Each change is one conditional UPDATE, so two requests racing on the same row
cannot undo each other (a re-signup never turns a confirmed reader back into a
pending one), and the unique address means a race to insert ends with one row.
"""

from dataclasses import dataclass

from django.utils import timezone

from . import consent
from .addresses import normalise
from .models import Subscriber
from .tokens import signup_stamp

Status = Subscriber.Status


@dataclass(frozen=True)
class Signup:
    subscriber: Subscriber
    already_confirmed: bool  # True: send "you are already subscribed" instead of a confirmation link


def sign_up(email, source_page=""):
    """Record a signup with today's consent wording; safe to call many times at once for one address."""
    email = normalise(email)
    now = timezone.now()
    fresh_consent = {"consent_at": now, "consent_version": consent.CURRENT_VERSION, "source_page": source_page}
    # get_or_create inserts in a savepoint; if another request inserted the address between its read
    # and its insert, the unique constraint raises IntegrityError and it reads the winner's row instead.
    subscriber, created = Subscriber.objects.get_or_create(email=email, defaults=fresh_consent)
    if created:
        return Signup(subscriber, already_confirmed=False)
    # A new signup starts the row's story again: dates of an earlier subscription would show a pending
    # reader as once confirmed, or a confirmed one as unsubscribed, in the list and the export.
    renewal = {"status": Status.PENDING, "confirmed_at": None, "unsubscribed_at": None, **fresh_consent}
    renewable = [Status.PENDING, Status.UNSUBSCRIBED, Status.BOUNCED]
    renewed = Subscriber.objects.filter(pk=subscriber.pk, status__in=renewable).update(**renewal)
    if renewed:  # the row as it now stands: its consent time names this signup in the confirmation link
        for field, value in renewal.items():
            setattr(subscriber, field, value)
    return Signup(subscriber, already_confirmed=not renewed)


def find_signup(subscriber_id, stamp):
    """The subscriber a confirmation link was sent to, or None when the link no longer stands.

    A link stands for the signup that sent it (``stamp``): not after a later signup, an unsubscribe or
    the row's deletion.
    """
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or subscriber.status == Status.UNSUBSCRIBED or signup_stamp(subscriber) != stamp:
        return None
    return subscriber


def confirm(subscriber_id, stamp):
    """Confirm the signup a link was sent for. Returns the subscriber as it now stands, or None.

    A confirmed reader stays confirmed (links are idempotent). An unsubscribed reader stays unsubscribed,
    and a link from an earlier signup confirms nothing: the update only matches the row while it still
    holds that signup's consent time.
    """
    subscriber = find_signup(subscriber_id, stamp)
    if subscriber is None:
        return None
    Subscriber.objects.filter(pk=subscriber_id, status=Status.PENDING, consent_at=subscriber.consent_at).update(
        status=Status.CONFIRMED, confirmed_at=timezone.now()
    )
    return find_signup(subscriber_id, stamp)


def unsubscribe(subscriber_id):
    """Unsubscribe, whatever the status; doing it twice changes nothing. Returns the subscriber or None."""
    unsubscribe_all(Subscriber.objects.filter(pk=subscriber_id))
    return Subscriber.objects.filter(pk=subscriber_id).first()


def unsubscribe_all(subscribers):
    """Unsubscribe every subscriber in a queryset; those already out keep their original date."""
    return subscribers.exclude(status=Status.UNSUBSCRIBED).update(
        status=Status.UNSUBSCRIBED, unsubscribed_at=timezone.now()
    )


def mark_bounced(subscriber_id):
    """The mail server refused this reader's address for good: later editions skip it until a new signup."""
    return Subscriber.objects.filter(pk=subscriber_id, status__in=[Status.PENDING, Status.CONFIRMED]).update(
        status=Status.BOUNCED
    )
