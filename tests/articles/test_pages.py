"""What a reader sees on each page of the site, built from the seed content."""

import pytest
from django.urls import reverse

from articles.models import MuscleGroup
from exercises.models import Exercise
from tests.factories import add_hamstring_exercises, future, make_exercise, make_guide
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_home_lists_published_guides_with_summaries(client):
    html = page_text(client, "/")
    guide = MuscleGroup.objects.get(slug="hamstrings")
    assert 'href="/guides/hamstrings/"' in html
    assert guide.summary in html


def test_guide_page_carries_the_whole_article(client):
    html = page_text(client, "/guides/hamstrings/")
    assert "<h1>How to train your hamstrings</h1>" in html
    # Anatomy: the three muscles, the two heads, origins and insertions in a table.
    for name in ["Semitendinosus", "Semimembranosus", "Biceps femoris", "Long head", "Short head"]:
        assert name in html
    assert "<table" in html and "Sitting bone (ischial tuberosity)" in html
    assert "Back of the thigh bone (femur)" in html
    assert "Inner side of the tibia" in html and "Outer side of the fibula" in html
    assert "Hip extension" in html and "Knee flexion" in html
    # The three exercises link to their pages; the two left-out ones are discussed.
    for slug in ["romanian-deadlift", "seated-leg-curl", "lying-leg-curl", "nordic-hamstring", "squat"]:
        assert f'href="/exercises/{slug}/"' in html
    assert "What about the" in html and "Discussed but left out" in html
    assert 'href="/workouts/hamstring-workout/"' in html
    assert "About the author" in html and "Sam Carter" in html


def test_guide_references_are_numbered_in_reading_order_and_linked(client):
    html = page_text(client, "/guides/hamstrings/")
    assert html.index('id="ref-maeo-2021"') < html.index('id="ref-van-dyk-2019"') < html.index('id="ref-kubo-2019"')
    assert '<a href="#ref-maeo-2021" aria-label="Reference 1">[1]</a>' in html
    assert '<a href="#ref-van-dyk-2019" aria-label="Reference 2">[2]</a>' in html
    assert '<a href="#ref-ebben-2009" aria-label="Reference 3">[3]</a>' in html
    assert '<a href="#ref-kubo-2019" aria-label="Reference 4">[4]</a>' in html
    assert 'href="https://doi.org/10.1249/MSS.0000000000002523"' in html


def test_guide_links_to_other_published_guides_only(client):
    make_guide("quadriceps", "Quadriceps")
    make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    html = page_text(client, "/guides/hamstrings/")
    assert 'href="/guides/quadriceps/"' in html
    assert 'href="/guides/glutes/"' not in html


def test_exercise_list_shows_every_published_exercise(client):
    html = page_text(client, "/exercises/")
    for exercise in Exercise.objects.all():
        assert exercise.get_absolute_url() in html


def test_romanian_deadlift_page_says_what_it_trains_and_what_it_does_not(client):
    html = page_text(client, "/exercises/romanian-deadlift/")
    assert "<h1>Romanian deadlift</h1>" in html
    assert "Primary" in html and "Not trained" in html
    not_trained = html[html.index("involvement-not_trained") :]
    assert "Biceps femoris short head" in not_trained[:400]
    assert "Hip extension" in html
    assert "Coaching cues" in html and "straps" in html
    assert 'href="/workouts/hamstring-workout/"' in html


def test_seated_leg_curl_page_cites_its_study_with_the_finding(client):
    html = page_text(client, "/exercises/seated-leg-curl/")
    study_finding = "seated leg curls had grown the hamstrings about 55% more"
    assert '<a href="#ref-maeo-2021" aria-label="Reference 1">[1]</a>' in html
    assert study_finding in html
    assert 'href="/exercises/lying-leg-curl/"' in html  # substitute


def test_left_out_exercises_say_why(client):
    nordic = page_text(client, "/exercises/nordic-hamstring/")
    assert "Why it is left out" in nordic and "8,459" in nordic
    squat = page_text(client, "/exercises/squat/")
    assert "Why it is left out" in squat and "[@" not in squat
    assert 'id="ref-ebben-2009"' in squat and 'id="ref-kubo-2019"' in squat


def test_study_pages_show_citation_doi_finding_and_citing_pages(client):
    html = page_text(client, "/studies/")
    assert 'href="/studies/maeo-2021/"' in html
    html = page_text(client, "/studies/maeo-2021/")
    assert "Med Sci Sports Exerc. 2021;53(4):825-837." in html
    assert 'href="https://doi.org/10.1249/MSS.0000000000002523"' in html
    assert 'href="/exercises/seated-leg-curl/"' in html
    assert 'href="/exercises/lying-leg-curl/"' in html


