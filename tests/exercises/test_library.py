"""The library model as readers meet it: one page per exercise whatever guides discuss it, at a constant cost."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.anatomy import Role
from articles.models import Muscle, MuscleGroup
from core import page_cache
from exercises.models import Exercise, GuideExercise, MuscleInvolvement
from tests.factories import add_hamstring_exercises, link, make_exercise
from workouts.models import Workout, WorkoutItem

pytestmark = pytest.mark.usefixtures("seeded")

# Every page type with the most queries it may make cold. Growing the library must not add any.
PAGES = [
    ("/", 1),
    # Guide, exercise and workout pages: +1 for the glossary terms on a cold cache (cached for a minute after).
    ("/guides/hamstrings/", 10),  # the guide, its muscles (joints, actions), exercise links, workouts with items
    ("/guides/quadriceps/", 10),
    ("/exercises/", 7),  # filter choices (guides, muscles, actions), a count, the page, primary muscles, guide links
    ("/exercises/?muscle=biceps-femoris-short-head&action=knee-flexion&equipment=machine&recommended=yes", 7),
    ("/exercises/?guide=quadriceps&recommended=yes", 7),
    ("/exercises/squat/", 10),
    ("/exercises/seated-leg-curl/", 10),  # +1: exercises training the same muscles
    ("/studies/", 2),  # a count and the page
    ("/studies/maeo-2021/", 6),  # the study, then one query per model that can cite (four, with muscle notes)
    ("/studies/kubo-2019/", 6),
    ("/workouts/", 2),
    ("/workouts/hamstring-workout/", 9),  # items, the guide's muscles (actions) and exercise links, all their facts
    ("/workouts/quadriceps-workout/", 9),
    ("/workouts/hamstring-workout/sheet.csv", 3),
    ("/workouts/build/", 1),  # the exercises to pick from
    # The exercises to pick, the picked ones, the guides they train with muscles (actions), exercise links and
    # workouts with items, then the facts of all those exercises together.
    ("/workouts/build/?e1=romanian-deadlift&s1=4&r1=8&e2=squat&s2=3&r2=8", 10),
    ("/workouts/build/sheet.csv?e1=romanian-deadlift&s1=4&r1=8&e2=squat&s2=3&r2=8", 1),
    ("/search/?q=curl", 6),  # the ranked matches of every kind from the index, then the shown rows of each kind
    ("/search/?q=hamstrings", 6),
    ("/sitemap.xml", 15),  # a count and a fetch per object sitemap (About and the like too), one lastmod per list page
    ("/glossary/", 1),
    ("/feed/", 1),
    ("/feed/atom/", 1),
]


def test_the_squat_is_one_page_with_both_guides_verdicts(client):
    assert Exercise.objects.filter(name__icontains="squat").count() == 1
    html = client.get("/exercises/squat/").content.decode()
    assert "Recommended in the" in html and 'href="/guides/quadriceps/">Quadriceps guide</a>' in html
    assert "Discussed in the" in html and 'href="/guides/hamstrings/">Hamstrings guide</a>, but left out' in html
    assert html.count('class="guide-verdict"') == 2


def test_each_guide_shows_the_squat_under_its_own_verdict(client):
    quads = client.get("/guides/quadriceps/").content.decode()
    hamstrings = client.get("/guides/hamstrings/").content.decode()
    assert 'href="/exercises/squat/"' in quads.split('id="exercises"')[1].split('id="left-out"')[0]
    assert 'href="/exercises/squat/"' in hamstrings.split('id="left-out"')[1]


def test_the_guides_link_to_each_other(client):
    assert 'href="/guides/quadriceps/"' in client.get("/guides/hamstrings/").content.decode()
    assert 'href="/guides/hamstrings/"' in client.get("/guides/quadriceps/").content.decode()


def test_an_exercise_may_train_muscles_of_several_guides():
    squat = Exercise.objects.get(slug="squat")
    guides = {involvement.muscle.group.slug for involvement in squat.involvements.all()}
    assert guides == {"hamstrings", "quadriceps"}


def test_a_new_guide_can_recommend_an_exercise_another_guide_leaves_out(client):
    glutes = MuscleGroup.objects.create(
        name="Glutes",
        slug="glutes",
        title="Glutes",
        summary="s",
        author=MuscleGroup.objects.first().author,
        introduction="i",
        anatomy="a",
        status=MuscleGroup.Status.PUBLISHED,
    )
    link(glutes, Exercise.objects.get(slug="nordic-hamstring"), GuideExercise.Verdict.RECOMMENDED, "Why not.")
    html = client.get("/exercises/nordic-hamstring/").content.decode()
    assert "Glutes guide</a>" in html and "Hamstrings guide</a>, but left out" in html


def grow_the_library(count=30):
    """``count`` more exercises on both guides: linked, cited, training muscles of both, in both workouts."""
    add_hamstring_exercises(count // 2)
    quads = MuscleGroup.objects.get(slug="quadriceps")
    muscles = list(Muscle.objects.filter(group__slug__in=["quadriceps", "hamstrings"]))
    workout = Workout.objects.get(slug="quadriceps-workout")
    for number in range(count - count // 2):
        exercise = make_exercise(
            f"extra-press-{number}", guide=quads, position=20 + number, reason="More [@kubo-2019] [@ema-2016]."
        )
        for muscle in muscles:
            MuscleInvolvement.objects.create(exercise=exercise, muscle=muscle, role=Role.SECONDARY)
        WorkoutItem.objects.create(
            workout=workout, exercise=exercise, position=20 + number, sets=1, reps_min=10, reps_max=10
        )


def queries(client, url):
    cache.clear()  # every page rendered afresh, as on a cold cache
    page_cache.refresh_all()  # in a generation already started: rebuilding a lost one is a query of its own
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.parametrize(
    "url,loads_them",
    [("/guides/hamstrings/", 0), ("/workouts/hamstring-workout/", 0), ("/exercises/seated-leg-curl/", 1)],
)
def test_pages_that_list_exercises_load_only_what_a_listing_shows(client, url, loads_them):
    """The Markdown, image and movement angles of listed exercises stay in the database: their own page reads them."""
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    page_only = [f'"exercises_exercise"."{name}"' for name in Exercise.page_only_fields()]
    loading = [query["sql"] for query in captured if any(column in query["sql"] for column in page_only)]
    assert len(loading) == loads_them, loading  # the exercise page's own exercise, nothing else


@pytest.mark.parametrize("url,ceiling", PAGES)
def test_queries_per_page_stay_constant_as_the_library_grows(client, url, ceiling):
    before = queries(client, url)
    assert before <= ceiling
    grow_the_library()
    assert queries(client, url) == before


def test_a_guide_verdict_is_public_only_while_its_guide_and_exercise_are_both_published_and_due():
    """The publication rule applied across the link's two relations (``published_rule("guide__")``, ...)."""
    guide = MuscleGroup.objects.get(slug="hamstrings")
    link = GuideExercise.objects.get(guide=guide, exercise__slug="nordic-hamstring")
    exercise = link.exercise

    def is_public():
        return GuideExercise.objects.public().filter(pk=link.pk).exists()

    assert is_public()
    later = timezone.now() + timedelta(days=1)
    for row in (guide, exercise):
        type(row).objects.filter(pk=row.pk).update(published_at=later)  # scheduled: hidden until then
        assert not is_public()
        assert GuideExercise.objects.public(now=later).filter(pk=link.pk).exists()
        type(row).objects.filter(pk=row.pk).update(published_at=timezone.now(), status=row.Status.DRAFT)
        assert not is_public()
        type(row).objects.filter(pk=row.pk).update(status=row.Status.PUBLISHED)
        assert is_public()
