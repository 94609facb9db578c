"""Movement figures: drawn from joint angles for every exercise, set by editors, shaded by what the exercise trains."""

import math
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles import muscle_length
from articles.models import Muscle
from articles.muscle_length import LengthModel, length_changes
from exercises.models import Exercise, GuideExercise
from exercises.movement import FOOT, SHANK, THIGH, TRUNK, Implement, Pose, Support, place, pose_words
from exercises.seed_data import MOVEMENTS
from tests.admin_forms import form_data
from tests.pages import page_text

pytestmark = pytest.mark.usefixtures("seeded")

MOVEMENT = '<figure class="movement">'


def figure(html):
    start = html.index(MOVEMENT)
    return html[start : html.index("</figure>", start)]


def close(point, expected):
    return math.isclose(point[0], expected[0], abs_tol=1e-6) and math.isclose(point[1], expected[1], abs_tol=1e-6)


# Geometry: angles in, joints out (y points down, the figure faces +x)


def test_standing_straight_stacks_shoulder_hip_knee_and_ankle_on_one_vertical():
    body = place(Pose(0, 0, 0, 0), Support.STANDING, Implement.BODY_WEIGHT)
    assert close(body.shoulder, (0, -TRUNK))
    assert close(body.knee, (0, THIGH))
    assert close(body.ankle, (0, THIGH + SHANK))
    assert close(body.toe, (FOOT * 0.8, THIGH + SHANK))  # the foot points forward at a right angle


def test_each_angle_turns_its_segment_the_way_its_name_says():
    # Hip bent 90 with the trunk upright: the thigh points straight forward (seated).
    seated = place(Pose(0, 90, 90, 0), Support.SEATED, Implement.BODY_WEIGHT)
    assert close(seated.knee, (THIGH, 0))
    assert close(seated.ankle, (THIGH, SHANK))  # knee bent 90: the shin hangs straight down
    # Lying face down: the trunk is level with the head forward; a knee bent 90 lifts the shin straight up.
    prone = place(Pose(90, 0, 90, 0), Support.LYING_FACE_DOWN, Implement.BODY_WEIGHT)
    assert close(prone.shoulder, (TRUNK, 0)) and close(prone.knee, (-THIGH, 0))
    assert close(prone.ankle, (-THIGH, -SHANK))
    # Leaning back 90 (face up) with the hip straight: the thigh points forward, level.
    face_up = place(Pose(-90, 0, 0, 0), Support.BACK_ON_BENCH, Implement.BODY_WEIGHT)
    assert close(face_up.shoulder, (-TRUNK, 0)) and close(face_up.knee, (THIGH, 0))
    # Toes pulled up 20 from a vertical shin: the foot tilts up from level.
    ankle = place(Pose(0, 0, 0, 20), Support.STANDING, Implement.BODY_WEIGHT)
    assert ankle.toe[1] < ankle.ankle[1]


def test_a_barbell_in_the_hands_hangs_below_the_shoulder_and_one_on_the_back_sits_behind_it():
    hands = place(Pose(70, 80, 15, 5), Support.STANDING, Implement.BARBELL_IN_HANDS)
    assert math.isclose(hands.bar[0], hands.shoulder[0]) and hands.bar[1] > hands.shoulder[1]
    back = place(Pose(0, 0, 0, 0), Support.STANDING, Implement.BARBELL_ON_BACK)
    assert back.bar[0] < back.shoulder[0]


def test_positions_in_words():
    assert pose_words(Pose(0, 0, 0, 0)) == "trunk upright, hips straight, knees straight, ankles at a right angle"
    assert pose_words(Pose(40, 115, 115, 40)) == (
        "trunk leaning forward 40°, hips bent 115°, knees bent 115°, ankles flexed 40° (toes up)"
    )
    assert pose_words(Pose(-85, -10, 85, -20)) == (
        "trunk leaning back 85°, hips extended 10°, knees bent 85°, feet pointed 20°"
    )


