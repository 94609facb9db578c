"""Newsletter figures on loopback: `make bench-newsletter` (or `.venv/bin/python bench/newsletter.py`).

1. Sending: an edition to 10,000 confirmed subscribers (``--subscribers``) through the real task
   worker (``manage.py worker --batch`` in its own process, no throttle) into a local SMTP sink
   (aiosmtpd, which keeps only a count). Reports messages per second (from sending started to the
   last email handed over, as recorded in the database), the worker's peak memory (maximum resident
   set size), and checks each subscriber got exactly one copy.
2. Signups while SMTP hangs: the development server with its mail server pointing at a socket that
   accepts connections and never answers; 8 signups at once, each one's answer time. Before the
   queue, each signup waited for the mail server (up to EMAIL_TIMEOUT); now none does.

A throwaway SQLite file in a temporary directory (or DATABASE_URL, e.g. PostgreSQL, whose database
is left with the bench's rows: use a scratch one). Ports 8125-8129 on 127.0.0.1.
"""

import argparse
import concurrent.futures
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SINK_PORT, HANG_PORT, WEB_PORT = 8125, 8126, 8127
SITE = "https://muscleguide.example"


def say(message=""):
    print(message, flush=True)


class Sink:
    """Counts each recipient's copies; keeps nothing else."""

    def __init__(self):
        self.copies = Counter()
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.copies.update(envelope.rcpt_tos)
        return "250 OK"


def environment(tmp):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "EMAIL_", "NEWSLETTER_"))}
    env.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_DEBUG="1",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(SINK_PORT),
        NEWSLETTER_SEND_RATE="0",
        NEWSLETTER_SEND_SLICE_SECONDS="3600",
        SITE_URL=SITE,
    )
    return env


def django(env, code):
    """Run ``code`` in a Django shell of the bench's site; returns what it prints."""
    done = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.strip().splitlines()[-1]  # the shell may first say what it imported


PREPARE = """
from django.utils import timezone
from newsletter.models import Edition, Subscriber
from newsletter.delivery import start_sending
now = timezone.now()
Subscriber.objects.bulk_create(
    (Subscriber(email=f"bench{{n:06d}}@example.com", status="confirmed", consent_at=now, consent_version="2026-11")
     for n in range({count})), batch_size=1000)
edition = Edition.objects.create(subject="Bench edition", body=open("{body}").read())
start_sending(edition, "{site}")
print(edition.pk)
"""

RESULT = """
from django.db.models import Max
from newsletter.models import Delivery, Edition
from newsletter.delivery import counts
edition = Edition.objects.get(pk={pk})
last = Delivery.objects.filter(edition=edition).aggregate(last=Max("sent_at"))["last"]
print(counts(edition.pk)["sent"], (last - edition.started_at).total_seconds(), edition.status)
"""

BODY = """This week: why the hamstrings grow more when trained at long muscle lengths.

- Seated leg curls put the hamstrings at a longer length than lying ones.
- The Romanian deadlift trains them at long lengths through the hip.

Read the [hamstrings guide](/guides/hamstrings/) for the exercises and the workout.
"""


def sending(env, tmp, count):
    body = Path(tmp) / "body.md"
    body.write_text(BODY)
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=SINK_PORT)
    controller.start()
    try:
        pk = django(env, PREPARE.format(count=count, body=body, site=SITE))
        say(f"Sending an edition to {count:,} confirmed subscribers into a local SMTP sink (no throttle)...")
        started = time.monotonic()
        worker = [PYTHON, "manage.py", "worker", "--queue-name=*", "--batch", "--no-reload", "--no-startup-delay"]
        process = subprocess.Popen(worker, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, code, usage = os.wait4(process.pid, 0)  # this process's own resource use, peak memory included
        process.returncode = os.waitstatus_to_exitcode(code)
        assert process.returncode == 0, f"the worker failed ({process.returncode})"
        wall = time.monotonic() - started
        peak_kib = usage.ru_maxrss
    finally:
        controller.stop()
    sent, seconds, status = django(env, RESULT.format(pk=pk)).split()
    sent, seconds = int(sent), float(seconds)
    once_each = len(sink.copies) == count and set(sink.copies.values()) == {1}
    say(f"  sent {sent:,} in {seconds:.1f} s: {sent / seconds:,.0f} messages/s (worker's wall time {wall:.1f} s)")
    say(f"  worker peak memory (max RSS): {peak_kib / 1024:.0f} MiB")
    say(f"  edition {status}; each subscriber exactly one copy: {once_each}")
    return {"sent": sent, "rate": sent / seconds, "peak_mib": peak_kib / 1024, "once_each": once_each}


def hanging_smtp():
    """A mail server that accepts connections and never says a word."""
    listener = socket.create_server(("127.0.0.1", HANG_PORT))
    held = []

    def accept():
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    return listener, held


def signups_while_smtp_hangs(env, tmp, count=8):
    env = {**env, "EMAIL_PORT": str(HANG_PORT), "EMAIL_TIMEOUT": "10", "NEWSLETTER_RATE_LIMIT_PER_IP": "0"}
    listener, held = hanging_smtp()
    server = subprocess.Popen(
        [PYTHON, "manage.py", "runserver", f"127.0.0.1:{WEB_PORT}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{WEB_PORT}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)

        def sign_up(number):
            # A reader's browser: the form page first (and its CSRF token, where the form has one).
            jar = urllib.request.HTTPCookieProcessor()
            opener = urllib.request.build_opener(jar, NoRedirect)
            form = opener.open(base + "/newsletter/", timeout=30).read().decode()
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
            fields = {"email": f"hang{number}@example.com", "consent": "on"}
            if token:
                fields["csrfmiddlewaretoken"] = token.group(1)
            data = urllib.parse.urlencode(fields).encode()
            headers = {"Origin": base, "Referer": base + "/newsletter/"}
            request = urllib.request.Request(base + "/newsletter/subscribe/", data=data, headers=headers)
            started = time.monotonic()
            try:
                status = opener.open(request, timeout=30).status
            except urllib.error.HTTPError as answer:
                status = answer.code
            return status, time.monotonic() - started

        say(f"{count} signups at once while the mail server hangs (EMAIL_TIMEOUT=10)...")
        with concurrent.futures.ThreadPoolExecutor(count) as pool:
            answers = list(pool.map(sign_up, range(count)))
    finally:
        server.terminate()
        server.wait()
        listener.close()
        for connection in held:
            connection.close()
    times = sorted(seconds for _, seconds in answers)
    statuses = Counter(status for status, _ in answers)
    say(f"  answers {dict(statuses)}; slowest {times[-1] * 1000:.0f} ms, median {times[len(times) // 2] * 1000:.0f} ms")
    return {"statuses": dict(statuses), "slowest_ms": times[-1] * 1000}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = environment(tmp)
        sending(env, tmp, args.subscribers)
        signups_while_smtp_hangs(env, tmp)


if __name__ == "__main__":
    main()
