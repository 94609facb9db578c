import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import caches
from django.core.servers import basehttp

from newsletter.permissions import MANAGERS_GROUP

# Django's test server listens with a backlog of 10: connection attempts beyond ten at the same instant
# are reset by the kernel before Django sees them, which the concurrency test would report as failed
# signups. Production servers listen with a long queue (gunicorn: 2048), so the test server gets one too.
# Set at import, before the session-wide live_server starts listening.
basehttp.WSGIServer.request_queue_size = 128


@pytest.fixture(autouse=True)
def fresh_rate_limits(settings):
    """Each test starts with no signup attempts counted."""
    caches[settings.NEWSLETTER_RATE_LIMIT_CACHE].clear()


@pytest.fixture
def manager(client):
    """A newsletter manager, logged in with ``client``."""
    user = User.objects.create_user("maya", "maya@example.org", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name=MANAGERS_GROUP))
    client.force_login(user)
    return user
