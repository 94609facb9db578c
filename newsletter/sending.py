"""How the worker talks to the mail server: which failures are worth a retry, and when to retry.

A 5xx answer (no such mailbox, message refused) is permanent: trying again
sends nothing. A 4xx answer, a dropped connection or a timeout is temporary:
the worker tries again later, waiting twice as long each time
(``NEWSLETTER_RETRY_SECONDS``, then double, ...), up to ``NEWSLETTER_SEND_ATTEMPTS`` tries.

But a connection that breaks, or a server that does not answer in time, once the
message itself was handed over (the SMTP DATA step) may have delivered it: a
server slow to say "250" has usually stored the message already. Such a message
is never sent again (``maybe_delivered``), as after a worker's crash: one reader
getting it five times is worse than one not getting it.

``hand_over`` applies these rules to one message, for every email the worker sends:
an edition's copies, a signup's confirmation and a staff member's test.
"""

import smtplib
from datetime import timedelta
from typing import NamedTuple

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends import smtp

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


class HandOverAware:
    """An SMTP client that knows whether the current message reached the DATA step."""

    handed_over = False

    def mail(self, *args, **kwargs):  # the first command of every message
        self.handed_over = False
        return super().mail(*args, **kwargs)

    def data(self, msg):
        self.handed_over = True
        return super().data(msg)


class HandOverAwareSMTP(HandOverAware, smtplib.SMTP):
    pass


class HandOverAwareSMTPSSL(HandOverAware, smtplib.SMTP_SSL):
    pass


class HandOverAwareBackend(smtp.EmailBackend):
    """Django's SMTP backend with a client that says when a message was handed over."""

    @property
    def connection_class(self):
        return HandOverAwareSMTPSSL if self.use_ssl else HandOverAwareSMTP


def delivery_connection():
    """The mail connection for a sending run: ``HandOverAwareBackend`` when the site sends by SMTP."""
    if settings.EMAIL_BACKEND == SMTP_BACKEND:
        return get_connection(f"{__name__}.HandOverAwareBackend")
    return get_connection()


def maybe_delivered(error, connection):
    """Did ``error`` happen after the message was handed over, with no answer from the server?"""
    client = getattr(connection, "connection", None)
    return getattr(client, "handed_over", False) and not isinstance(error, smtplib.SMTPResponseException)


SMTP_ERRORS = (smtplib.SMTPException, OSError)

SENT, RETRY, FAILED = "sent", "retry", "failed"


class Outcome(NamedTuple):
    """What became of one message: SENT; RETRY (a temporary failure, tries left); or FAILED (refused for good,
    out of tries, or maybe delivered: never sent again). ``reason`` is the failure in the admin's words;
    ``bounced`` says the server refused the address itself for good."""

    status: str
    reason: str = ""
    bounced: bool = False


def hand_over(message, attempt, connection=None):
    """Send ``message`` (try number ``attempt``) and say what became of it, by the rules above.

    ``connection``: one a sending run reuses from message to message; it is closed after a failure, so the
    next message starts on a fresh one. Without it the message gets a connection of its own, closed after.
    """
    own = connection is None
    connection = delivery_connection() if own else connection
    message.connection = connection
    try:
        connection.open()  # no-op while open; reopens after a failure closed it
        message.send()
    except SMTP_ERRORS as error:
        delivered = maybe_delivered(error, connection)  # read before close() drops the client
        connection.close()  # start the next message on a fresh connection
        if delivered:
            return Outcome(FAILED, describe_maybe_delivered(error))
        if may_retry(error, attempt):
            return Outcome(RETRY, describe(error))
        return Outcome(FAILED, describe(error), bounced=refuses_address(error))
    finally:
        if own:
            connection.close()
    return Outcome(SENT)


def is_permanent(error):
    """True when the mail server said no for good (a 5xx answer for the message or every recipient)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        return bool(codes) and all(code >= 500 for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return False


def refuses_address(error):
    """True when the mail server said, for good, that the address itself does not work (a hard bounce).

    That is a 5xx answer to the recipient (RCPT TO: "550 5.1.1 no such mailbox"), or a later 5xx whose
    status is 5.1.x (a bad address). A 5xx about the message or the sender ("554 5.7.1 spam") says nothing
    about the reader, and acting on it would mark a whole list bounced.
    """
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return is_permanent(error)
    if isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500:
        return server_words(error).startswith("5.1.")
    return False


def server_words(error):
    """What the mail server said after its code, as text (smtplib keeps the bytes it read)."""
    words = error.smtp_error
    return words.decode(errors="replace") if isinstance(words, bytes) else str(words)


def describe(error):
    """The reason a manager reads in the admin: the server's code and words, or what went wrong on the way."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, words = next(iter(error.recipients.values()))
        return f"refused by the mail server: {code} {words.decode(errors='replace')}"
    if isinstance(error, smtplib.SMTPResponseException):
        return f"refused by the mail server: {error.smtp_code} {server_words(error)}"
    return f"could not reach the mail server: {type(error).__name__}: {error}"


def describe_maybe_delivered(error):
    return (
        "the mail server did not confirm the message after receiving it "
        f"({type(error).__name__}: {error}); it may have arrived, so it is not sent again"
    )


def retry_delay(attempt):
    """How long to wait after failed try number ``attempt`` (1, 2, ...): doubling from NEWSLETTER_RETRY_SECONDS."""
    return timedelta(seconds=settings.NEWSLETTER_RETRY_SECONDS * 2 ** (attempt - 1))


def may_retry(error, attempt):
    return not is_permanent(error) and attempt < settings.NEWSLETTER_SEND_ATTEMPTS
