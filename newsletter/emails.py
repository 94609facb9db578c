"""Newsletter emails: plain text and HTML from templates, each with a one-click unsubscribe.

Every message carries the reader's signed unsubscribe link in its body and in
the ``List-Unsubscribe`` / ``List-Unsubscribe-Post`` headers (RFC 8058), so
mail programs can offer their own unsubscribe button.
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from .tokens import make_confirm_token, make_unsubscribe_token

logger = logging.getLogger(__name__)


def absolute_url(path, request=None):
    """``SITE_URL`` + path; without SITE_URL (development), the host of the current request."""
    if settings.SITE_URL:
        return settings.SITE_URL.rstrip("/") + path
    return request.build_absolute_uri(path)


def unsubscribe_url(subscriber, request=None):
    return absolute_url(reverse("newsletter:unsubscribe", args=[make_unsubscribe_token(subscriber)]), request)


def confirm_url(subscriber, request=None):
    return absolute_url(reverse("newsletter:confirm", args=[make_confirm_token(subscriber)]), request)


def build_message(subscriber, template, context, request=None):
    """An email to one subscriber from ``newsletter/email/<template>_subject.txt``, ``.txt`` and ``.html``."""
    unsubscribe = unsubscribe_url(subscriber, request)
    context = {
        "site_name": settings.SITE_NAME,
        "site_url": absolute_url("/", request),
        "unsubscribe_url": unsubscribe,
        **context,
    }
    subject = " ".join(render_to_string(f"newsletter/email/{template}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"newsletter/email/{template}.txt", context),
        to=[subscriber.email],
        headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
    message.attach_alternative(render_to_string(f"newsletter/email/{template}.html", context), "text/html")
    return message


def send_signup_email(signup, request=None):
    """Send the confirmation link, or a reminder that the reader is already subscribed.

    A mail server failure is logged, not shown: the reader sees the same page whatever happens,
    so the form never reveals anything about an address.
    """
    if signup.already_confirmed:
        message = build_message(signup.subscriber, "already_subscribed", {}, request)
    else:
        link = confirm_url(signup.subscriber, request)
        context = {"confirm_url": link, "valid_days": settings.NEWSLETTER_CONFIRM_DAYS}
        message = build_message(signup.subscriber, "confirm", context, request)
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send the newsletter signup email to subscriber %s", signup.subscriber.pk)
        return False
    return True
