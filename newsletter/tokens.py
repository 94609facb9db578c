"""Signed links in newsletter emails, made with ``django.core.signing``.

Each purpose has its own salt, so a confirmation token can never be replayed
as an unsubscribe token or the other way round. Confirmation links expire
(after ``NEWSLETTER_CONFIRM_DAYS`` days); unsubscribe links never do, because
a reader may click one in a years-old email. Tokens carry the subscriber's id,
not the address, so the address does not end up in URLs and server logs.
"""

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"

BadToken = signing.BadSignature
ExpiredToken = signing.SignatureExpired  # a subclass of BadToken


def make_confirm_token(subscriber):
    return signing.dumps(subscriber.pk, salt=CONFIRM_SALT)


def read_confirm_token(token):
    """The subscriber id in a confirmation token; ExpiredToken or BadToken if it is old or forged."""
    return _as_id(signing.loads(token, salt=CONFIRM_SALT, max_age=settings.NEWSLETTER_CONFIRM_DAYS * 86400))


def make_unsubscribe_token(subscriber):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object(subscriber.pk)


def read_unsubscribe_token(token):
    """The subscriber id in an unsubscribe token; BadToken if it was tampered with."""
    return _as_id(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token))


def _as_id(value):
    if type(value) is not int:
        raise BadToken("The token does not name a subscriber.")
    return value
