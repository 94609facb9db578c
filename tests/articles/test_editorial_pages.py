"""What editors' work looks like to readers: drafts never leak, images cost no queries."""

import pytest

from articles.models import JointAction, Muscle, MuscleGroup
from exercises.models import Exercise, MuscleInvolvement
from tests.factories import make_exercise, make_guide
from tests.image_files import image_bytes, upload
from tests.test_pages import PAGES
from workouts.models import Workout, WorkoutItem

pytestmark = pytest.mark.usefixtures("seeded")


def test_published_pages_of_a_draft_guide_do_not_link_to_it(client):
    guide = make_guide("quadriceps", "Quadriceps", status=MuscleGroup.Status.DRAFT)
    exercise = make_exercise(guide, "leg-extension")
    muscle = Muscle.objects.create(group=guide, name="Rectus femoris", slug="rectus-femoris")
    muscle.actions.set(JointAction.objects.filter(slug="knee-flexion"))
    MuscleInvolvement.objects.create(exercise=exercise, muscle=muscle, role=MuscleInvolvement.Role.PRIMARY)
    workout = Workout.objects.create(
        name="Quads day",
        slug="quads-day",
        muscle_group=guide,
        goal="Growth",
        summary="S.",
        principles="P.",
        status=Workout.Status.PUBLISHED,
    )
    WorkoutItem.objects.create(workout=workout, exercise=exercise, position=1, sets=3, reps=10)
    assert "Rectus femoris" in client.get("/workouts/quads-day/").content.decode()  # in the coverage table
    for url in ["/exercises/leg-extension/", "/workouts/quads-day/", "/exercises/", "/workouts/", "/"]:
        html = client.get(url).content.decode()
        assert "/guides/quadriceps/" not in html, url
    assert client.get("/guides/quadriceps/").status_code == 404
    guide.status = MuscleGroup.Status.PUBLISHED
    guide.save()
    assert 'href="/guides/quadriceps/"' in client.get("/exercises/leg-extension/").content.decode()


def test_staff_preview_a_draft_guide_with_the_banner(client, admin_user):
    make_guide("quadriceps", "Quadriceps", status=MuscleGroup.Status.DRAFT)
    client.force_login(admin_user)
    html = client.get("/guides/quadriceps/").content.decode()
    assert "Draft preview" in html and "How to train your quadriceps" in html
    assert 'href="/guides/quadriceps/"' not in client.get("/").content.decode()  # lists stay public-only


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


def test_images_add_no_queries(client, media_root, django_assert_max_num_queries):
    picture = image_bytes(400, 300)
    for obj in [MuscleGroup.objects.get(slug="hamstrings"), *Exercise.objects.all()]:
        obj.image = upload(picture)
        obj.image_alt = f"Photo of {obj}"
        obj.save()
    for url, ceiling in PAGES:
        with django_assert_max_num_queries(ceiling):
            assert client.get(url).status_code == 200
