"""The newsletter's small modules on their own: addresses, rate limit, subscription states, tokens."""

import smtplib
from unittest import mock

import pytest
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import RequestFactory

from newsletter import addresses, delivery, ratelimit, sending, subscriptions, tokens
from newsletter.addresses import normalise, validate_deliverable
from newsletter.models import Subscriber, SubscriberQuerySet


@pytest.mark.parametrize(
    "typed,stored",
    [
        ("Ann.Lee@Example.COM", "ann.lee@example.com"),
        ("  ann@example.com\t", "ann@example.com"),
        ("ann+tips@EXAMPLE.co.uk", "ann+tips@example.co.uk"),
        ("ann@Bücher.example", "ann@xn--bcher-kva.example"),
        # IDNA 2008: ß is a letter of its own. IDNA 2003 stored strasse.de, another domain.
        ("ann@Straße.example", "ann@xn--strae-oqa.example"),
        ("ann@ab--cd.example", "ann@ab--cd.example"),  # an ASCII domain is only lower-cased
    ],
)
def test_addresses_are_stored_in_one_spelling(typed, stored):
    assert normalise(typed) == stored


@pytest.mark.parametrize(
    "address,code",
    [
        ("ann@example.com\r\nBcc: victim@example.com", "control"),
        ("ann@example.com\n", "control"),
        ("ann\x00@example.com", "control"),
        ("a" * 243 + "@example.com", "too_long"),
        ("josé@example.com", "non_ascii_local"),
        ("a" * 65 + "@example.com", "local_too_long"),
        ("ann.example.com", "invalid"),
        ("@example.com", "invalid"),
        ("ann@", "invalid"),
        ("ann@localhost", "invalid"),
        ("ann smith@example.com", "invalid"),
    ],
)
def test_undeliverable_addresses_are_refused(address, code):
    with pytest.raises(ValidationError) as refused:
        validate_deliverable(address)
    assert refused.value.code == code


@pytest.mark.parametrize(
    "address", ["ann@example.com", "a" * 64 + "@example.com", "ann@bücher.example", "o'neil+x@example.org"]
)
def test_deliverable_addresses_pass(address):
    validate_deliverable(address)


def test_rate_limit_counts_per_key_and_can_be_switched_off():
    assert [ratelimit.allow("t", "k1", 2, 60) for _ in range(3)] == [True, True, False]
    assert ratelimit.allow("t", "k2", 2, 60)
    assert ratelimit.allow("other", "k1", 2, 60)
    assert all(ratelimit.allow("t", "k3", 0, 60) for _ in range(50))


def test_client_ip_trusts_forwarded_for_only_behind_configured_proxies(settings):
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7")
    settings.NEWSLETTER_TRUSTED_PROXIES = 0
    assert ratelimit.client_ip(request) == "10.0.0.1"
    settings.NEWSLETTER_TRUSTED_PROXIES = 1
    assert ratelimit.client_ip(request) == "203.0.113.7"  # the address our proxy saw, not the client's claim
    settings.NEWSLETTER_TRUSTED_PROXIES = 3
    assert ratelimit.client_ip(request) == "10.0.0.1"


@pytest.mark.django_db
def test_subscription_states():
    first = subscriptions.sign_up("Ann@Example.com", "/guides/hamstrings/")
    assert not first.already_confirmed and first.subscriber.status == Subscriber.Status.PENDING
    stamp = tokens.signup_stamp(first.subscriber)
    assert subscriptions.confirm(first.subscriber.pk, stamp).status == Subscriber.Status.CONFIRMED
    again = subscriptions.sign_up("ann@example.com", "/newsletter/")
    assert again.already_confirmed
    ann = Subscriber.objects.get()
    assert ann.status == Subscriber.Status.CONFIRMED and ann.source_page == "/guides/hamstrings/"

    assert subscriptions.unsubscribe(ann.pk).status == Subscriber.Status.UNSUBSCRIBED
    assert subscriptions.confirm(ann.pk, stamp) is None  # no undoing an unsubscribe
    back = subscriptions.sign_up("ANN@example.com", "/newsletter/")
    assert not back.already_confirmed
    ann.refresh_from_db()
    assert ann.status == Subscriber.Status.PENDING and ann.source_page == "/newsletter/"
    assert Subscriber.objects.count() == 1
    # The first signup's link does not confirm the second signup; the second's does.
    assert tokens.signup_stamp(back.subscriber) == tokens.signup_stamp(ann) != stamp
    assert subscriptions.confirm(ann.pk, stamp) is None
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert subscriptions.confirm(ann.pk, tokens.signup_stamp(ann)).status == Subscriber.Status.CONFIRMED
    assert subscriptions.confirm(12345, stamp) is None and subscriptions.unsubscribe(12345) is None


