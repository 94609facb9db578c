"""How the worker talks to the mail server: which failures are worth a retry, and when to retry.

A 5xx answer (no such mailbox, message refused) is permanent: trying again
sends nothing. A 4xx answer, a dropped connection or a timeout is temporary:
the worker tries again later, waiting twice as long each time
(``NEWSLETTER_RETRY_SECONDS``, then double, ...), up to ``NEWSLETTER_SEND_ATTEMPTS`` tries.
"""

import smtplib
from datetime import timedelta

from django.conf import settings

SMTP_ERRORS = (smtplib.SMTPException, OSError)


def is_permanent(error):
    """True when the mail server said no for good (a 5xx answer for the message or every recipient)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        return bool(codes) and all(code >= 500 for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return False


def describe(error):
    """The reason a manager reads in the admin: the server's code and words, or what went wrong on the way."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, words = next(iter(error.recipients.values()))
        return f"refused by the mail server: {code} {words.decode(errors='replace')}"
    if isinstance(error, smtplib.SMTPResponseException):
        words = error.smtp_error.decode(errors="replace") if isinstance(error.smtp_error, bytes) else error.smtp_error
        return f"refused by the mail server: {error.smtp_code} {words}"
    return f"could not reach the mail server: {type(error).__name__}: {error}"


def retry_delay(attempt):
    """How long to wait after failed try number ``attempt`` (1, 2, ...): doubling from NEWSLETTER_RETRY_SECONDS."""
    return timedelta(seconds=settings.NEWSLETTER_RETRY_SECONDS * 2 ** (attempt - 1))


def may_retry(error, attempt):
    return not is_permanent(error) and attempt < settings.NEWSLETTER_SEND_ATTEMPTS
