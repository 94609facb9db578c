"""Signed links in newsletter emails, made with ``django.core.signing``.

Each purpose has its own salt, so a confirmation token can never be replayed
as an unsubscribe token or the other way round. Confirmation links expire
(after ``NEWSLETTER_CONFIRM_DAYS`` days); unsubscribe links never do, because
a reader may click one in a years-old email. Tokens carry the subscriber's id,
not the address, so the address does not end up in URLs and server logs.

A confirmation token also carries the moment of the signup that sent it (the
row's ``consent_at``), so it confirms that signup only: after an unsubscribe and
a new signup, the old email's link no longer works.
"""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
BadToken = signing.BadSignature
ExpiredToken = signing.SignatureExpired  # a subclass of BadToken


def signup_stamp(subscriber):
    """Which signup a confirmation link belongs to: the row's consent time, in microseconds."""
    return (subscriber.consent_at - EPOCH) // timedelta(microseconds=1)


def make_confirm_token(subscriber):
    return signing.dumps([subscriber.pk, signup_stamp(subscriber)], salt=CONFIRM_SALT)


def read_confirm_token(token):
    """(subscriber id, signup stamp) from a confirmation token; ExpiredToken or BadToken if old or forged."""
    value = signing.loads(token, salt=CONFIRM_SALT, max_age=settings.NEWSLETTER_CONFIRM_DAYS * 86400)
    if not (isinstance(value, list) and len(value) == 2 and all(type(part) is int for part in value)):
        raise BadToken("The token does not name a signup.")
    return value[0], value[1]


def make_unsubscribe_token(subscriber):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object(subscriber.pk)


def read_unsubscribe_token(token):
    """The subscriber id in an unsubscribe token; BadToken if it was tampered with."""
    return _as_id(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token))


def _as_id(value):
    if type(value) is not int:
        raise BadToken("The token does not name a subscriber.")
    return value
