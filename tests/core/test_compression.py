"""Cached pages are compressed once and sent in the encoding the client accepts."""

import gzip

import brotli
import pytest
from django.test import Client

from core import compression

GUIDE = "/guides/hamstrings/"


@pytest.mark.parametrize(
    "header,expected",
    [
        ("gzip, deflate, br, zstd", "br"),
        ("gzip, deflate", "gzip"),
        ("br;q=0.5, gzip", "gzip"),
        ("br;q=0, gzip;q=0.1", "gzip"),
        ("*", "br"),
        ("*, br;q=0", "gzip"),
        ("identity", None),
        ("", None),
        (None, None),
        ("gzip;q=0", None),
        ("GZIP", "gzip"),
        ("gzip;q=nonsense", None),
    ],
)
def test_the_encoding_the_client_prefers(header, expected):
    assert compression.choose_encoding(header, {"br": b"", "gzip": b""}) == expected


def test_only_encodings_that_were_stored_are_chosen():
    assert compression.choose_encoding("br, gzip", {"gzip": b""}) == "gzip"
    assert compression.choose_encoding("br", {}) is None


def test_compressing_keeps_the_bytes():
    page = b"<p>Hamstrings</p>" * 200
    encoded = compression.compress(page)
    assert gzip.decompress(encoded["gzip"]) == page
    assert brotli.decompress(encoded["br"]) == page
    assert len(encoded["br"]) < len(page) and len(encoded["gzip"]) < len(page)


def test_what_is_compressed():
    assert compression.compressible("text/html; charset=utf-8", b"x" * 1000)
    assert compression.compressible("application/rss+xml; charset=utf-8", b"x" * 1000)
    assert not compression.compressible("image/png", b"x" * 1000)
    assert not compression.compressible("text/html", b"x" * 100)


@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize("accept,decode", [("br", brotli.decompress), ("gzip", gzip.decompress)])
def test_pages_go_compressed_to_clients_that_accept_it(client, accept, decode):
    plain = client.get(GUIDE)
    for _ in range(2):  # the answer that stored the page, then one from the cache
        packed = client.get(GUIDE, headers={"accept-encoding": f"{accept}, identity;q=0.5"})
        assert packed.status_code == 200
        assert packed["Content-Encoding"] == accept
        assert decode(packed.content) == plain.content
        assert len(packed.content) < len(plain.content) / 3
        assert int(packed["Content-Length"]) == len(packed.content)
        vary = {v.strip() for v in packed["Vary"].split(",")}
        assert {"Accept-Encoding", "Cookie"} <= vary
        assert packed["ETag"] != plain["ETag"]  # another representation, another ETag
    assert "Content-Encoding" not in plain
    assert "Accept-Encoding" in plain["Vary"]
    assert client.get(GUIDE, headers={"accept-encoding": accept, "if-none-match": packed["ETag"]}).status_code == 304


@pytest.mark.usefixtures("seeded")
def test_a_cached_page_is_compressed_once_when_stored(monkeypatch):
    calls = []
    real = compression.compress
    monkeypatch.setattr(compression, "compress", lambda content: calls.append(1) or real(content))
    for _ in range(3):
        Client().get(GUIDE, headers={"accept-encoding": "br, gzip"})
    assert len(calls) == 1


@pytest.mark.usefixtures("seeded")
def test_pages_rendered_for_one_visitor_are_not_compressed(admin_client):
    response = admin_client.get(GUIDE, headers={"accept-encoding": "gzip"})
    assert response.status_code == 200 and "Content-Encoding" not in response
