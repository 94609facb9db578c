"""What a reader does, as small functions shared by the newsletter tests."""

import re

SUBSCRIBE_URL = "/newsletter/subscribe/"


def sign_up(client, email, *, meta=None, **fields):
    """Post the signup form with consent ticked; ``meta`` sets request headers such as REMOTE_ADDR."""
    data = {"email": email, "consent": "on", "source": "/guides/hamstrings/", **fields}
    return client.post(SUBSCRIBE_URL, data, **(meta or {}))


def link_path(message, kind):
    """The path of the ``kind`` ("confirm" or "unsubscribe") link in an email's plain-text body."""
    found = re.search(rf"https?://[^/\s]+(/newsletter/{kind}/[^\s/]+/)", message.body)
    assert found, f"no {kind} link in: {message.body}"
    return found.group(1)
