"""Lighthouse's four scores for each page type, against the production stack: `make audit`.

Starts the same throwaway production site as bench/run.py (gunicorn on a free loopback
port), runs Lighthouse 12 (installed by `make audit` into .cache/lighthouse) with Debian's
Chromium, mobile settings, and prints performance, accessibility, best practices and SEO.
Lighthouse's full JSON reports are left in bench/results/lighthouse/.
"""

import json
import os
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import manage, say, server, site_env  # noqa: E402
from tests.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

LIGHTHOUSE = ROOT / ".cache" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROME_PATH = os.environ.get("CHROME_PATH", str(CHROMIUM))
PAGES = {
    "home": "/",
    "guide": "/guides/hamstrings/",
    "guide with the atlas": "/guides/quadriceps/",
    "exercise": "/exercises/romanian-deadlift/",
    "exercise of two guides": "/exercises/squat/",
    "study": "/studies/maeo-2021/",
    "workout": "/workouts/hamstring-workout/",
    "workout builder": "/workouts/build/",
    "a reader's build": "/workouts/build/?e1=romanian-deadlift&s1=4&r1=8&e2=squat&s2=3&r2=8",
    "exercise list": "/exercises/",
    "search": "/search/?q=hamstring",
    "newsletter": "/newsletter/",
    "glossary": "/glossary/",
}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FLAGS = " ".join(["--headless=new", *CHROMIUM_ARGS])


def exists(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status == 200
    except urllib.error.HTTPError:
        return False


def audit(url, out):
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            f"--chrome-flags={FLAGS}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--output=json",
            f"--output-path={out}",
            "--quiet",
        ],
        env={**os.environ, "CHROME_PATH": CHROME_PATH},
        check=True,
        timeout=180,
    )
    report = json.loads(out.read_text())
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    failing = [
        audit["title"]
        for audit in report["audits"].values()
        if audit.get("score") is not None and audit["score"] < 0.9 and audit.get("scoreDisplayMode") == "binary"
    ]
    return scores, failing


def main():
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run `make audit` (it installs lighthouse@12 into .cache/lighthouse).")
    if not Path(CHROME_PATH).exists():
        sys.exit(f"Chromium is missing at {CHROME_PATH} (apt-get install chromium).")
    results = ROOT / "bench" / "results" / "lighthouse"
    results.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="muscle-guide-audit-") as tmp:
        env = site_env(tmp)
        say("Preparing a throwaway production site ...")
        manage(env, "collectstatic", "--noinput", "-v0")
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "seed_content")
        rows = []
        with server(env, tmp, "audit") as base:
            for kind, path in PAGES.items():
                if not exists(base + path):
                    say(f"{kind}: {path} does not answer 200 here; skipped.")
                    continue
                say(f"Lighthouse: {kind} ({path}) ...")
                scores, failing = audit(base + path, results / f"{kind.replace(' ', '-')}.json")
                rows.append((kind, path, scores, failing))
    say("\n| page | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |")
    for kind, path, scores, _ in rows:
        say(f"| {kind} (`{path}`) | " + " | ".join(str(scores[c]) for c in CATEGORIES) + " |")
    for kind, _, _, failing in rows:
        if failing:
            say(f"{kind}: failing audits: {'; '.join(failing)}")


if __name__ == "__main__":
    main()
