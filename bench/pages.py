"""Every page type against a hello-world Django view: `make bench` runs it after bench/run.py's
load runs, or alone with `.venv/bin/python bench/pages.py` (BENCH_PORT picks the port).

For each page type (home, guide, exercise, study, workout, the lists, search) it reports:

- warm ratio: the page's requests per second with the page cache on (local memory,
  gunicorn 1 process x 4 threads), divided by those of the hello-world view `/healthz/`
  (the same stack: every middleware, no database, no cache) measured just before and just
  after it, so pages and hello-world alternate and share whatever else the machine does;
- warm ratio with Redis (2 processes per core): the hello-world view there makes one Redis
  round trip (`/bench/hello-cache/`), as every cached page must;
- cold ratio: the same with the page cache off (PAGE_CACHE_SECONDS=0), so every request
  renders the page;
- the median cold render measured inside Django, and its SQL queries;
- bytes on the wire: the HTML as it is, gzipped and in Brotli, as the site sends them.

The figures go to bench/results/pages.md.
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.run import (  # noqa: E402
    PYTHON,
    REDIS_URL,
    ROOT,
    prepared_site,
    redis_answers,
    run_python_load,
    run_wrk,
    say,
    server,
)

PAGE_TYPES = {
    "home": "/",
    "guide": "/guides/hamstrings/",
    "exercise": "/exercises/seated-leg-curl/",
    "study": "/studies/maeo-2021/",
    "workout": "/workouts/hamstring-workout/",
    "exercise list": "/exercises/",
    "study list": "/studies/",
    "workout list": "/workouts/",
    "search": "/search/?q=hamstring",
}
HELLO = "/healthz/"
HELLO_CACHE = "/bench/hello-cache/"


def fetch(url, encoding=None):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding} if encoding else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.headers.get("Content-Encoding"), response.read()


def alternate(base, hello, args):
    """hello, page, hello, page, ... hello: each page's ratio to the hello runs either side of it."""
    load = run_wrk if shutil.which("wrk") and not args.python_load else run_python_load
    for url in [hello, *PAGE_TYPES.values()]:
        for _ in range(3):  # warm the cache (when on) and check every page answers
            status, _, _ = fetch(base + url)
            assert status == 200, url
    hello_runs = [load(base + hello, args.duration, args.connections, args.threads)]
    rows = {}
    for name, url in PAGE_TYPES.items():
        row = load(base + url, args.duration, args.connections, args.threads)
        hello_runs.append(load(base + hello, args.duration, args.connections, args.threads))
        row["ratio"] = row["rps"] / ((hello_runs[-2]["rps"] + hello_runs[-1]["rps"]) / 2)
        rows[name] = row
    speeds = [run["rps"] for run in hello_runs]
    rows["hello"] = {
        "rps": sum(speeds) / len(speeds),
        "spread": (max(speeds) - min(speeds)) / max(speeds),
        "errors": sum(run["errors"] for run in hello_runs),
    }
    return rows


def wire_bytes(base):
    sizes = {}
    for name, url in PAGE_TYPES.items():
        row = {}
        for encoding in [None, "gzip", "br"]:
            fetch(base + url, encoding)  # stored on the first answer
            _, sent_as, body = fetch(base + url, encoding)
            row[encoding or "identity"] = (len(body), sent_as or "identity")
        sizes[name] = row
    return sizes


def render_stats(env):
    result = subprocess.run(
        [PYTHON, "bench/render_stats.py", *PAGE_TYPES.values()],
        cwd=ROOT,
        env={**env, "PAGE_CACHE_SECONDS": "0"},
        capture_output=True,
        text=True,
    )
    if result.returncode:
        sys.exit(f"bench/render_stats.py failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure(env, tmp, args):
    figures = {"renders": render_stats(env)}
    say("Pages against hello-world: local memory, warm ...")
    with server({**env, "CACHE_URL": "locmem://"}, tmp, "pages-warm") as base:
        figures["warm"] = alternate(base, HELLO, args)
        figures["bytes"] = wire_bytes(base)
    say("Pages against hello-world: page cache off (cold) ...")
    with server({**env, "CACHE_URL": "locmem://", "PAGE_CACHE_SECONDS": "0"}, tmp, "pages-cold") as base:
        figures["cold"] = alternate(base, HELLO, args)
    if not args.no_redis and redis_answers():
        say("Pages against hello-world with one Redis round trip: Redis, warm ...")
        with server({**env, "CACHE_URL": REDIS_URL}, tmp, "pages-redis") as base:
            figures["redis"] = alternate(base, HELLO_CACHE, args)
    return figures


def report(args, figures):
    renders, warm, cold, redis, sizes = (
        figures["renders"],
        figures["warm"],
        figures["cold"],
        figures.get("redis"),
        figures["bytes"],
    )
    lines = [
        f"Page types against hello-world, {time.strftime('%Y-%m-%d %H:%M %Z')}, "
        f"{'Python load generator' if args.python_load else 'wrk'} -t{args.threads} -c{args.connections} "
        f"-d{args.duration}s per run",
        "",
        "| page type | URL | warm ratio (local memory) | warm ratio (Redis) | cold ratio (cache off) "
        "| cold render in-process, ms | SQL queries cold | HTML bytes | gzip | Brotli |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, url in PAGE_TYPES.items():
        size = sizes[name]
        on_redis = f"{redis[name]['ratio']:.2f}" if redis else "not run"
        lines.append(
            f"| {name} | `{url}` | {warm[name]['ratio']:.2f} | {on_redis} | {cold[name]['ratio']:.2f} "
            f"| {renders[url]['render_ms']:.1f} | {renders[url]['queries']} "
            f"| {size['identity'][0]:,} | {size['gzip'][0]:,} | {size['br'][0]:,} |"
        )
    lines += ["", "Hello-world, mean of the runs around the pages:", ""]
    for label, rows, hello in [
        ("local memory, page cache on", warm, HELLO),
        ("local memory, page cache off", cold, HELLO),
        ("Redis, one round trip", redis, HELLO_CACHE),
    ]:
        if rows:
            lines.append(
                f"- {label}: `{hello}` {rows['hello']['rps']:,.0f} requests/s (runs varied by "
                f"{rows['hello']['spread']:.0%}); errors on pages "
                f"{sum(rows[name]['errors'] for name in PAGE_TYPES)}, on hello-world {rows['hello']['errors']}"
            )
    text = "\n".join(lines)
    say("\n" + text)
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "pages.md").write_text(text + "\n")


def arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=3, help="seconds of each load run (default 3)")
    parser.add_argument("--connections", type=int, default=20, help="concurrent connections (default 20)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--no-redis", action="store_true", help="only the local-memory cache")
    parser.add_argument("--python-load", action="store_true", help="use the Python load generator even if wrk is here")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        args.python_load = True
    return args


def main(argv=None):
    args = arguments(argv)
    with tempfile.TemporaryDirectory(prefix="muscle-guide-pages-") as tmp:
        env = prepared_site(tmp)
        report(args, measure(env, tmp, args))


if __name__ == "__main__":
    main()
