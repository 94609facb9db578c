import pytest
from django.core.cache import caches
from django.core.servers import basehttp

# Django's test server listens with a backlog of 10: connection attempts beyond ten at the same instant
# are reset by the kernel before Django sees them, which the concurrency test would report as failed
# signups. Production servers listen with a long queue (gunicorn: 2048), so the test server gets one too.
# Set at import, before the session-wide live_server starts listening.
basehttp.WSGIServer.request_queue_size = 128


@pytest.fixture(autouse=True)
def fresh_rate_limits(settings):
    """Each test starts with no signup attempts counted."""
    caches[settings.NEWSLETTER_RATE_LIMIT_CACHE].clear()
