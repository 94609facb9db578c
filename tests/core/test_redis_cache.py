"""The Redis backend from CACHE_URL: django-redis, reusing its client (needs Redis on loopback)."""

import socket
import uuid

import pytest
from django_redis.cache import RedisCache

from config.settings import cache_from_url


def redis_answers():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


def test_cache_url_picks_the_backend():
    assert cache_from_url("redis://127.0.0.1:6379/1") == {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/1",
        # A dead or hung Redis costs a request a quarter of a second at most.
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.25},
    }
    assert cache_from_url("locmem://")["BACKEND"].endswith("LocMemCache")
    with pytest.raises(Exception, match="CACHE_URL must start with"):
        cache_from_url("memcached://127.0.0.1")


@pytest.mark.skipif(not redis_answers(), reason="no Redis server on 127.0.0.1:6379")
def test_redis_cache_stores_and_reuses_one_client():
    config = cache_from_url("redis://127.0.0.1:6379/14")
    cache = RedisCache(config["LOCATION"], {"OPTIONS": config["OPTIONS"], "KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    cache.set("page", {"content": b"<p>hi</p>"}, 30)
    assert cache.get_many(["page", "missing"]) == {"page": {"content": b"<p>hi</p>"}}
    assert cache.client.get_client(write=False) is cache.client.get_client(write=True)  # one client, reused
    cache.delete("page")
    assert cache.get("page") is None
