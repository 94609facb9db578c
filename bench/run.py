"""Benchmark the production stack on loopback: `make bench` (or `.venv/bin/python bench/run.py`).

What it does, in about two minutes:

1. Prepares a throwaway site: production settings (DJANGO_DEBUG=0, a random secret key),
   its own SQLite file in a temporary directory (or DATABASE_URL if set), migrated and seeded.
2. Prints each page's SQL query count with a cold cache and its HTML size.
3. Starts gunicorn (config/gunicorn.conf.py) on a free loopback port, once with the default
   local-memory cache and once with Redis when one answers on 127.0.0.1:6379, and loads each
   page with wrk (or a small Python load generator when wrk is missing): requests per
   second, p50 and p99 latency, errors, and the ratio to the plain "ok" view (/healthz/),
   which is loaded before the first page and after each page.
4. Bursts concurrent newsletter signups (distinct and repeated addresses) when the newsletter
   app is installed: counts 5xx answers and checks one subscriber row per distinct address.

Figures are printed and written to bench/results/latest.md. They compare pages within one
run; absolute numbers depend on the machine and whatever else it is doing.
"""

import argparse
import concurrent.futures
import contextlib
import http.client
import http.cookiejar
import json
import os
import random
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
PLAIN = "/healthz/"
PAGES = ["/", "/guides/hamstrings/", "/exercises/romanian-deadlift/", "/workouts/hamstring-workout/"]
# A database of its own: the bench never touches others' keys (BENCH_REDIS_URL picks another, e.g. per checkout).
REDIS_URL = os.environ.get("BENCH_REDIS_URL") or "redis://127.0.0.1:6379/13"


def say(message=""):
    print(message, flush=True)


# --- The throwaway site ----------------------------------------------------------------------


def prepared_site(tmp):
    """A throwaway production site in ``tmp``, static files collected, migrated and seeded: its environment."""
    env = site_env(tmp)
    say(f"Preparing a throwaway production site in {tmp} ...")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "seed_content")
    return env


def site_env(tmp):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CACHE_URL", "WEB_CONCURRENCY"))}
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        # Plain HTTP on loopback: no redirect to HTTPS, no HSTS, cookies without the Secure flag.
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SECURE_HSTS_SECONDS="0",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_LOG_LEVEL="WARNING",
        SITE_URL="http://127.0.0.1",  # each server sets its own port (see server())
        # Every signup of the burst comes from 127.0.0.1: the per-client limit would answer 429
        # after a few. The per-address limit stays on.
        NEWSLETTER_RATE_LIMIT_PER_IP="0",
        DATABASE_URL=os.environ.get("DATABASE_URL") or f"sqlite:///{tmp}/bench.sqlite3",
        PYTHONPATH=str(ROOT),
    )
    return env


def manage(env, *args):
    result = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")


