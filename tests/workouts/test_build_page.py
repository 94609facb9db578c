"""/workouts/build/: a reader's own workout, read from the URL, with the same coverage as the site's workouts."""

import json
import random
import re
from urllib.parse import quote

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import MuscleGroup
from exercises.models import Exercise, MuscleInvolvement
from tests.pages import between, csv_sheet_rows, page_text
from workouts.builder import MAX_EXERCISES, Pick, build_items
from workouts.coverage import (
    coverage_by_guide,
    coverage_prefetches,
    guide_coverage,
    guide_prefetches,
    workout_coverage,
)
from workouts.models import Workout
from workouts.sheet import build_sheet, csv_rows

pytestmark = pytest.mark.usefixtures("seeded")

BUILD = "/workouts/build/"
RDL_AND_SQUAT = BUILD + "?e1=romanian-deadlift&s1=4&r1=8&e2=squat&s2=3&r2=8"


def gaps(html):
    """The text of each gap finding on the page, tags removed, spaces collapsed."""
    items = re.findall(r'<li class="finding-gap">(.*?)</li>', html, re.S)
    return [" ".join(re.sub(r"<[^>]+>", "", item).split()) for item in items]


def json_ld_types(html):
    return [
        json.loads(node)["@type"]
        for node in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


# What a reader sees.


def test_rdl_and_squat_leave_knee_flexion_and_the_short_head_untrained_and_offer_a_leg_curl(client):
    html = page_text(client, RDL_AND_SQUAT)
    hamstrings = between(html, '<section id="coverage-hamstrings"', "</section>")
    found = gaps(hamstrings)
    assert found[0].startswith("Gap: The biceps femoris short head is not trained by this workout.")
    assert found[1].startswith("Gap: Knee flexion is not trained by this workout. To fill the gap, add Seated leg curl")
    assert 'href="/exercises/seated-leg-curl/"' in hamstrings
    # The quadriceps are trained by the squat: no gap there.
    assert gaps(between(html, '<section id="coverage-quadriceps"', "</section>")) == []
    # The workout itself, in order, and its gym sheet.
    table = between(html, '<table class="workout-table">', "</table>")
    assert re.findall(r'<a href="/exercises/([a-z-]+)/">', table) == ["romanian-deadlift", "squat"]
    sheet = between(html, '<section id="sheet"', "</section>")
    assert "1. Romanian deadlift" in sheet and "4 × 8" in sheet and "2. Barbell back squat" in sheet


def test_the_form_shows_the_build_and_empty_rows_to_add_more(client):
    html = page_text(client, RDL_AND_SQUAT)
    form = between(html, '<form class="build-form"', "</form>")
    assert '<option value="romanian-deadlift" selected>' in between(form, 'name="e1"', "</select>")
    assert '<option value="squat" selected>' in between(form, 'name="e2"', "</select>")
    assert 'name="s1" type="number" inputmode="numeric" min="1" max="20" value="4"' in form
    assert [int(n) for n in re.findall(r"<legend>Exercise (\d+)</legend>", form)] == [1, 2, 3, 4, 5]
    assert 'method="get" action="/workouts/build/"' in form and "csrfmiddlewaretoken" not in form


def test_the_empty_builder_is_a_plain_form_that_search_engines_may_index(client):
    response = client.get(BUILD)
    html = response.content.decode()
    assert response.status_code == 200 and "Build your own workout" in html
    assert '<link rel="canonical" href="http://testserver/workouts/build/">' in html and "noindex" not in html
    assert 'class="finding' not in html and 'id="sheet"' not in html


def test_a_build_is_noindex_private_sets_no_cookie_and_is_no_exercise_plan(client):
    response = client.get(RDL_AND_SQUAT)
    html = response.content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html and 'rel="canonical"' not in html
    assert response["Cache-Control"] == "private"
    assert response.cookies == {} and "Set-Cookie" not in response
    assert json_ld_types(html) == ["BreadcrumbList"]
    # The site's own workouts are still ExercisePlans.
    assert "ExercisePlan" in json_ld_types(page_text(client, "/workouts/hamstring-workout/"))


def test_builds_are_never_kept_in_the_page_cache_but_the_empty_form_is(client):
    client.get(RDL_AND_SQUAT)
    with CaptureQueriesContext(connection) as again:
        assert client.get(RDL_AND_SQUAT).status_code == 200
    assert len(again) > 0
    client.get(BUILD)
    with CaptureQueriesContext(connection) as form:
        assert client.get(BUILD).status_code == 200
    assert len(form) == 0


def test_an_address_with_empty_rows_or_gaps_redirects_to_the_clean_one(client):
    response = client.get(BUILD + "?e1=&s1=3&r1=10&e3=romanian-deadlift&s3=4&r3=8&e4=&s4=3&r4=10&utm_source=x")
    assert response.status_code == 302
    assert response["Location"] == BUILD + "?e1=romanian-deadlift&s1=4&r1=8"
    assert client.get(BUILD + "?e1=&s1=3&r1=10")["Location"] == BUILD


def test_the_guides_workout_is_one_click_away_both_ways(client):
    html = page_text(client, RDL_AND_SQUAT)
    hamstrings = between(html, '<section id="coverage-hamstrings"', "</section>")
    assert 'href="/workouts/hamstring-workout/#coverage"' in hamstrings
    own = "/workouts/build/?e1=romanian-deadlift&amp;s1=4&amp;r1=8&amp;e2=seated-leg-curl&amp;s2=3&amp;r2=12"
    assert f'href="{own}' in hamstrings
    workout_page = page_text(client, "/workouts/hamstring-workout/")
    assert (
        f'<a href="{own}&amp;e3=lying-leg-curl&amp;s3=2&amp;r3=20" rel="nofollow">Change it in the workout builder</a>'
        in workout_page
    )
    quads = page_text(client, "/workouts/quadriceps-workout/")
    link = (
        re.search(r'<a href="(/workouts/build/\?[^"]+)" rel="nofollow">Change it', quads).group(1).replace("&amp;", "&")
    )
    assert link == BUILD + "?e1=squat&s1=4&r1=6-8&e2=leg-press&s2=3&r2=10-12&e3=leg-extension&s3=3&r3=15-20"
    assert client.get(link).status_code == 200


# One code path: the builder's coverage is the site's.


def test_the_builders_coverage_equals_the_site_workouts_for_the_same_exercises():
    workout = Workout.objects.prefetch_related(*coverage_prefetches()).get(slug="hamstring-workout")
    saved = workout_coverage(workout)
    picks = [Pick(item.exercise.slug, item.sets, item.reps_min, item.reps_max) for item in saved.items]
    exercises = Exercise.objects.published().prefetch_related("involvements", "joint_actions")
    items = build_items(picks, {exercise.slug: exercise for exercise in exercises})
    guide = MuscleGroup.objects.prefetch_related(*guide_prefetches()).get(slug="hamstrings")
    built = guide_coverage(guide, items)

    def summary(coverage):
        return {
            "actions": [action.slug for action in coverage.actions],
            "rows": [
                (
                    row.muscle.slug,
                    row.primary_sets,
                    row.secondary_sets,
                    [(c.action.slug, c.performs, c.sets) for c in row.cells],
                )
                for row in coverage.rows
            ],
            "findings": [(f.text, f.ok, [s.exercise.slug for s in f.suggestions]) for f in coverage.findings],
            "missed": ([r.muscle.slug for r in coverage.missed_muscles], [a.slug for a in coverage.missed_actions]),
            "roles": coverage.roles(),
        }

    assert summary(built) == summary(saved)


def build(*picks):
    exercises = Exercise.objects.published().filter(slug__in=[pick.exercise for pick in picks])
    return build_items(list(picks), {exercise.slug: exercise for exercise in exercises})


def test_a_build_is_weighed_against_each_published_guide_whose_muscles_it_trains():
    hamstrings_only = coverage_by_guide(build(Pick("nordic-hamstring", 3, 6, 8)))
    assert [guide.slug for guide, _ in hamstrings_only] == ["hamstrings"]
    both = dict(coverage_by_guide(build(Pick("romanian-deadlift", 4, 8, 8), Pick("squat", 3, 8, 8))))
    assert sorted(guide.slug for guide in both) == ["hamstrings", "quadriceps"]
    workouts = {guide.slug: [workout.slug for workout in guide.published_workouts] for guide in both}
    assert workouts == {"hamstrings": ["hamstring-workout"], "quadriceps": ["quadriceps-workout"]}
    for coverage in both.values():
        assert [item.exercise.slug for item in coverage.items] == ["romanian-deadlift", "squat"]
    MuscleGroup.objects.filter(slug="quadriceps").update(status=MuscleGroup.Status.DRAFT)
    assert coverage_by_guide(build(Pick("squat", 3, 8, 8))) == []  # it trains only the quadriceps, now a draft


def test_weighing_a_build_makes_the_same_queries_however_many_exercises_it_holds():
    def queries(items):
        with CaptureQueriesContext(connection) as captured:
            coverage_by_guide(items)
        return len(captured)

    two = queries(build(Pick("romanian-deadlift", 4, 8, 8), Pick("squat", 3, 8, 8)))
    assert queries(build(*(Pick(exercise.slug, 3, 8, 8) for exercise in Exercise.objects.published()))) == two


@pytest.mark.parametrize("slug", ["hamstring-workout", "quadriceps-workout"])
def test_the_builder_page_shows_what_the_workout_page_shows_for_the_same_items(client, slug):
    workout_page = page_text(client, f"/workouts/{slug}/")
    link = re.search(r'<a href="(/workouts/build/\?[^"]+)" rel="nofollow">Change it', workout_page).group(1)
    build_page = page_text(client, link.replace("&amp;", "&"))
    guide = Workout.objects.get(slug=slug).muscle_group.slug
    section = between(build_page, f'<section id="coverage-{guide}"', "</section>")
    coverage = between(workout_page, '<section id="coverage"', "</section>")
    for start, end in [('<ul class="findings">', "</ul>\n"), ('<table class="coverage-matrix">', "</table>")]:
        assert between(section, start, end) == between(coverage, start, end)
    assert between(section, '<table class="sets-per-muscle">', "</table>") == between(
        coverage, '<table class="sets-per-muscle">', "</table>"
    )
    # The same marked picture (the guide's own drawing for the hamstrings, the atlas for the quadriceps).
    picture = '<div class="picture-views'
    assert (
        between(build_page, picture, "<figcaption>").strip() == between(workout_page, picture, "<figcaption>").strip()
    )


def test_a_build_across_guides_marks_one_atlas_with_every_guides_muscles(client):
    html = page_text(client, RDL_AND_SQUAT)
    figure = between(html, '<figure class="diagram diagram-atlas">', "</figure>")
    assert "marked on the hamstrings and quadriceps" in figure
    assert "Trained: Semitendinosus" in figure and "Not trained: Biceps femoris short head" in figure


# Sheet and CSV.


def test_the_csv_is_the_gym_sheet_of_the_build(client):
    response = client.get(BUILD + "sheet.csv?e1=romanian-deadlift&s1=4&r1=8&e2=squat&s2=3&r2=8-12")
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="my-workout-sheet.csv"'
    rows = csv_sheet_rows(response)
    assert rows == [
        ["#", "Exercise", "Sets", "Reps", "Note", "Set 1 weight", "Set 2 weight", "Set 3 weight", "Set 4 weight"],
        ["1", "Romanian deadlift", "4", "8", "", "", "", "", ""],
        ["2", "Barbell back squat", "3", "8–12", "", "", "", "", "n/a"],
    ]
    exercises = {e.slug: e for e in Exercise.objects.published()}
    items = build_items([Pick("romanian-deadlift", 4, 8, 8), Pick("squat", 3, 8, 12)], exercises)
    assert rows == [[str(cell) for cell in row] for row in csv_rows(build_sheet(items))]
    html = page_text(client, RDL_AND_SQUAT)
    csv_link = "/workouts/build/sheet.csv?e1=romanian-deadlift&amp;s1=4&amp;r1=8&amp;e2=squat&amp;s2=3&amp;r2=8"
    assert f'href="{csv_link}" download' in html


def test_a_bad_csv_address_is_a_400_with_the_reason(client):
    response = client.get(BUILD + "sheet.csv?e1=bench-press&s1=3&r1=8")
    assert response.status_code == 400
    assert response.content.decode() == "There is no exercise called “bench-press”. Pick one from the list.\n"
    response = client.get(BUILD + "sheet.csv?e" + "1" * 5000 + "=squat")
    assert response.status_code == 400 and "is beyond that" in response.content.decode()


# Refusals: a 400 with the reason, never a 500.


@pytest.mark.parametrize(
    "query, reason",
    [
        ("e1=bench-press&s1=3&r1=8", "There is no exercise called “bench-press”. Pick one from the list."),
        ("e1=squat&e1=squat&s1=3&r1=8", "“e1” is given 2 times"),
        ("e1=squat&s1=10000&r1=8", "Sets (row 1) must be a whole number from 1 to 20, not “10000”."),
        ("&".join(f"e{n}=squat&s{n}=3&r{n}=8" for n in range(1, 101)), f"at most {MAX_EXERCISES} exercises"),
        ("e1=%3Cb%3Esquat%3C%2Fb%3E&s1=3&r1=8", "There is no exercise called “&lt;b&gt;squat&lt;/b&gt;”"),
        # More digits than Python's int() converts, in a row's name: the form shown again must not read it either.
        ("e" + "1" * 5000 + "=squat", "is beyond that"),
        ("e1=squat&e1=leg-press&e" + "1" * 5000 + "=squat", "“e1” is given 2 times"),
    ],
)
def test_bad_builds_are_a_400_that_says_why_and_keeps_the_form(client, query, reason):
    response = client.get(f"{BUILD}?{query}")
    html = response.content.decode()
    assert response.status_code == 400
    assert reason in between(html, '<div class="build-error" role="alert">', "</div>")
    assert '<meta name="robots" content="noindex, follow">' in html
    assert '<form class="build-form"' in html and 'class="finding' not in html


def test_draft_exercises_cannot_be_picked(client):
    Exercise.objects.filter(slug="nordic-hamstring").update(status=Exercise.Status.DRAFT)
    assert 'value="nordic-hamstring"' not in page_text(client, BUILD)
    response = client.get(BUILD + "?e1=nordic-hamstring&s1=3&r1=8")
    assert response.status_code == 400 and "no exercise called “nordic-hamstring”" in response.content.decode()


KEYS = ["e1", "s1", "r1", "e2", "s2", "r2", "e12", "s12", "r12", "e13", "e0", "e01", "s", "r-1", "e1e", "q", ""]
VALUES = [
    "squat", "romanian-deadlift", "seated-leg-curl", "bench-press", "", "0", "1", "3", "20", "21", "8-12", "12-8",
    "30s", "601s", "-1", "1e3", "99999999999999999999", "８", "²", "8–12", "8 - 12", "nan", "%00", "\x00", "a" * 150,
    "<script>", "'; DROP TABLE", "🏋️", " 3 ", "%", "%ZZ", "+", "&", "=",
]  # fmt: skip


def fuzzed_query(rng):
    parts = []
    for _ in range(rng.randint(0, 14)):
        key, value = rng.choice(KEYS), rng.choice(VALUES)
        if rng.random() < 0.5:
            key, value = quote(key), quote(value)  # some encoded, some raw
        parts.append(f"{key}={value}" if rng.random() < 0.9 else key)
    return "&".join(parts)


def test_fuzzed_addresses_never_give_a_500(client):
    rng = random.Random(15)
    statuses = set()
    for _ in range(400):
        query = fuzzed_query(rng)
        for url in (f"{BUILD}?{query}", f"{BUILD}sheet.csv?{query}"):
            response = client.get(url)
            assert response.status_code in (200, 302, 400), url
            if response.status_code == 302:
                assert client.get(response["Location"]).status_code == 200, url
            statuses.add(response.status_code)
    assert statuses == {200, 302, 400}  # the fuzzing reached every outcome


# Cost.


def test_a_build_costs_the_same_queries_whatever_its_length(client):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    one = queries(BUILD + "?e1=romanian-deadlift&s1=4&r1=8")
    slugs = [exercise.slug for exercise in Exercise.objects.published()]
    rows = [(slugs[n % len(slugs)], 1 + n % 5) for n in range(MAX_EXERCISES)]
    full = BUILD + "?" + "&".join(f"e{n}={slug}&s{n}={sets}&r{n}=10" for n, (slug, sets) in enumerate(rows, start=1))
    assert queries(full) == one


def test_no_workout_can_take_the_builders_address():
    workout = Workout.objects.get(slug="hamstring-workout")
    workout.slug = "build"
    with pytest.raises(ValidationError) as error:
        workout.full_clean()
    assert error.value.message_dict["slug"] == ["/workouts/build/ is the workout builder's address; choose another."]


def test_a_cited_note_on_why_an_exercise_leaves_a_muscle_out_is_numbered_and_listed(client):
    involvement = MuscleInvolvement.objects.get(
        exercise__slug="romanian-deadlift", muscle__slug="biceps-femoris-short-head"
    )
    involvement.note = "It does not cross the hip [@maeo-2021]."
    involvement.save()
    html = page_text(client, RDL_AND_SQUAT)
    gap = between(html, '<li class="finding-gap">', "</li>")
    citation = '<sup class="citation"><a href="#ref-maeo-2021" aria-label="Reference 1">[1]</a></sup>'
    assert f"It does not cross the hip {citation}" in gap
    assert 'id="ref-maeo-2021"' in between(html, '<section class="references"', "</section>")


def test_the_workouts_list_leads_to_the_builder(client):
    assert '<a href="/workouts/build/">build your own workout</a>' in page_text(client, "/workouts/")