# Pages


def test_every_exercise_of_both_guides_and_every_other_has_a_figure_with_an_accessible_description(client):
    in_guides = set(GuideExercise.objects.values_list("exercise__slug", flat=True))
    slugs = sorted(Exercise.objects.published().values_list("slug", flat=True))
    assert len(in_guides) == 9 and in_guides < set(slugs) == set(MOVEMENTS)
    for slug in slugs:
        exercise = Exercise.objects.get(slug=slug)
        shown = figure(page_text(client, exercise.get_absolute_url()))
        assert re.search(
            rf'<svg [^>]*class="diagram-svg( has-roles)?" role="img" '
            rf'aria-labelledby="movement-{slug}-title movement-{slug}-desc"',
            shown,
        ), slug
        assert f'<title id="movement-{slug}-title">{exercise.name}, seen from the side' in shown.replace("&#x27;", "'")
        assert "<figcaption>" in shown and "<strong>Start:</strong>" in shown and "<strong>End:</strong>" in shown
        assert "style=" not in shown  # the page's CSP allows no inline styles


def test_the_figure_shades_the_worked_muscles_by_role(client):
    seated = figure(page_text(client, "/exercises/seated-leg-curl/"))
    assert re.search(
        r'id="movement-seated-leg-curl-start-thigh-back-\d+" class="figure-muscle muscle-shape role-primary"', seated
    )
    assert re.search(
        r'id="movement-seated-leg-curl-end-thigh-back-\d+" class="figure-muscle muscle-shape role-primary"', seated
    )
    assert "Primary: trained hard (solid fill)" in seated
    assert "<title>Back of the thigh: primary</title>" in seated
    # The squat works the front of the thigh and not the back: both show, each with its own fill.
    squat = figure(page_text(client, "/exercises/squat/"))
    assert re.search(r'-thigh-front-\d+" class="figure-muscle muscle-shape role-primary"', squat)
    assert re.search(r'-thigh-back-\d+" class="figure-muscle muscle-shape role-not-trained"', squat)
    assert (
        "Start:</strong> Trunk upright, hips straight" in squat
        and "Standing on the floor; barbell on the upper back." in squat
    )


def test_an_exercise_without_angles_has_no_figure(client):
    Exercise.objects.filter(slug="squat").update(movement_support="", start_trunk=None)
    assert MOVEMENT not in page_text(client, "/exercises/squat/")


# The admin


def admin_change(exercise):
    return reverse("admin:exercises_exercise_change", args=[exercise.pk])


def test_an_editor_sets_the_angles_and_the_page_draws_them(editor_client, reader):
    squat = Exercise.objects.get(slug="squat")
    data = form_data(editor_client.get(admin_change(squat)))
    data.update(end_trunk="30", end_hip="100", end_knee="110", end_ankle="35")
    assert editor_client.post(admin_change(squat), data).status_code == 302
    assert "End:</strong> Trunk leaning forward 30°, hips bent 100°, knees bent 110°" in page_text(
        reader, "/exercises/squat/"
    )


def test_the_preview_shows_the_figure_from_the_unsaved_angles(editor_client):
    squat = Exercise.objects.get(slug="squat")
    data = form_data(editor_client.get(admin_change(squat)))
    data.update(end_trunk="20", _preview="Preview")
    response = editor_client.post(admin_change(squat), data)
    html = response.content.decode()
    assert response.status_code == 200 and MOVEMENT in html
    assert "End:</strong> Trunk leaning forward 20°" in html
    assert re.search(r'-thigh-front-\d+" class="figure-muscle muscle-shape role-primary"', html)
    assert Exercise.objects.get(slug="squat").end_trunk == 40  # nothing saved


