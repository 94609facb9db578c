"""The Redis backend from CACHE_URL: Django's RedisCache, reusing its client (needs Redis on loopback)."""

import socket
import uuid

import pytest

from config.settings import cache_from_url
from core.redis_cache import RedisCache


def redis_answers():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


def test_cache_url_picks_the_backend():
    assert cache_from_url("redis://127.0.0.1:6379/1") == {
        "BACKEND": "core.redis_cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/1",
        # A dead or hung Redis costs a request a quarter of a second at most.
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
    }
    assert cache_from_url("locmem://")["BACKEND"].endswith("LocMemCache")
    with pytest.raises(Exception, match="CACHE_URL must start with"):
        cache_from_url("memcached://127.0.0.1")


@pytest.mark.skipif(not redis_answers(), reason="no Redis server on 127.0.0.1:6379")
def test_redis_cache_stores_and_reuses_one_client():
    cache = RedisCache("redis://127.0.0.1:6379/14", {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    cache.set("page", {"content": b"<p>hi</p>"}, 30)
    assert cache.get_many(["page", "missing"]) == {"page": {"content": b"<p>hi</p>"}}
    assert cache._cache.get_client("a") is cache._cache.get_client("b")
    cache.delete("page")
    assert cache.get("page") is None
