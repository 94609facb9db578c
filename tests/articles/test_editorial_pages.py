"""What editors' work looks like to readers: a draft guide never leaks, images cost no queries."""

import pytest

from articles.anatomy import Role
from articles.models import JointAction, Muscle, MuscleGroup
from exercises.models import Exercise, MuscleInvolvement
from tests.exercises.test_library import PAGES
from tests.factories import make_exercise, make_guide, make_workout
from tests.image_files import image_bytes, upload

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.fixture
def draft_calves():
    """A draft calves guide that recommends a published calf raise, which a published workout uses."""
    guide = make_guide(status=MuscleGroup.Status.DRAFT)
    exercise = make_exercise("calf-raise", guide=guide, reason="Calves grow from calf raises.")
    muscle = Muscle.objects.create(group=guide, name="Gastrocnemius", slug="gastrocnemius")
    muscle.actions.set(JointAction.objects.filter(slug="knee-flexion"))
    MuscleInvolvement.objects.create(exercise=exercise, muscle=muscle, role=Role.PRIMARY)
    make_workout(guide, "calves-day", [("calf-raise", 3, 10)])
    return guide


def test_published_pages_of_a_draft_guide_do_not_link_to_it_or_show_its_verdicts(client, draft_calves):
    # A workout is part of its guide: not public before the guide is.
    assert client.get("/workouts/calves-day/").status_code == 404
    for url in ["/exercises/calf-raise/", "/exercises/", "/workouts/", "/"]:
        html = client.get(url).content.decode()
        assert "/guides/calves/" not in html, url
    exercise_page = client.get("/exercises/calf-raise/").content.decode()
    assert "Calves guide" not in exercise_page and "Calves grow from calf raises." not in exercise_page
    assert "What the guides say" not in exercise_page
    # Nor does the exercise list offer the draft guide or its muscles as filters.
    assert 'value="calves"' not in client.get("/exercises/").content.decode()
    assert client.get("/exercises/?guide=calves").status_code == 400
    assert client.get("/guides/calves/").status_code == 404

    draft_calves.status = MuscleGroup.Status.PUBLISHED
    draft_calves.save()
    exercise_page = client.get("/exercises/calf-raise/").content.decode()
    assert 'Recommended in the <a href="/guides/calves/">Calves guide</a>' in exercise_page
    assert "Calves grow from calf raises." in exercise_page
    assert "Gastrocnemius" in client.get("/workouts/calves-day/").content.decode()  # in the coverage table


def test_staff_see_a_draft_guides_verdict_marked_draft(client, admin_user, draft_calves):
    client.force_login(admin_user)
    html = client.get("/exercises/calf-raise/").content.decode()
    verdict = html[html.index('id="verdict-calves"') :]
    verdict = verdict[: verdict.index("</h3>")]
    assert "Calves guide" in verdict and '<span class="tag">Draft</span>' in verdict
    assert "Calves grow from calf raises." in html


def test_staff_preview_a_draft_guide_with_the_banner(client, admin_user, draft_calves):
    client.force_login(admin_user)
    html = client.get("/guides/calves/").content.decode()
    assert "Draft preview" in html and "How to train your calves" in html
    assert 'id="ex-calf-raise">1. <a href="/exercises/calf-raise/">Calf raise</a>' in html
    assert 'href="/guides/calves/"' not in client.get("/").content.decode()  # lists stay public-only


def test_guide_and_exercise_pages_serve_responsive_pictures(client, media_root):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    guide.image = upload(image_bytes(1800, 1200))
    guide.image_alt = "The back of a thigh, hamstrings outlined"
    guide.save()
    for url in ["/", "/guides/hamstrings/"]:
        html = client.get(url).content.decode()
        assert '<source type="image/webp" srcset="/media/images/articles/musclegroup/' in html, url
        assert "480w" in html and "960w" in html and "1600w" in html
        assert 'width="1600" height="1067"' in html and 'loading="lazy"' in html and 'sizes="(min-width' in html
        assert 'alt="The back of a thigh, hamstrings outlined"' in html
    squat = Exercise.objects.get(slug="squat")
    squat.image = upload(image_bytes(1200, 800))
    squat.image_alt = "Lifter at the bottom of a squat"
    squat.save()
    html = client.get("/exercises/squat/").content.decode()
    assert '<source type="image/webp" srcset="/media/images/exercises/exercise/' in html
    assert 'alt="Lifter at the bottom of a squat"' in html


def test_images_add_no_queries(client, media_root, django_assert_max_num_queries):
    picture = image_bytes(400, 300)
    for obj in [*MuscleGroup.objects.all(), *Exercise.objects.all()]:
        obj.image = upload(picture)
        obj.image_alt = f"Photo of {obj}"
        obj.save()
    for url, ceiling in PAGES:
        with django_assert_max_num_queries(ceiling):
            assert client.get(url).status_code == 200
