"""`make run`, the README's first command: the development server and the task worker beside it, stopped together."""

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def alive(group):
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def make_run(tmp_path):
    """``make run`` on a free port with its own database, in a process group of its own; ``(process, url)``."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_", "CACHE_URL"))}
    env.update(DJANGO_SETTINGS_MODULE="config.settings", DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    process = subprocess.Popen(
        ["make", "run", f"PORT={port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/healthz/"
    try:
        deadline = time.monotonic() + 120
        while not answers(url):
            assert process.poll() is None, "make run stopped before it served"
            assert time.monotonic() < deadline, "make run never served"
            time.sleep(0.5)
        yield process, url
    finally:
        if alive(process.pid):
            os.killpg(process.pid, signal.SIGKILL)


def test_stopping_make_stops_the_server_and_the_worker(make_run):
    process, url = make_run
    process.send_signal(signal.SIGTERM)  # make alone, as a process manager or `kill <pid>` would
    deadline = time.monotonic() + 15
    while (process.poll() is None or alive(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.2)  # poll() reaps make: until then its exited process still counts in the group
    assert not alive(process.pid), "a process of make run is still running"
    assert not answers(url)
