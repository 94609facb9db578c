"""The library at scale: `make bench-scale` (or `.venv/bin/python bench/scale.py`).

Builds, in a throwaway database, the seed content and then a library of 20 guides,
1,000 exercises, 200 studies, 50 workouts and 10,000 subscribers, and reports for
each page type, on the seed content and at scale: the cold render time (median of
several renders, in process with Django's test client, page cache off), the SQL
queries and the HTML size; and the latency of /search/ (p50, p99 over many
queries). It checks the targets of issue 18: every page at most 60 KB of HTML and
the same number of queries as on the seed content, cold time within 1.5x, search
p50 under 20 ms and p99 under 50 ms.

The database is a SQLite file in a temporary directory, and, with --postgres URL
(or BENCH_POSTGRES_URL), also a throwaway database created on that PostgreSQL
server and dropped afterwards. The report is printed and written to
bench/results/scale.md. Timings depend on the machine and on whatever else it is
doing; compare the two columns of one run.
"""

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

SCALE = {"guides": 20, "exercises": 1000, "studies": 200, "workouts": 50, "subscribers": 10_000}
# One URL per page type; the same URL on the seed content and at scale.
PAGES = [
    ("home", "/"),
    ("guide", "/guides/hamstrings/"),
    ("exercise list", "/exercises/"),
    ("exercise list, filtered", "/exercises/?guide=hamstrings&recommended=yes"),
    ("exercise", "/exercises/seated-leg-curl/"),
    ("study list", "/studies/"),
    ("study", "/studies/maeo-2021/"),
    ("workout list", "/workouts/"),
    ("workout", "/workouts/hamstring-workout/"),
    ("search", "/search/?q=curl"),
    ("sitemap", "/sitemap.xml"),
    ("feed", "/feed/"),
    ("newsletter", "/newsletter/"),
]
SEARCHES = [
    "curl",
    "leg curl",
    "hamstrings",
    "quadriceps",
    "squat",
    "rdl",
    "nordic curl",
    "hip extension",
    "semitendinosus",
    "maeo",
    "muscle growth",
    "cable row",
    "zumba",
]
RENDERS = 5  # cold renders per page; the median is reported
SEARCH_ROUNDS = 15  # each query this many times
TARGET_BYTES = 60 * 1024
TARGET_RATIO = 1.5
TARGET_P50 = 20.0
TARGET_P99 = 50.0

# Words for the generated library (plain, made-up content: no person, study or number is real).
REGIONS = [
    "calves",
    "glutes",
    "adductors",
    "chest",
    "upper back",
    "lats",
    "shoulders",
    "biceps",
    "triceps",
    "forearms",
    "abdominals",
    "obliques",
    "lower back",
    "neck",
    "hip flexors",
    "tibialis",
    "rotator cuff",
    "serratus",
]
EQUIPMENT = ["barbell", "dumbbell", "machine", "cable", "bodyweight", "other"]
MOVES = ["press", "row", "raise", "curl", "extension", "fly", "pulldown", "hinge", "squat", "lunge", "hold", "carry"]


def say(message=""):
    print(message, flush=True)


# --- Inside Django: build the library and measure it ---------------------------------------------


def setup_django():
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def use_database(name):
    """Point the default connection at another database (a file, or a database of the same server), connected."""
    from django.db import connection

    connection.close()
    connection.settings_dict["NAME"] = name
    connection.ensure_connection()