@pytest.mark.django_db
def test_the_database_refuses_a_second_row_or_an_unnormalised_address():
    ann = subscriptions.sign_up("ann@example.com").subscriber
    with pytest.raises(IntegrityError), transaction.atomic():
        Subscriber.objects.create(email="ANN@example.com", consent_at=ann.consent_at, consent_version="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        Subscriber.objects.filter(pk=ann.pk).update(email="Ann@Example.com")


@pytest.mark.django_db
def test_tokens_are_bound_to_their_purpose():
    ann = subscriptions.sign_up("ann@example.com").subscriber
    confirm, unsubscribe = tokens.make_confirm_token(ann), tokens.make_unsubscribe_token(ann)
    assert tokens.read_confirm_token(confirm) == (ann.pk, tokens.signup_stamp(ann))
    assert tokens.read_unsubscribe_token(unsubscribe) == ann.pk
    with pytest.raises(tokens.BadToken):
        tokens.read_unsubscribe_token(confirm)
    with pytest.raises(tokens.BadToken):
        tokens.read_confirm_token(unsubscribe)
    # The readable part is the id (and, to confirm, which signup), never the address.
    assert signing.b64_decode(confirm.split(":")[0].encode()) == f"[{ann.pk},{tokens.signup_stamp(ann)}]".encode()
    assert signing.b64_decode(unsubscribe.split(":")[0].encode()) == str(ann.pk).encode()


@pytest.mark.django_db
def test_sign_up_survives_losing_the_race_to_insert():
    """Another request inserts the address between our read and our insert: we get its row, not an error."""
    winner = subscriptions.sign_up("ann@example.com", "/newsletter/").subscriber
    real_get = SubscriberQuerySet.get
    calls = []

    def get_that_misses_once(queryset, *args, **kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            raise Subscriber.DoesNotExist  # the read happened before the other request's insert
        return real_get(queryset, *args, **kwargs)

    with mock.patch.object(SubscriberQuerySet, "get", get_that_misses_once):
        signup = subscriptions.sign_up("Ann@Example.com", "/guides/hamstrings/")
    assert len(calls) == 2  # missed, tried to insert, hit the unique constraint, read again
    assert signup.subscriber.pk == winner.pk and not signup.already_confirmed
    assert Subscriber.objects.count() == 1


def test_which_mail_server_failures_are_worth_another_try(settings):
    settings.NEWSLETTER_SEND_ATTEMPTS = 3
    settings.NEWSLETTER_RETRY_SECONDS = 60
    busy = smtplib.SMTPDataError(451, b"Try again later")
    unknown = smtplib.SMTPRecipientsRefused({"a@example.com": (550, b"No such mailbox")})
    greylisted = smtplib.SMTPRecipientsRefused({"a@example.com": (450, b"Greylisted")})
    assert sending.may_retry(busy, 1) and sending.may_retry(busy, 2) and not sending.may_retry(busy, 3)
    assert sending.may_retry(greylisted, 1) and sending.may_retry(ConnectionRefusedError(), 1)
    assert not sending.may_retry(unknown, 1) and not sending.may_retry(smtplib.SMTPDataError(554, b"No"), 1)
    assert sending.describe(busy) == "refused by the mail server: 451 Try again later"
    assert sending.describe(unknown) == "refused by the mail server: 550 No such mailbox"
    assert sending.describe(TimeoutError("timed out")) == "could not reach the mail server: TimeoutError: timed out"
    assert [sending.retry_delay(n).total_seconds() for n in (1, 2, 3)] == [60, 120, 240]


def test_the_throttle_spaces_messages_by_the_rate():
    slept = []
    clock = [100.0]
    with (
        mock.patch("newsletter.delivery.time.monotonic", lambda: clock[0]),
        mock.patch("newsletter.delivery.time.sleep", slept.append),
    ):
        throttle = delivery.Throttle(4)  # four a second: 0.25 s apart
        for _ in range(3):
            throttle.wait()
        assert slept == [0.25, 0.5]  # the clock stood still, so each wait covers the whole gap
        unlimited = delivery.Throttle(0)
        unlimited.wait()
        unlimited.wait()
    assert len(slept) == 2


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("ann@xn--bcher-kva.example", "ann@bücher.example"),
        ("ann@example.com", "ann@example.com"),
        ("ann@xn--broken-.example", "ann@xn--broken-.example"),  # not a domain it can decode: as stored
    ],
)
def test_readable_shows_an_international_domain_in_its_own_letters(stored, shown):
    assert addresses.readable(stored) == shown


def test_only_a_refused_address_is_a_hard_bounce_not_a_refused_message_or_sender():
    """A 554 for the message (spam) or a 5xx for the sender would otherwise mark every reader bounced."""
    refuses_address = sending.refuses_address
    assert refuses_address(smtplib.SMTPRecipientsRefused({"a@x.example": (550, b"5.1.1 No such mailbox")}))
    assert refuses_address(smtplib.SMTPDataError(550, b"5.1.1 <a@x.example>: user unknown"))
    assert not refuses_address(smtplib.SMTPDataError(554, b"5.7.1 Message rejected as spam"))
    assert not refuses_address(smtplib.SMTPSenderRefused(550, b"5.7.1 Sender not allowed", "news@x.example"))
    assert not refuses_address(smtplib.SMTPRecipientsRefused({"a@x.example": (450, b"4.2.1 Mailbox busy")}))
    assert not refuses_address(smtplib.SMTPServerDisconnected("gone"))