def stats(env, *args):
    result = subprocess.run([PYTHON, "bench/stats.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"bench/stats.py {' '.join(args)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def server(env, tmp, name):
    """gunicorn on loopback (port BENCH_PORT, or a free one); stopped by its own PID whatever happens."""
    port = int(os.environ.get("BENCH_PORT") or 0) or free_port()
    env = {**env, "SITE_URL": f"http://127.0.0.1:{port}"}  # production requires it; links to this server
    log = open(Path(tmp) / f"gunicorn-{name}.log", "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [GUNICORN, "-c", "config/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + PLAIN, timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                sys.exit(f"gunicorn did not start:\n{(Path(tmp) / f'gunicorn-{name}.log').read_text()[-3000:]}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


# --- Load generators -------------------------------------------------------------------------

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match.group(1)) * UNITS[match.group(2)] if match else float("nan")


def run_wrk(url, seconds, connections, threads):
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Requests/sec" not in out or "50%" not in out:
        sys.exit(f"Could not read wrk's output for {url}:\n{out}")
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": _ms(re.search(r"^\s*50%\s+(\S+)", out, re.M).group(1)),
        "p99": _ms(re.search(r"^\s*99%\s+(\S+)", out, re.M).group(1)),
        "errors": (sum(map(int, socket_errors.groups())) if socket_errors else 0)
        + (int(non_2xx.group(1)) if non_2xx else 0),
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
    }


def run_python_load(url, seconds, connections, threads=None):
    """A small keep-alive load generator for machines without wrk."""
    parts = urllib.parse.urlsplit(url)
    stop = time.monotonic() + seconds
    latencies, errors, lock = [], [0], threading.Lock()

    def worker():
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        mine, bad = [], 0
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                conn.request("GET", parts.path)
                response = conn.getresponse()
                response.read()
                if response.status >= 400:
                    bad += 1
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
            mine.append((time.perf_counter() - started) * 1000)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    started = time.monotonic()
    pool = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.monotonic() - started
    latencies.sort()

    def pick(q):
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else 0.0

    return {
        "rps": len(latencies) / elapsed,
        "p50": pick(0.5),
        "p99": pick(0.99),
        "errors": errors[0],
        "requests": len(latencies),
    }


def load_pages(base, args):
    """Each page between two runs of the plain view, so a page is compared with the plain view
    measured just before and just after it: other work on the machine shifts both alike."""
    load = run_wrk if shutil.which("wrk") and not args.python_load else run_python_load
    for url in [PLAIN, *PAGES]:  # warm the cache, and make sure every page answers
        for _ in range(5):
            with urllib.request.urlopen(base + url, timeout=10) as response:
                assert response.status == 200, url
    plain_runs = [load(base + PLAIN, args.duration, args.connections, args.threads)]
    rows = {}
    for url in PAGES:
        rows[url] = load(base + url, args.duration, args.connections, args.threads)
        plain_runs.append(load(base + PLAIN, args.duration, args.connections, args.threads))
        rows[url]["ratio"] = rows[url]["rps"] / ((plain_runs[-2]["rps"] + plain_runs[-1]["rps"]) / 2)
    speeds = [run["rps"] for run in plain_runs]
    plain = {
        "rps": sum(speeds) / len(speeds),
        "p50": sorted(run["p50"] for run in plain_runs)[len(plain_runs) // 2],
        "p99": max(run["p99"] for run in plain_runs),
        "errors": sum(run["errors"] for run in plain_runs),
        "requests": sum(run["requests"] for run in plain_runs),
        "spread": (max(speeds) - min(speeds)) / max(speeds),
        "ratio": 1.0,
    }
    return {PLAIN: plain, **rows}


# --- Newsletter burst ------------------------------------------------------------------------


class _SignupForm(HTMLParser):
    """The form that has an email field: its action and the fields a person would send."""

    def __init__(self):
        super().__init__()
        self.forms, self._current = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._current = {
                "action": attrs.get("action") or "",
                "method": (attrs.get("method") or "get").lower(),
                "fields": {},
            }
        elif tag == "input" and self._current is not None and attrs.get("name"):
            kind, name = attrs.get("type", "text").lower(), attrs["name"]
            if kind == "hidden":
                self._current["fields"][name] = attrs.get("value", "")
            elif kind == "email" or name == "email":
                self._current["fields"][name] = "{email}"
            elif kind == "checkbox" and "consent" in name:
                self._current["fields"][name] = attrs.get("value", "on")
            elif kind in {"text", "url", "tel"}:
                self._current["fields"][name] = ""  # a honeypot a person never fills

    def handle_endtag(self, tag):
        if tag == "form" and self._current is not None:
            self.forms.append(self._current)
            self._current = None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def signup(base, email):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect)
    try:
        with opener.open(base + "/newsletter/", timeout=30) as response:
            parser = _SignupForm()
            parser.feed(response.read().decode())
        form = next(f for f in parser.forms if "{email}" in f["fields"].values() and f["method"] == "post")
        data = {k: (email if v == "{email}" else v) for k, v in form["fields"].items()}
        action = urllib.parse.urljoin(base + "/newsletter/", form["action"])
        with opener.open(action, data=urllib.parse.urlencode(data).encode(), timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (OSError, StopIteration):
        return 0


def newsletter_burst(base, env, distinct, workers):
    info = stats(env, "newsletter")
    if not info["installed"]:
        return {"skipped": info["reason"]}
    run_id = secrets.token_hex(3)
    addresses = [f"bench-{run_id}-{n}@example.com" for n in range(distinct)]
    # Every address once, half of them again in capitals, a quarter a third time: all at once.
    submissions = addresses + [a.upper() for a in addresses[::2]] + [a.title() for a in addresses[::4]]
    random.Random(7).shuffle(submissions)
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        statuses = list(pool.map(lambda email: signup(base, email), submissions))
    accepted = {email.lower() for email, status in zip(submissions, statuses, strict=True) if 200 <= status < 400}
    stored = [e.lower() for e in stats(env, "newsletter")["emails"] if e.lower().startswith(f"bench-{run_id}-")]
    counts = {}
    for status in statuses:
        kind = (
            "5xx"
            if status >= 500
            else "429"
            if status == 429
            else "4xx"
            if status >= 400
            else "ok"
            if status
            else "failed"
        )
        counts[kind] = counts.get(kind, 0) + 1
    return {
        "submissions": len(submissions),
        "distinct": len(addresses),
        "statuses": counts,
        "accepted_distinct": len(accepted),
        "rows": len(stored),
        "rows_match": len(stored) == len(set(stored)) and set(stored) == accepted,
        "model": info["model"],
    }


# --- Report ----------------------------------------------------------------------------------


def report(args, page_stats, runs, burst, seconds):
    lines = [
        f"Muscle Guide benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} cores, "
        f"{'Python load generator' if args.python_load else 'wrk'} -t{args.threads} -c{args.connections} "
        f"-d{args.duration}s per URL",
        "",
        "Cold cache, rendered by Django's test client:",
        "",
        "| page | status | SQL queries (cold) | SQL queries (warm) | HTML bytes |",
        "| --- | --- | --- | --- | --- |",
    ]
    for url, row in page_stats.items():
        lines.append(f"| `{url}` | {row['status']} | {row['queries']} | {row['warm_queries']} | {row['bytes']:,} |")
    for name, rows in runs.items():
        lines += [
            "",
            f"gunicorn, {name}:",
            "",
            "| URL | requests/s | p50 ms | p99 ms | errors | ratio to plain |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for url, row in rows.items():
            label = f"`{url}` (plain view, mean of {len(PAGES) + 1} runs)" if url == PLAIN else f"`{url}`"
            lines.append(
                f"| {label} | {row['rps']:,.0f} | {row['p50']:.2f} | {row['p99']:.2f} | {row['errors']} "
                f"| {row['ratio']:.2f} |"
            )
        spread = rows[PLAIN]["spread"]
        lines.append(
            f"\nThe plain view's runs varied by {spread:.0%} (other work on the machine); each page's ratio "
            "is to the plain runs just before and after it."
        )
    lines += ["", "Newsletter burst:", ""]
    if "skipped" in burst:
        lines.append(f"skipped: {burst['skipped']}.")
    else:
        lines.append(
            f"{burst['submissions']} concurrent signups of {burst['distinct']} distinct addresses "
            f"(repeats in other letter cases) on {burst['server']}: answers {burst['statuses']}; "
            f"5xx: {burst['statuses'].get('5xx', 0)}; subscriber rows {burst['rows']} for "
            f"{burst['accepted_distinct']} distinct accepted addresses: "
            f"{'one row per address' if burst['rows_match'] else 'MISMATCH'}."
        )
        if burst["statuses"].get("429"):
            lines.append("(429 answers are the per-client rate limit: every request comes from 127.0.0.1.)")
    lines += ["", f"Total time: {seconds:.0f} s."]
    text = "\n".join(lines)
    say("\n" + text)
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "latest.md").write_text(text + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=4, help="seconds of each load run (default 4)")
    parser.add_argument("--connections", type=int, default=20, help="concurrent connections (default 20)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--signups", type=int, default=40, help="distinct addresses in the newsletter burst")
    parser.add_argument("--no-redis", action="store_true", help="only the local-memory cache")
    parser.add_argument("--python-load", action="store_true", help="use the Python load generator even if wrk is here")
    args = parser.parse_args()
    started = time.monotonic()
    if not shutil.which("wrk"):
        say("wrk is not installed (apt-get install wrk): using the Python load generator.")
        args.python_load = True

    with tempfile.TemporaryDirectory(prefix="muscle-guide-bench-") as tmp:
        env = prepared_site(tmp)
        page_stats = stats(env, "pages", *PAGES)

        configs = [("local-memory cache, 1 process x 4 threads", {"CACHE_URL": "locmem://"})]
        if args.no_redis:
            pass
        elif redis_answers():
            configs.append(("Redis cache, 2 processes per core x 4 threads", {"CACHE_URL": REDIS_URL}))
        else:
            say("No Redis on 127.0.0.1:6379: the Redis run is skipped.")

        runs, burst = {}, {"skipped": "not run"}
        for number, (name, extra) in enumerate(configs):
            say(f"Loading pages: gunicorn with {name} ...")
            with server({**env, **extra}, tmp, str(number)) as base:
                runs[name] = load_pages(base, args)
                if number == len(configs) - 1:
                    say("Newsletter burst ...")
                    burst = newsletter_burst(base, {**env, **extra}, args.signups, workers=16)
                    burst["server"] = name
        report(args, page_stats, runs, burst, time.monotonic() - started)


if __name__ == "__main__":
    main()