def test_study_page_hides_draft_pages_that_cite_it(client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    make_exercise(guide, "secret-curl", status=Exercise.Status.DRAFT, description="Cites [@ebben-2009].")
    html = page_text(client, "/studies/ebben-2009/")
    assert "secret-curl" not in html
    assert 'href="/exercises/squat/"' in html


def test_workout_page_lists_sets_and_reps_in_order(client):
    html = page_text(client, "/workouts/hamstring-workout/")
    rows = html[html.index("<tbody>") : html.index("</tbody>")]
    positions = [rows.index(name) for name in ["Romanian deadlift", "Seated leg curl", "Lying leg curl"]]
    assert positions == sorted(positions)
    for sets, reps in [(4, 8), (3, 12), (2, 20)]:
        assert f"<td>{sets}</td>\n        <td>{reps}</td>" in rows
    assert "The principles behind it" in html and "Every muscle, both jobs." in html
    assert 'href="/exercises/romanian-deadlift/"' in html
    assert page_text(client, "/workouts/").count('href="/workouts/hamstring-workout/"') == 1


@pytest.mark.parametrize(
    "url",
    ["/guides/quads/", "/exercises/deadlift/", "/studies/nobody-2020/", "/workouts/leg-day/", "/no/such/page/"],
)
def test_unknown_addresses_are_a_friendly_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize(
    "model,slug,url",
    [
        (MuscleGroup, "hamstrings", "/guides/hamstrings/"),
        (Exercise, "squat", "/exercises/squat/"),
        (Workout, "hamstring-workout", "/workouts/hamstring-workout/"),
    ],
)
def test_drafts_and_scheduled_items_are_404_for_the_public(client, model, slug, url):
    model.objects.filter(slug=slug).update(status=model.Status.DRAFT)
    assert client.get(url).status_code == 404
    model.objects.filter(slug=slug).update(status=model.Status.PUBLISHED, published_at=future())
    assert client.get(url).status_code == 404


def test_drafts_are_absent_from_lists(client):
    Exercise.objects.filter(slug="squat").update(status=Exercise.Status.DRAFT)
    assert 'href="/exercises/squat/"' not in page_text(client, "/exercises/")
    assert 'href="/exercises/squat/"' not in page_text(client, "/guides/hamstrings/")
    MuscleGroup.objects.filter(slug="hamstrings").update(published_at=future())
    assert 'href="/guides/hamstrings/"' not in page_text(client, "/")


def test_staff_preview_a_draft_with_a_banner(client, admin_user):
    Exercise.objects.filter(slug="squat").update(status=Exercise.Status.DRAFT)
    client.force_login(admin_user)
    html = page_text(client, "/exercises/squat/")
    assert "Draft preview" in html


def test_editor_markdown_cannot_inject_script(client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    guide.introduction = 'Hi <script>alert("pwned")</script> <img src=x onerror="alert(1)"> [x](javascript:alert(1))'
    guide.save()
    html = page_text(client, "/guides/hamstrings/")
    assert 'alert("pwned")' not in html
    assert "onerror" not in html
    assert "javascript:alert" not in html


PAGES = [
    ("/", 1),
    ("/guides/hamstrings/", 9),
    # Exercises, their primary muscles, and the filter choices (muscles, joint actions).
    ("/exercises/", 4),
    ("/exercises/?muscle=biceps-femoris-short-head&action=knee-flexion&equipment=machine&recommended=yes", 4),
    ("/exercises/seated-leg-curl/", 10),  # +1: exercises training the same muscles
    ("/studies/", 1),
    ("/studies/maeo-2021/", 2),
    ("/workouts/", 1),
    # The coverage: items, their exercises' muscles and actions, the group's muscles, actions and exercises.
    ("/workouts/hamstring-workout/", 10),
    ("/workouts/hamstring-workout/sheet.csv", 3),
    ("/search/?q=curl", 4),  # one query per kind of result
    ("/search/?q=hamstrings", 4),
    ("/sitemap.xml", 12),  # a count and a fetch per object sitemap, one lastmod per list page
    ("/feed/", 1),
    ("/feed/atom/", 1),
]


@pytest.mark.parametrize("url,ceiling", PAGES)
def test_query_count_stays_constant_as_content_grows(client, django_assert_max_num_queries, url, ceiling):
    with django_assert_max_num_queries(ceiling):
        assert client.get(url).status_code == 200
    add_hamstring_exercises(12)
    with django_assert_max_num_queries(ceiling):
        assert client.get(url).status_code == 200


def test_urls_are_the_published_contract():
    assert reverse("articles:guide", kwargs={"slug": "hamstrings"}) == "/guides/hamstrings/"
    assert reverse("exercises:detail", kwargs={"slug": "squat"}) == "/exercises/squat/"
    assert reverse("exercises:study", kwargs={"slug": "kubo-2019"}) == "/studies/kubo-2019/"
    assert reverse("workouts:detail", kwargs={"slug": "hamstring-workout"}) == "/workouts/hamstring-workout/"


def test_staff_preview_of_a_guide_shows_its_draft_exercises_and_workouts_marked(client, admin_user):
    Exercise.objects.filter(slug="squat").update(status=Exercise.Status.DRAFT)
    Workout.objects.filter(slug="hamstring-workout").update(status=Workout.Status.DRAFT)
    assert 'href="/workouts/hamstring-workout/"' not in page_text(client, "/guides/hamstrings/")

    client.force_login(admin_user)
    html = page_text(client, "/guides/hamstrings/")
    squat_heading = html[html.index('id="ex-squat"') :][:400]
    assert 'href="/exercises/squat/"' in squat_heading
    assert '<span class="tag">Draft</span>' in squat_heading
    workout_item = html[html.index('<a href="/workouts/hamstring-workout/"') :][:200]
    assert '<span class="tag">Draft</span>' in workout_item
    romanian_heading = html[html.index('id="ex-romanian-deadlift"') :][:300]
    assert "Draft" not in romanian_heading
