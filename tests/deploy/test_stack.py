"""The production stack for real: nginx (deploy/nginx.conf.template) in front of gunicorn, as `make serve` runs it.

Skips with a reason when nginx is not installed (apt-get install nginx; .ci/run installs it).
Ports 8130-8132 on loopback.
"""

import http.client
import os
import secrets
import shutil
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deploy import nginx_conf

ROOT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.path.exists(p)), None)
HTTP_PORT, HTTPS_PORT, GUNICORN_PORT = 8130, 8131, 8132
CLIENT_TIMEOUT = 2  # seconds a client has to send its headers (10 s in the shipped configuration)

pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install nginx)")


def production_env(tmp, **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": f"https://127.0.0.1:{HTTPS_PORT}",
        "DJANGO_SECURE_PROXY_SSL_HEADER": "1",
        "DJANGO_TRUSTED_PROXIES": "1",
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        "DJANGO_STATIC_ROOT": str(tmp / "static"),
        "DJANGO_MEDIA_ROOT": str(tmp / "media"),
        "CACHE_URL": "locmem://",
        "PYTHONPATH": str(ROOT),
    }
    env.update(extra)
    return env


def wait_for_port(port, deadline=30):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


def wait_for_file(path, deadline=30):
    end = time.monotonic() + deadline
    while time.monotonic() < end and not path.exists():
        time.sleep(0.1)
    assert path.exists(), f"{path} never appeared"


def free(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    """gunicorn on a unix socket, nginx on HTTP_PORT and (self-signed) HTTPS_PORT; stopped by their PIDs."""
    for port in (HTTP_PORT, HTTPS_PORT):
        if not free(port):
            pytest.skip(f"port {port} is taken")
    tmp = tmp_path_factory.mktemp("stack")
    env = production_env(tmp)
    python = sys.executable
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0", "--ignore", "admin"]):
        done = subprocess.run([python, "manage.py", *command], cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    (tmp / "media" / "pictures").mkdir(parents=True)
    (tmp / "media" / "pictures" / "squat.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
        + ["-keyout", str(tmp / "key.pem"), "-out", str(tmp / "cert.pem")],
        check=True,
        capture_output=True,
    )
    run_dir = tmp / "run"
    socket_path = run_dir / "gunicorn.sock"
    conf = nginx_conf.write(
        run_dir,
        listen=f"127.0.0.1:{HTTP_PORT}",
        tls_listen=f"127.0.0.1:{HTTPS_PORT}",
        tls_certificate=str(tmp / "cert.pem"),
        tls_certificate_key=str(tmp / "key.pem"),
        upstream=f"unix:{socket_path}",
        static_root=tmp / "static",
        media_root=tmp / "media",
        client_timeout=f"{CLIENT_TIMEOUT}s",
        worker_processes="1",
    )
    gunicorn = subprocess.Popen(
        [str(Path(python).parent / "gunicorn"), "-c", "config/gunicorn.conf.py", "--bind", f"unix:{socket_path}"],
        cwd=ROOT,
        env={**env, "GUNICORN_THREADS": "2"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    nginx = subprocess.Popen(
        [NGINX, "-p", str(run_dir), "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_file(socket_path)
        wait_for_port(HTTP_PORT)
        wait_for_port(HTTPS_PORT)
        yield {"run_dir": run_dir, "tmp": tmp}
    finally:
        for process in (nginx, gunicorn):
            process.terminate()
        for process in (nginx, gunicorn):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def get(path, *, method="GET", headers=None, body=None, https=False):
    if https:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        connection = http.client.HTTPSConnection("127.0.0.1", HTTPS_PORT, timeout=10, context=context)
    else:
        connection = http.client.HTTPConnection("127.0.0.1", HTTP_PORT, timeout=10)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), content


def test_plain_http_is_redirected_to_https_and_a_client_cannot_claim_https(stack):
    status, headers, _ = get("/healthz/", headers={"X-Forwarded-Proto": "https"})
    assert status == 301
    assert headers["Location"].startswith("https://127.0.0.1")


def test_https_pages_carry_hsts_from_django_behind_the_proxy(stack):
    status, headers, content = get("/healthz/", https=True)
    assert status == 200 and content == b"ok"
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_media_and_static_files_are_served_by_nginx(stack):
    status, headers, content = get("/media/pictures/squat.png", https=True)
    assert status == 200
    assert headers["Content-Type"] == "image/png"
    assert content.startswith(b"\x89PNG")
    assert "sandbox" in headers["Content-Security-Policy"]
    status, headers, _ = get("/static/css/site.css", https=True, headers={"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_a_1_gb_post_gets_413_at_once_and_nothing_is_written(stack):
    with socket.create_connection(("127.0.0.1", HTTP_PORT), timeout=10) as client:
        client.sendall(
            b"POST /newsletter/subscribe/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1073741824\r\n\r\nemail=a"
        )
        answer = client.recv(65536)
    assert answer.startswith(b"HTTP/1.1 413")
    assert b"Too large" in answer
    assert list((stack["run_dir"] / "client_body").iterdir()) == []


def test_an_oversized_admin_upload_is_refused_too(stack):
    status, _, content = get("/admin/login/", method="POST", body=b"x" * (22 * 1024 * 1024), https=True)
    assert status == 413


def test_slow_header_clients_do_not_make_the_site_unreachable_and_are_dropped(stack):
    slow = []
    for _ in range(16):
        client = socket.create_connection(("127.0.0.1", HTTP_PORT), timeout=CLIENT_TIMEOUT + 8)
        client.sendall(b"GET /healthz/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        slow.append(client)
    try:
        for _ in range(5):
            status, _, content = get("/healthz/", https=True)
            assert (status, content) == (200, b"ok")
        for client in slow:
            try:
                answer = client.recv(1024)  # nginx gives up on the headers and closes the connection
            except ConnectionResetError:
                answer = b""
            assert answer == b"" or answer.startswith(b"HTTP/1.1 408"), answer
    finally:
        for client in slow:
            client.close()


def test_the_signup_endpoint_is_rate_limited_per_client(stack):
    statuses = [
        get("/newsletter/subscribe/", method="POST", body=b"email=a%40example.org", https=True)[0] for _ in range(25)
    ]
    assert 429 in statuses
    assert statuses.count(429) >= 10


def test_gunicorn_on_a_tcp_port_trusts_no_forwarded_protocol(tmp_path):
    """Without nginx in front, a loopback client cannot make Django think the request came over HTTPS."""
    if not free(GUNICORN_PORT):
        pytest.skip(f"port {GUNICORN_PORT} is taken")
    env = production_env(tmp_path, DJANGO_SECURE_PROXY_SSL_HEADER="0")
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "config/gunicorn.conf.py"]
        + ["--bind", f"127.0.0.1:{GUNICORN_PORT}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(GUNICORN_PORT)
        connection = http.client.HTTPConnection("127.0.0.1", GUNICORN_PORT, timeout=10)
        connection.request("GET", "/healthz/", headers={"X-Forwarded-Proto": "https", "Host": "127.0.0.1"})
        response = connection.getresponse()
        assert response.status == 301
        assert response.getheader("Location") == "https://127.0.0.1/healthz/"
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=20)