def measure_pages(client, databases):
    """Each page rendered cold ``RENDERS`` times on each database in turn, so both see the same machine load."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    figures = {label: {} for label in databases}
    for name, url in PAGES:
        times = {label: [] for label in databases}
        last = {}
        for _ in range(RENDERS):
            for label, database in databases.items():
                use_database(database)
                cache.clear()
                with CaptureQueriesContext(connection) as captured:
                    start = time.perf_counter()
                    response = client.get(url)
                    times[label].append((time.perf_counter() - start) * 1000)
                last[label] = (response, len(captured))
        for label in databases:
            response, queries = last[label]
            figures[label][name] = {
                "url": url,
                "status": response.status_code,
                "ms": statistics.median(times[label]),
                "queries": queries,
                "bytes": len(response.content),
            }
    return figures


def percentile(ordered, fraction):
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure_search(client, databases):
    """Whole /search/ requests, every query ``SEARCH_ROUNDS`` times on each database in turn."""
    from django.core.cache import cache

    times = {label: [] for label in databases}
    for _ in range(SEARCH_ROUNDS):
        for label, database in databases.items():
            use_database(database)
            for q in SEARCHES:
                cache.clear()
                start = time.perf_counter()
                response = client.get("/search/", {"q": q})
                times[label].append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, q
    return {
        label: {"samples": len(found), "p50": percentile(sorted(found), 0.5), "p99": percentile(sorted(found), 0.99)}
        for label, found in times.items()
    }


def build_library():
    """Grow the seeded site to SCALE: content saved as the admin saves it, bulk rows where nothing is rendered."""
    from django.db import transaction
    from django.utils import timezone

    from articles.anatomy import Role
    from articles.models import Author, JointAction, Muscle, MuscleGroup
    from exercises.models import Exercise, GuideExercise, MuscleInvolvement
    from newsletter.models import Subscriber
    from search import index
    from studies.models import Study
    from workouts.models import Workout, WorkoutItem

    now = timezone.now()
    published = {"status": "published", "published_at": now - timezone.timedelta(days=1)}
    author = Author.objects.first()
    actions = list(JointAction.objects.all())
    with transaction.atomic():
        studies = [study.slug for study in Study.objects.all()]
        for number in range(SCALE["studies"] - len(studies)):
            study = Study.objects.create(
                slug=f"scale-study-{number}",
                authors=f"Author{number} A, Writer B, et al",
                title=f"Training the {REGIONS[number % len(REGIONS)]} with a {MOVES[number % len(MOVES)]}",
                journal="J Scale Test",
                year=2000 + number % 25,
                design=Study.Design.RANDOMISED_TRIAL,
                participants=20 + number % 40,
                duration="8 weeks",
                measure="muscle thickness by ultrasound",
                finding=f"Both programmes grew the {REGIONS[number % len(REGIONS)]}; neither grew it more.",
            )
            studies.append(study.slug)

        guides = list(MuscleGroup.objects.all())
        for number, region in enumerate(REGIONS[: SCALE["guides"] - len(guides)]):
            cite = studies[number % len(studies)]
            guide = MuscleGroup(
                slug=region.replace(" ", "-"),
                name=region.capitalize(),
                title=f"How to train your {region}",
                summary=f"The anatomy of the {region}, the exercises that train them and a workout.",
                author=author,
                introduction=f"The {region} are trained by several movements [@{cite}].\n\n" * 4,
                anatomy=f"The {region} have three parts, each with its own job.",
                exercises_intro="The exercises below train every part.",
                left_out_intro="These are discussed but left out.",
                wrap_up="Train them twice a week.",
                position=10 + number,
                **published,
            )
            guide.save()
            for part in range(3):
                Muscle.objects.create(
                    group=guide,
                    name=f"{region.capitalize()} part {part + 1}",
                    slug=f"{guide.slug}-part-{part + 1}",
                    origin="Pelvis",
                    insertion="Femur",
                    notes=f"Part {part + 1} of the {region}.",
                    position=part,
                )
            guides.append(guide)

        muscles_by_guide = {guide.pk: list(Muscle.objects.filter(group=guide)) for guide in guides}
        exercises = list(Exercise.objects.all())
        by_guide = {}
        involvements = []
        for number in range(SCALE["exercises"] - len(exercises)):
            guide = guides[number % len(guides)]
            move = MOVES[number % len(MOVES)]
            equipment = EQUIPMENT[number % len(EQUIPMENT)]
            cite = studies[number % len(studies)]
            exercise = Exercise(
                name=f"{equipment.capitalize()} {guide.name.lower()} {move} {number}",
                slug=f"{equipment}-{guide.slug}-{move}-{number}",
                aliases=f"{guide.name.lower()} {move} variation {number}",
                summary=f"A {equipment} {move} for the {guide.name.lower()}.",
                equipment=equipment,
                mechanics=Exercise.Mechanics.ISOLATION if number % 2 else Exercise.Mechanics.COMPOUND,
                description=f"Set up, then {move} with control through the full range [@{cite}].",
                steps="1. Set up.\n2. Move slowly.\n3. Return.",
                mistakes="- Bouncing\n- Short range",
                cues="- Slow down\n- Full range",
                **published,
            )
            exercise.save()
            exercise.joint_actions.set(actions[number % len(actions) : number % len(actions) + 1])
            for role, muscle in zip((Role.PRIMARY, Role.SECONDARY), muscles_by_guide[guide.pk][:2], strict=False):
                involvements.append(MuscleInvolvement(exercise=exercise, muscle=muscle, role=role))
            exercises.append(exercise)
            by_guide.setdefault(guide.pk, []).append(exercise)
        MuscleInvolvement.objects.bulk_create(involvements)

        # Each new guide discusses eight exercises (six recommended, two left out), as the seeded ones do.
        for number, guide in enumerate(guides[2:]):
            for position, exercise in enumerate(by_guide.get(guide.pk, [])[:8]):
                cite = studies[(8 * number + position) % len(studies)]
                GuideExercise.objects.create(
                    guide=guide,
                    exercise=exercise,
                    verdict="recommended" if position < 6 else "left_out",
                    reason=f"It trains every part of the {guide.name.lower()} [@{cite}].",
                    position=position,
                )

        workouts = Workout.objects.count()
        for number in range(SCALE["workouts"] - workouts):
            guide = guides[2 + number % (len(guides) - 2)]
            workout = Workout(
                name=f"{guide.name} workout {number}",
                slug=f"{guide.slug}-workout-{number}",
                muscle_group=guide,
                goal="Muscle growth",
                summary=f"Three exercises for the {guide.name.lower()}.",
                principles=f"Hard sets close to failure [@{studies[number % len(studies)]}].",
                **published,
            )
            workout.save()
            linked = list(GuideExercise.objects.filter(guide=guide).values_list("exercise", flat=True)[:3])
            WorkoutItem.objects.bulk_create(
                WorkoutItem(workout=workout, exercise_id=pk, position=position, sets=3, reps_min=8, reps_max=12)
                for position, pk in enumerate(linked, start=1)
            )

        Subscriber.objects.bulk_create(
            Subscriber(
                email=f"reader{number}@example.org",
                status="confirmed" if number % 3 else "pending",
                consent_at=now,
                consent_version="v1",
                source_page="/newsletter/",
            )
            for number in range(SCALE["subscribers"] - Subscriber.objects.count())
        )
    index.rebuild()  # the involvements and items were bulk-created, which sends no signal

    from articles.models import MuscleGroup as Guides

    return {
        "guides": Guides.objects.count(),
        "exercises": Exercise.objects.count(),
        "studies": Study.objects.count(),
        "public studies": Study.objects.published().count(),
        "workouts": Workout.objects.count(),
        "subscribers": Subscriber.objects.count(),
    }


def copy_database():
    """A copy of the seeded database beside it: its name (a file path, or a database on the same server)."""
    from django.db import connection

    name = connection.settings_dict["NAME"]
    connection.close()
    if connection.vendor == "sqlite":
        shutil.copyfile(name, f"{name}.seed")
        return f"{name}.seed"
    use_database("postgres")  # a database may be copied only while nobody is connected to it
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}_seed" TEMPLATE "{name}"')
    use_database(name)
    return f"{name}_seed"


def analyze(names):
    """Fresh planner statistics on each PostgreSQL database, as autovacuum keeps them on a live site.

    Without them PostgreSQL plans the just-loaded tables as nearly empty (one
    row each), which is no site's state. SQLite keeps none unless asked, so it is left as a site would have it.
    """
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    for name in names:
        use_database(name)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def measure(search_only=False):
    """In the child process: migrate and seed, keep a copy; build the library; measure both side by side."""
    setup_django()
    import io

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("seed_content", stdout=io.StringIO())
    databases = {"seed": copy_database(), "scale": connection.settings_dict["NAME"]}
    start = time.perf_counter()
    counts = build_library()
    built = time.perf_counter() - start
    analyze(databases.values())
    client = Client(HTTP_HOST="127.0.0.1")
    pages = {label: {} for label in databases} if search_only else measure_pages(client, databases)
    search = measure_search(client, databases)
    print(
        json.dumps(
            {
                "vendor": connection.vendor,
                "counts": counts,
                "build_seconds": built,
                "load": os.getloadavg()[0],
                **{label: {"pages": pages[label], "search": search[label]} for label in databases},
            }
        )
    )


# --- The driver: throwaway databases, child processes, the report -----------------------------------


def child_env(database_url):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CACHE_URL", "PAGE_CACHE"))}
    env.update(
        DJANGO_SETTINGS_MODULE="bench.scale_settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        SITE_URL="http://127.0.0.1",  # production requires it
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SECURE_HSTS_SECONDS="0",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_LOG_LEVEL="ERROR",
        PAGE_CACHE_SECONDS="0",
        CACHE_URL="locmem://",
        DATABASE_URL=database_url,
        PYTHONPATH=str(ROOT),
    )
    return env


def run_child(database_url, search_only=False):
    command = [PYTHON, __file__, "measure", *(["--search-only"] if search_only else [])]
    result = subprocess.run(command, cwd=ROOT, env=child_env(database_url), capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"measuring on {urlsplit(database_url).scheme} failed:\n{result.stderr[-4000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def throwaway_postgres(base_url):
    """A new database on the server of ``base_url``: (its URL, a function that drops it)."""
    import psycopg

    name = f"bench_scale_{secrets.token_hex(4)}"
    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(base_url)

    def drop():
        with psycopg.connect(base_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'DROP DATABASE IF EXISTS "{name}_seed" WITH (FORCE)')

    return urlunsplit(parts._replace(path=f"/{name}")), drop


def verdict(ok):
    return "met" if ok else "**not met**"


def report(runs):
    lines = [
        f"Muscle Guide at library scale, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cpus"
    ]
    for run in runs:
        counts = run["counts"]
        seed, scale = run["seed"], run["scale"]
        lines += [
            "",
            f"### {run['vendor'].replace('sqlite', 'SQLite').replace('postgresql', 'PostgreSQL')}",
            "",
            "Library: "
            + ", ".join(f"{value:,} {key}" for key, value in counts.items())
            + f" (built in {run['build_seconds']:.0f} s; load average {run['load']:.1f} while measuring).",
        ]
        if seed["pages"]:  # not with --search-only
            lines += [
                "",
                "| page | seed: cold ms | queries | HTML bytes | scale: cold ms | queries | HTML bytes "
                "| within 60 KB / same queries / 1.5x |",
                "| --- | --- | --- | --- | --- | --- | --- | --- |",
            ]
        for name, _url in PAGES if seed["pages"] else ():
            before, after = seed["pages"][name], scale["pages"][name]
            html = name not in ("sitemap", "feed")
            checks = [
                after["bytes"] <= TARGET_BYTES or not html,
                after["queries"] == before["queries"],
                after["ms"] <= TARGET_RATIO * before["ms"],
            ]
            marks = " / ".join(
                verdict(ok) if applies else "n/a (not HTML)"
                for ok, applies in zip(checks, (html, True, True), strict=True)
            )
            lines.append(
                f"| {name} (`{before['url']}`) | {before['ms']:.1f} | {before['queries']} | {before['bytes']:,} "
                f"| {after['ms']:.1f} | {after['queries']} | {after['bytes']:,} | {marks} |"
            )
        s_seed, s_scale = seed["search"], scale["search"]
        lines += [
            "",
            f"Search (`/search/?q=...`, {len(SEARCHES)} queries x {SEARCH_ROUNDS}, whole request in process): "
            f"seed p50 {s_seed['p50']:.1f} ms, p99 {s_seed['p99']:.1f} ms; "
            f"scale p50 {s_scale['p50']:.1f} ms ({verdict(s_scale['p50'] < TARGET_P50)} < 20 ms), "
            f"p99 {s_scale['p99']:.1f} ms ({verdict(s_scale['p99'] < TARGET_P99)} < 50 ms).",
        ]
    return "\n".join(lines) + "\n"


def main():
    if sys.argv[1:2] == ["measure"]:
        measure(search_only="--search-only" in sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL", ""), help="a PostgreSQL server URL")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--search-only", action="store_true", help="measure search only, not the pages")
    args = parser.parse_args()
    runs = []
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            say("Building and measuring on SQLite...")
            runs.append(run_child(f"sqlite:///{tmp}/scale.sqlite3", args.search_only))
    if args.postgres:
        url, drop = throwaway_postgres(args.postgres)
        try:
            say("Building and measuring on PostgreSQL...")
            runs.append(run_child(url, args.search_only))
        finally:
            drop()
    text = report(runs)
    say(text)
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "scale.md").write_text(text)


if __name__ == "__main__":
    main()
