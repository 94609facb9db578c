"""What a reader does, as small functions shared by the newsletter tests."""

import re

from django.utils import timezone

from newsletter.models import Subscriber
from tests.worker import run_queued_tasks

SUBSCRIBE_URL = "/newsletter/subscribe/"


def sign_up(client, email, *, meta=None, **fields):
    """Post the signup form with consent ticked, then let the worker send the email it queued.

    ``meta`` sets request headers such as REMOTE_ADDR.
    """
    data = {"email": email, "consent": "on", "source": "/guides/hamstrings/", **fields}
    response = client.post(SUBSCRIBE_URL, data, **(meta or {}))
    run_queued_tasks()
    return response


def confirm(client, path):
    """Open the confirmation link and press "Confirm my subscription", as a reader does."""
    page = client.get(path)
    if page.status_code != 200 or b"Confirm my subscription</button>" not in page.content:
        return page
    return client.post(path)


def link_path(message, kind):
    """The path of the ``kind`` ("confirm" or "unsubscribe") link in an email's plain-text body."""
    found = re.search(rf"https?://[^/\s]+(/newsletter/{kind}/[^\s/]+/)", message.body)
    assert found, f"no {kind} link in: {message.body}"
    return found.group(1)


def confirmed(*addresses):
    """Readers already on the list: confirmed subscribers, as if each had signed up and confirmed."""
    now = timezone.now()
    for address in addresses:
        Subscriber.objects.create(email=address, status="confirmed", consent_at=now, consent_version="x")