@pytest.mark.parametrize(
    "fields,field,message",
    [
        ({"end_knee": ""}, "end_knee", "Fill in every field of the movement figure, or none of them."),
        ({"end_knee": "200"}, "end_knee", "Ensure this value is less than or equal to 160."),
        ({"start_ankle": "-90"}, "start_ankle", "Ensure this value is greater than or equal to -60."),
        ({"movement_support": "hanging"}, "movement_support", "Select a valid choice."),
    ],
)
def test_bad_angles_are_refused_on_their_field(editor_client, fields, field, message):
    squat = Exercise.objects.get(slug="squat")
    data = form_data(editor_client.get(admin_change(squat)))
    data.update(fields)
    response = editor_client.post(admin_change(squat), data)
    assert response.status_code == 200
    assert message in " ".join(response.context["adminform"].form.errors[field])
    assert Exercise.objects.get(slug="squat").end_knee == 115


def test_the_preview_draws_no_figure_while_the_angles_are_wrong(editor_client):
    squat = Exercise.objects.get(slug="squat")
    data = form_data(editor_client.get(admin_change(squat)))
    data.update(end_knee="500", _preview="Preview")
    html = editor_client.post(admin_change(squat), data).content.decode()
    assert "Preview: nothing is saved yet" in html and MOVEMENT not in html


# Muscle length


def test_no_model_is_verified_so_no_page_states_a_muscle_length(client):
    assert muscle_length.VERIFIED_MODELS == ()
    for slug in ["seated-leg-curl", "lying-leg-curl", "squat", "leg-extension"]:
        assert "muscle-length" not in page_text(client, f"/exercises/{slug}/")


# A stand-in model for testing the mechanism only: its numbers are made up and never reach a page.
STAND_IN = LengthModel(
    name="a test model",
    citation="Test A. A stand-in model. Nowhere. 2000.",
    doi="",
    coefficients={
        "semitendinosus": {(0, 0): 1.0, (1, 0): 0.002, (0, 1): -0.001},
        "biceps-femoris-short-head": {(0, 0): 1.0, (0, 1): -0.001},
    },
)


def test_lengths_follow_the_models_polynomial_relative_to_standing():
    assert STAND_IN.length("semitendinosus", 90, 0) == pytest.approx(1.18)
    assert STAND_IN.relative_to_standing("semitendinosus", 90, 110) == pytest.approx(1.0 + 0.18 - 0.11)
    assert STAND_IN.relative_to_standing("semitendinosus", 0, 0) == 1.0


def test_only_muscles_a_model_covers_and_that_cross_hip_and_knee_get_a_length(db):
    muscles = list(Muscle.objects.filter(group__slug="hamstrings").prefetch_related("joints"))
    changes = length_changes(muscles, Pose(0, 90, 0, 0), Pose(0, 90, 110, 0), models=[STAND_IN])
    assert [(change.muscle.slug, change.start_percent, change.end_percent) for change in changes] == [
        ("semitendinosus", 118, 107)
    ]  # the short head crosses only the knee; the others are not in the model


def joint_queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured if '"articles_muscle_joints"' in query["sql"]]


def test_an_exercise_page_reads_the_joints_only_of_muscles_a_verified_model_covers(client, monkeypatch):
    assert joint_queries(client, "/exercises/seated-leg-curl/") == []  # no model is verified: nothing to state
    monkeypatch.setattr(muscle_length, "VERIFIED_MODELS", (STAND_IN,))
    assert len(joint_queries(client, "/exercises/seated-leg-curl/")) == 1


def test_with_a_verified_model_the_page_states_each_length_with_the_citation(client, monkeypatch):
    monkeypatch.setattr(muscle_length, "VERIFIED_MODELS", (STAND_IN,))
    html = page_text(client, "/exercises/seated-leg-curl/")
    statement = re.search(r'<p class="muscle-length">(.*?)</p>', html, re.S)[1]
    assert (
        "The semitendinosus is at 118 % of its standing length at the start of the rep and 107 % at the end"
        in statement
    )
    assert "a test model (Test A. A stand-in model. Nowhere. 2000.)" in statement
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="length-chart"' in html
