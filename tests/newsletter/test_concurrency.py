"""Many readers press "Sign me up" at the same moment, against a real threaded server.

The same address typed several ways and many distinct addresses arrive at once: no request may fail,
each address must end up as exactly one row, and no distinct address may be lost. Runs on SQLite (a
database file, see config/test_settings.py) and on PostgreSQL (DATABASE_URL).
"""

import threading
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core import mail

from newsletter.models import Subscriber
from tests.worker import queued_tasks, run_queued_tasks

pytestmark = pytest.mark.django_db(transaction=True)

SAME = ["same@example.com", "Same@Example.com", "SAME@EXAMPLE.COM", " same@example.com "] * 4
DISTINCT = [f"reader{number}@example.com" for number in range(16)]


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # report the 302 itself


def test_simultaneous_signups_make_one_row_per_address(live_server, settings):
    settings.NEWSLETTER_RATE_LIMIT_PER_IP = 0  # every request comes from 127.0.0.1
    settings.NEWSLETTER_RATE_LIMIT_PER_EMAIL = 0
    emails = SAME + DISTINCT
    start = threading.Barrier(len(emails), timeout=30)
    opener = urllib.request.build_opener(NoRedirects)

    def sign_up(email):
        data = urllib.parse.urlencode({"email": email, "consent": "on"}).encode()
        request = urllib.request.Request(live_server.url + "/newsletter/subscribe/", data=data)
        request.add_header("Sec-Fetch-Site", "same-origin")  # as a browser on the newsletter page sends it
        start.wait()  # release every request together
        try:
            with opener.open(request, timeout=60) as response:
                return response.status
        except urllib.error.HTTPError as answer:
            return answer.code

    with ThreadPoolExecutor(max_workers=len(emails)) as pool:
        statuses = list(pool.map(sign_up, emails))

    assert statuses == [302] * len(emails)
    stored = list(Subscriber.objects.order_by("email").values_list("email", flat=True))
    assert stored == sorted(DISTINCT + ["same@example.com"])
    assert len(queued_tasks()) == len(emails)  # every request queued its one email
    run_queued_tasks()
    # Each address gets one email: the latest signup's link, since a newer signup retires the older ones.
    assert sorted(message.to[0] for message in mail.outbox) == stored
