"""With the cache down (Redis stopped), signups still work: the rate limit lets them through, with a warning."""

import logging

import pytest
from django.core import mail

from newsletter.models import Subscriber

from .steps import sign_up

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Overrides the package's fixture: with the cache down there is nothing to clear."""


@pytest.mark.usefixtures("dead_cache")
def test_signups_work_with_the_cache_down(client, caplog):
    caplog.set_level(logging.WARNING)
    for n in range(5):
        response = sign_up(client, f"reader{n}@example.org")
        assert response.status_code == 302
        assert response["Location"] == "/newsletter/check-your-inbox/"
    assert Subscriber.objects.count() == 5
    assert len(mail.outbox) == 5
    warnings = [record.getMessage() for record in caplog.records if record.name == "newsletter.ratelimit"]
    assert len(warnings) == 1
    assert warnings[0].startswith("Signup rate limit not counted, the cache failed: ConnectionError: ")
    assert not any(record.exc_info for record in caplog.records)
