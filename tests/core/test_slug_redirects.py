"""A published page whose slug changes keeps its old address working, with a 301."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import MuscleGroup
from core.models import SlugRedirect
from exercises.models import Exercise, GuideExercise
from studies.models import Study
from tests.factories import make_guide
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")


def rename(model, slug, new_slug):
    obj = model.objects.get(slug=slug)
    obj.slug = new_slug
    obj.save()
    return obj


@pytest.mark.parametrize(
    "model,slug,new_slug,prefix",
    [
        (MuscleGroup, "hamstrings", "hamstring-muscles", "/guides/"),
        (Exercise, "seated-leg-curl", "seated-hamstring-curl", "/exercises/"),
        (Workout, "hamstring-workout", "hamstrings-workout", "/workouts/"),
        (Study, "maeo-2021", "maeo-et-al-2021", "/studies/"),
    ],
)
def test_old_slug_answers_301_to_the_new_address(client, model, slug, new_slug, prefix):
    rename(model, slug, new_slug)
    response = client.get(f"{prefix}{slug}/")
    assert response.status_code == 301
    assert response["Location"] == f"{prefix}{new_slug}/"
    assert client.get(f"{prefix}{new_slug}/").status_code == 200


def test_renamed_twice_the_first_address_goes_straight_to_the_latest(client):
    rename(Exercise, "squat", "back-squat")
    rename(Exercise, "back-squat", "barbell-back-squat")
    for old in ["squat", "back-squat"]:
        response = client.get(f"/exercises/{old}/")
        assert (response.status_code, response["Location"]) == (301, "/exercises/barbell-back-squat/")


def test_the_query_string_is_kept(client):
    rename(Exercise, "squat", "back-squat")
    assert client.get("/exercises/squat/?utm=x")["Location"] == "/exercises/back-squat/?utm=x"


def test_a_draft_slug_change_leaves_no_redirect(client):
    draft = make_guide("glutes-draft", "Glutes", status=MuscleGroup.Status.DRAFT)
    draft.slug = "glutes"
    draft.save()
    assert not SlugRedirect.objects.exists()
    assert client.get("/guides/glutes-draft/").status_code == 404


def test_an_old_address_of_a_page_now_in_draft_is_404_to_readers(client, admin_client):
    exercise = rename(Exercise, "squat", "back-squat")
    exercise.status = Exercise.Status.DRAFT
    exercise.save()
    assert client.get("/exercises/squat/").status_code == 404
    assert admin_client.get("/exercises/squat/").status_code == 301  # staff preview follows it


def test_a_live_page_wins_over_an_old_address(client):
    rename(MuscleGroup, "hamstrings", "hamstring-muscles")
    make_guide("hamstrings", "Hamstrings again")
    assert client.get("/guides/hamstrings/").status_code == 200


def test_moving_back_to_an_old_slug_drops_its_redirect(client):
    rename(Workout, "hamstring-workout", "hamstrings-workout")
    rename(Workout, "hamstrings-workout", "hamstring-workout")
    assert client.get("/workouts/hamstring-workout/").status_code == 200
    assert client.get("/workouts/hamstrings-workout/")["Location"] == "/workouts/hamstring-workout/"
    assert list(SlugRedirect.objects.values_list("old_slug", flat=True)) == ["hamstrings-workout"]


def test_deleting_a_page_deletes_its_old_addresses(client):
    guide = make_guide("calf", "Calves")
    guide.slug = "calves"
    guide.save()
    assert SlugRedirect.objects.count() == 1
    assert client.get("/guides/calf/").status_code == 301
    guide.delete()
    assert not SlugRedirect.objects.exists()
    assert client.get("/guides/calf/").status_code == 404


def test_unknown_slugs_still_404(client):
    assert client.get("/exercises/no-such-exercise/").status_code == 404


def test_renaming_a_study_rewrites_the_citations_that_use_it(client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    guide.wrap_up = "Sit for your curls [@maeo-2021]."
    guide.save()
    rename(Study, "maeo-2021", "maeo-et-al-2021")
    texts = [
        MuscleGroup.objects.get(slug="hamstrings"),
        GuideExercise.objects.get(guide__slug="hamstrings", exercise__slug="seated-leg-curl"),
        GuideExercise.objects.get(guide__slug="quadriceps", exercise__slug="leg-extension"),
        Workout.objects.get(slug="hamstring-workout"),
    ]
    for obj in texts:
        text = " ".join(getattr(obj, field) for field in obj.markdown_fields)
        assert "[@maeo-et-al-2021]" in text and "[@maeo-2021]" not in text, obj
    html = client.get("/guides/hamstrings/").content.decode()
    assert '<a href="#ref-maeo-et-al-2021" aria-label="Reference 1">[1]</a>' in html
    for url in [
        "/guides/hamstrings/",
        "/guides/quadriceps/",
        "/exercises/seated-leg-curl/",
        "/workouts/hamstring-workout/",
    ]:
        html = client.get(url).content.decode()
        assert '<li id="ref-maeo-et-al-2021"' in html, url  # the numbered link has its reference to land on
        assert "maeo-2021" not in html.replace("maeo-et-al-2021", ""), url


def test_the_list_of_old_addresses_makes_the_same_queries_however_many_there_are(admin_client):
    """Each row names the page it leads to: fetched for all rows at once, not row by row."""

    def changelist_queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(reverse("admin:core_slugredirect_changelist")).status_code == 200
        return len(captured)

    rename(Exercise, "squat", "back-squat")
    rename(MuscleGroup, "hamstrings", "hamstring-muscles")
    few = changelist_queries()
    for slug in ["seated-leg-curl", "lying-leg-curl", "romanian-deadlift", "nordic-hamstring", "leg-extension"]:
        rename(Exercise, slug, f"{slug}-renamed")
    assert SlugRedirect.objects.count() == 7
    assert changelist_queries() == few
