"""Newsletter emails: plain text and HTML from templates, each with a one-click unsubscribe.

Every message to a reader carries their signed unsubscribe link in its body and in
the ``List-Unsubscribe`` / ``List-Unsubscribe-Post`` headers (RFC 8058), so
mail programs can offer their own unsubscribe button, and a ``Message-ID`` on
the site's own domain. A staff member's test of an edition is no reader's email:
it has neither the link nor the headers. Links are absolute, on ``SITE_URL`` (or, in development
without it, the host the reader signed up on), because emails are built by the
background worker, which has no request to ask.

Nothing here is sent inside a web request: signups queue a task (newsletter/tasks.py)
and answer at once, whatever the mail server is doing.
"""

from email.utils import make_msgid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from .tokens import make_confirm_token, make_unsubscribe_token


def site_url(request=None):
    """``SITE_URL``; without it (development), the scheme and host of the current request."""
    if settings.SITE_URL:
        return settings.SITE_URL.rstrip("/")
    return request.build_absolute_uri("/").rstrip("/")


def unsubscribe_url(subscriber, site):
    return site + reverse("newsletter:unsubscribe", args=[make_unsubscribe_token(subscriber)])


def confirm_url(subscriber, site):
    return site + reverse("newsletter:confirm", args=[make_confirm_token(subscriber)])


def message_id(site):
    """A unique Message-ID on the site's domain, so receiving servers can tie it to our sender."""
    return make_msgid(domain=urlsplit(site).hostname or "localhost")


def build_message(subscriber, template, context, site, *, test=False):
    """An email to one subscriber from ``newsletter/email/<template>_subject.txt``, ``.txt`` and ``.html``.

    A ``test`` goes to a staff member, who is no subscriber: no unsubscribe link or header, and a footer saying so.
    """
    unsubscribe = None if test else unsubscribe_url(subscriber, site)
    context = {
        "site_name": settings.SITE_NAME,
        "site_url": site + "/",
        "unsubscribe_url": unsubscribe,
        "test": test,
        **context,
    }
    headers = {"Message-ID": message_id(site)}
    if not test:
        headers |= {"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    subject = " ".join(render_to_string(f"newsletter/email/{template}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"newsletter/email/{template}.txt", context),
        to=[subscriber.email],
        reply_to=[settings.EDITORS_EMAIL] if settings.EDITORS_EMAIL else None,
        headers=headers,
    )
    message.attach_alternative(render_to_string(f"newsletter/email/{template}.html", context), "text/html")
    return message


def confirmation_message(subscriber, site):
    context = {"confirm_url": confirm_url(subscriber, site), "valid_days": settings.NEWSLETTER_CONFIRM_DAYS}
    return build_message(subscriber, "confirm", context, site)


def already_subscribed_message(subscriber, site):
    return build_message(subscriber, "already_subscribed", {}, site)
