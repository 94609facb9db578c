"""What a reader sees on the exercise list, its filters, and each exercise's page, built from the seed content."""

import re

import pytest
from django import forms
from django.urls import reverse

from articles.anatomy import Role
from articles.models import Muscle, MuscleGroup
from exercises.exercise_page import shared_notes
from exercises.models import Exercise, GuideExercise, MuscleInvolvement
from tests.factories import future, make_exercise, make_guide
from tests.pages import between, page_text

pytestmark = pytest.mark.usefixtures("seeded")

CARD = re.compile(r'<h2 class="h3"><a href="/exercises/([\w-]+)/">')


def listed_exercises(html):
    """The slugs of the exercise cards on the list page, in the order shown."""
    return CARD.findall(html)


def card(html, slug):
    return between(html, f'<a href="/exercises/{slug}/">', "</li>")


# The list


def test_exercise_list_shows_every_published_exercise_by_name(client):
    html = page_text(client, "/exercises/")
    published = Exercise.objects.published()
    assert listed_exercises(html) == [exercise.slug for exercise in published.order_by("name")]
    assert len(listed_exercises(html)) == 12


def test_each_card_says_which_guides_recommend_it_or_leave_it_out(client):
    html = page_text(client, "/exercises/")
    squat = card(html, "squat")
    assert "Left out of the hamstrings guide" in squat and "Recommended in the quadriceps guide" in squat
    assert "Mainly trains: Vastus lateralis, Vastus medialis, Vastus intermedius" in squat
    assert "Recommended in the hamstrings guide" in card(html, "seated-leg-curl")
    assert "Left out of the hamstrings guide" in card(html, "nordic-hamstring")
    assert 'class="guides"' not in card(html, "good-morning")  # no guide discusses it


def test_a_draft_guides_verdict_is_not_on_the_cards(client):
    MuscleGroup.objects.filter(slug="quadriceps").update(status=MuscleGroup.Status.DRAFT)
    squat = card(page_text(client, "/exercises/"), "squat")
    assert "Left out of the hamstrings guide" in squat and "quadriceps" not in squat


def test_drafts_are_absent_from_the_list_and_the_guide(client):
    squat = Exercise.objects.get(slug="squat")
    squat.status = Exercise.Status.DRAFT
    squat.save()
    assert "squat" not in listed_exercises(page_text(client, "/exercises/"))
    assert 'href="/exercises/squat/"' not in page_text(client, "/guides/hamstrings/")
    assert 'href="/exercises/squat/"' not in page_text(client, "/guides/quadriceps/")


# The filters


@pytest.mark.parametrize(
    "query,expected",
    [
        ("guide=hamstrings", ["squat", "lying-leg-curl", "nordic-hamstring", "romanian-deadlift", "seated-leg-curl"]),
        ("guide=quadriceps", ["squat", "deadlift", "hip-thrust", "leg-extension", "leg-press"]),
        ("guide=hamstrings&recommended=yes", ["lying-leg-curl", "romanian-deadlift", "seated-leg-curl"]),
        ("guide=hamstrings&recommended=no", ["squat", "nordic-hamstring"]),
        ("guide=quadriceps&recommended=yes", ["squat", "leg-extension", "leg-press"]),
        # With no guide chosen: recommended by any guide, or discussed and recommended by none.
        (
            "recommended=yes",
            ["squat", "leg-extension", "leg-press", "lying-leg-curl", "romanian-deadlift", "seated-leg-curl"],
        ),
        ("recommended=no", ["deadlift", "hip-thrust", "nordic-hamstring"]),
        # A muscle of either guide; a muscle includes its heads.
        ("muscle=rectus-femoris", ["squat", "hip-thrust", "leg-extension", "leg-press"]),
        ("muscle=biceps-femoris-short-head", ["lying-leg-curl", "nordic-hamstring", "seated-leg-curl"]),
        ("action=knee-extension", ["squat", "deadlift", "leg-extension", "leg-press"]),
        ("equipment=bodyweight", ["nordic-hamstring"]),
        ("action=knee-flexion&equipment=barbell", []),
        ("muscle=semitendinosus&action=knee-flexion&equipment=machine", ["lying-leg-curl", "seated-leg-curl"]),
    ],
)
def test_filters_narrow_the_list(client, query, expected):
    html = page_text(client, f"/exercises/?{query}")
    assert listed_exercises(html) == expected
    count = len(expected)
    assert f"<strong>{count} exercise{'' if count == 1 else 's'}</strong>" in html


def test_the_chosen_filters_stay_selected_and_are_said_in_words(client):
    html = page_text(client, "/exercises/?guide=quadriceps&recommended=no")
    assert '<option value="quadriceps" selected>Quadriceps</option>' in html
    assert '<option value="no" selected>Discussed but left out</option>' in html
    assert "discussed in the guide: <strong>Quadriceps</strong>" in html
    assert "verdict: <strong>Discussed but left out</strong>" in html


def test_filter_choices_cover_every_guide_muscle_and_joint_action(client):
    html = page_text(client, "/exercises/")
    guides = between(html, 'name="guide"', "</select>")
    assert '<option value="hamstrings">' in guides and '<option value="quadriceps">' in guides
    muscles = between(html, 'name="muscle"', "</select>")
    assert '<optgroup label="Hamstrings">' in muscles and '<optgroup label="Quadriceps">' in muscles
    assert '<option value="vastus-medialis">' in muscles and '<option value="biceps-femoris-long-head">' in muscles
    actions = between(html, 'name="action"', "</select>")
    assert '<option value="hip-flexion">Hip flexion</option>' in actions


@pytest.mark.parametrize("query", ["", "?guide=quadriceps&muscle=vastus-medialis&recommended=no", "?guide=<b>"])
def test_the_filters_are_the_html_djangos_own_select_writes(client, query):
    """The filters are written out in Python (``ListedSelect``) for speed, as Django's templates would write them."""
    response = client.get(f"/exercises/{query}")
    html, form = response.content.decode(), response.context["form"]
    for field in form:
        assert field.as_widget(forms.Select(choices=field.field.choices, attrs=field.field.widget.attrs)) in html


def test_an_action_no_exercise_trains_is_a_valid_filter_that_says_so(client):
    html = page_text(client, "/exercises/?action=hip-flexion")
    assert listed_exercises(html) == []
    assert "<strong>0 exercises</strong>" in html
    assert "No exercise trains hip flexion yet." in html and 'href="/exercises/">Clear the filters</a>' in html
    assert "There is no joint action" not in html


def test_an_action_some_exercise_trains_but_not_with_these_filters_says_no_match(client):
    html = page_text(client, "/exercises/?action=knee-flexion&equipment=barbell")
    assert "No exercise matches these filters." in html
    assert "No exercise trains" not in html


@pytest.mark.parametrize(
    "query,message",
    [
        ("guide=calves", "There is no guide called “calves”. Pick one from the list."),
        ("muscle=hamstring-nope", "There is no muscle or head called “hamstring-nope”."),
        ("action=<script>", "There is no joint action called “&lt;script&gt;”."),
        ("equipment=kettlebell", "“kettlebell” is not a kind of equipment on this site."),
        ("recommended=maybe", "Verdict must be “yes” or “no”, not “maybe”."),
    ],
)
def test_bad_filter_values_are_a_400_that_says_what_is_wrong(client, query, message):
    html = page_text(client, f"/exercises/?{query}", status=400)
    assert message in html
    assert listed_exercises(html) == []
    assert "Correct the filters above to see exercises." in html


def test_filters_never_show_drafts(client):
    Exercise.objects.filter(slug="lying-leg-curl").update(status=Exercise.Status.DRAFT)
    html = page_text(client, "/exercises/?guide=hamstrings&recommended=yes")
    assert listed_exercises(html) == ["romanian-deadlift", "seated-leg-curl"]


# An exercise's page


def test_romanian_deadlift_page_says_what_it_trains_and_what_it_does_not(client):
    html = page_text(client, "/exercises/romanian-deadlift/")
    assert "<h1>Romanian deadlift</h1>" in html
    assert "Also called RDL, Romanian dead lift" in html
    assert 'Recommended in the <a href="/guides/hamstrings/">Hamstrings guide</a>' in html
    assert "but left out" not in html
    primary = between(html, "involvement-primary", "</ul>")
    assert "Semitendinosus" in primary and "Biceps femoris long head" in primary
    not_trained = between(html, "involvement-not_trained", "</ul>")
    assert "Biceps femoris short head" in not_trained
    assert "Hip extension" in between(html, 'id="actions-heading"', "</section>")
    assert 'href="/workouts/hamstring-workout/"' in between(html, 'id="workouts-heading"', "</section>")


def test_exercise_page_has_steps_mistakes_safety_and_cues(client):
    html = page_text(client, "/exercises/romanian-deadlift/")
    headings = ["How to do it", "Common mistakes", "Safety", "Coaching cues"]
    positions = [html.index(f">{heading}</h2>") for heading in headings]
    assert positions == sorted(positions)
    steps = between(html, 'id="steps-heading"', "</section>")
    assert "<ol>" in steps and "<li>Push your hips back and let the bar slide down your thighs" in steps
    assert "<li>Rounding the back to get the bar lower.</li>" in between(html, 'id="mistakes-heading"', "</section>")
    assert "lifting straps" in between(html, 'id="safety-heading"', "</section>")
    assert "<li>Hips back, not down.</li>" in between(html, 'id="cues-heading"', "</section>")


def test_sections_left_empty_are_not_shown(client):
    make_exercise("calf-raise")
    html = page_text(client, "/exercises/calf-raise/")
    assert "Do it well." in html
    for heading in ["How to do it", "Common mistakes", "Safety", "Coaching cues", "What the guides say"]:
        assert f">{heading}</h2>" not in html
    assert "No muscles are recorded for this exercise yet." in html


def test_seated_leg_curl_page_cites_its_study_with_the_finding(client):
    html = page_text(client, "/exercises/seated-leg-curl/")
    assert '<a href="#ref-maeo-2021" aria-label="Reference 1">[1]</a>' in html
    references = between(html, 'id="references-heading"', "</section>")
    assert "Whole-hamstring volume grew more with seated than with lying leg curls" in references
    assert '<span class="evidence">Within-participant trial.</span>' in references
    assert 'href="/exercises/lying-leg-curl/"' in between(html, 'id="substitutes-heading"', "</section>")


def test_the_squat_page_says_what_each_guide_says(client):
    html = page_text(client, "/exercises/squat/")
    header = between(html, "<header>", "</header>")
    assert 'Recommended in the <a href="/guides/quadriceps/">Quadriceps guide</a>' in header
    assert 'Discussed in the <a href="/guides/hamstrings/">Hamstrings guide</a>, but left out' in header
    guides_say = between(html, 'id="verdicts-heading">What the guides say</h2>', 'id="substitutes-heading"')
    hamstrings = between(guides_say, 'id="verdict-hamstrings"', "</section>")
    assert "Hamstrings guide</a>: left out" in hamstrings
    assert "The squat is often sold as a hamstring exercise" in hamstrings
    quadriceps = between(guides_say, 'id="verdict-quadriceps"', "</section>")
    assert "Quadriceps guide</a>: recommended" in quadriceps
    assert "The squat is the heavy lift of this guide" in quadriceps
    # One reference list for the page: kubo-2019, cited by both reasons, keeps its number.
    assert '<a href="#ref-kubo-2019" aria-label="Reference 1">[1]</a>' in hamstrings
    assert '<a href="#ref-ebben-2009" aria-label="Reference 2">[2]</a>' in hamstrings
    assert '<a href="#ref-kubo-2019" aria-label="Reference 1">[1]</a>' in quadriceps
    assert '<a href="#ref-earp-2015" aria-label="Reference 3">[3]</a>' in quadriceps
    assert html.count('<li id="ref-kubo-2019"') == 1
    assert "[@" not in html


def test_a_guide_back_in_draft_leaves_the_squat_page_its_verdict_and_its_muscles(client):
    """Its verdict, its marks on the picture and its scheduled twin: readers see none until it is published."""
    quadriceps = MuscleGroup.objects.get(slug="quadriceps")
    quadriceps.status = MuscleGroup.Status.DRAFT
    quadriceps.save()
    html = page_text(client, "/exercises/squat/")
    assert 'id="verdict-quadriceps"' not in html and "Recommended in the" not in html
    assert 'id="verdict-hamstrings"' in html
    figure = between(html, ATLAS, "</figure>")
    assert marked(figure, "back-semitendinosus", "role-not-trained") and "front-vastus-lateralis" not in figure

    quadriceps.status, quadriceps.published_at = MuscleGroup.Status.PUBLISHED, future()
    quadriceps.save()
    assert 'id="verdict-quadriceps"' not in page_text(client, "/exercises/squat/")


def test_the_nordic_page_says_why_it_is_left_out(client):
    html = page_text(client, "/exercises/nordic-hamstring/")
    assert 'Discussed in the <a href="/guides/hamstrings/">Hamstrings guide</a>, but left out' in html
    assert "Recommended in the" not in html
    guides_say = between(html, "What the guides say", 'id="references-heading"')
    assert "8,459" in guides_say and "If you can do it, add it." in guides_say
    assert 'id="ref-van-dyk-2019"' in html and 'id="ref-impellizzeri-2021"' in html


ATLAS = '<figure class="diagram diagram-atlas">'


def marked(figure, shape_id, role):
    return re.search(rf'id="{shape_id}" class="muscle-shape {role}"', figure)


def test_the_atlas_marks_what_an_exercise_trains_in_every_guide_in_one_picture(client):
    html = page_text(client, "/exercises/romanian-deadlift/")
    figure = between(html, ATLAS, "</figure>")
    assert "marked on the body" in figure
    assert marked(figure, "back-semitendinosus", "role-primary")
    assert marked(figure, "back-biceps-femoris-short-head", "role-not-trained")
    assert "Marked for the exercise Romanian deadlift. Primary:" in figure
    assert 'aria-labelledby="atlas-back-title atlas-back-desc"' in figure
    assert "atlas-front-title" not in figure  # nothing it involves is on the front view
    # The squat: quadriceps primary (front view) and hamstrings not trained (back view), in one picture.
    squat = between(page_text(client, "/exercises/squat/"), ATLAS, "</figure>")
    assert marked(squat, "front-vastus-lateralis", "role-primary")
    assert marked(squat, "back-semitendinosus", "role-not-trained")
    assert squat.count("<svg") == 2 + 3  # two views, and a swatch per role in the key
    # The leg extension involves quadriceps muscles only: the front view.
    leg_extension = between(page_text(client, "/exercises/leg-extension/"), ATLAS, "</figure>")
    assert marked(leg_extension, "front-rectus-femoris", "role-primary") and "atlas-back-title" not in leg_extension


def test_an_exercise_shows_the_atlas_once_it_involves_a_mapped_muscle(client):
    exercise = make_exercise("sissy-squat")
    assert ATLAS not in page_text(client, "/exercises/sissy-squat/")
    MuscleInvolvement.objects.create(
        exercise=exercise, muscle=Muscle.objects.get(slug="biceps-femoris-short-head"), role=Role.SECONDARY
    )
    exercise.save()
    figure = between(page_text(client, "/exercises/sissy-squat/"), ATLAS, "</figure>")
    assert marked(figure, "back-biceps-femoris-short-head", "role-secondary")


def test_a_shape_two_muscles_share_shows_the_stronger_role_and_both_names(client):
    calves = make_guide()
    muscle = Muscle.objects.create(
        group=calves, name="Gastrocnemius", slug="gastrocnemius", atlas_shapes=["back-semitendinosus"]
    )
    squat = Exercise.objects.get(slug="squat")
    MuscleInvolvement.objects.create(exercise=squat, muscle=muscle, role=Role.PRIMARY)
    figure = between(page_text(client, "/exercises/squat/"), ATLAS, "</figure>")
    assert marked(figure, "back-semitendinosus", "role-primary")
    assert "<title>Gastrocnemius and Semitendinosus: primary</title>" in figure


def test_a_verdict_on_a_new_exercise_shows_on_its_page_and_in_the_guide(client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    make_exercise(
        "glute-ham-raise",
        guide=guide,
        verdict=GuideExercise.Verdict.LEFT_OUT,
        reason="Too hard to load for most people [@maeo-2021].",
        position=9,
    )
    html = page_text(client, "/exercises/glute-ham-raise/")
    assert 'Discussed in the <a href="/guides/hamstrings/">Hamstrings guide</a>, but left out' in html
    assert 'Too hard to load for most people <sup class="citation"><a href="#ref-maeo-2021"' in html
    assert 'id="ex-glute-ham-raise"' in between(
        page_text(client, "/guides/hamstrings/"), 'id="left-out"', 'id="workout"'
    )


@pytest.mark.parametrize("url", ["/exercises/no-such-lift/", "/exercises/squat/no/"])
def test_unknown_exercises_are_a_friendly_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_draft_and_scheduled_exercises_are_404_for_the_public(client):
    assert client.get("/exercises/squat/").status_code == 200
    squat = Exercise.objects.get(slug="squat")
    squat.status = Exercise.Status.DRAFT
    squat.save()
    assert client.get("/exercises/squat/").status_code == 404
    squat.status, squat.published_at = Exercise.Status.PUBLISHED, future()
    squat.save()
    assert client.get("/exercises/squat/").status_code == 404


def test_staff_preview_a_draft_exercise_with_a_banner(client, admin_user):
    Exercise.objects.filter(slug="squat").update(status=Exercise.Status.DRAFT)
    client.force_login(admin_user)
    html = page_text(client, "/exercises/squat/")
    assert "Draft preview" in html and "<h1>Barbell back squat</h1>" in html


def test_urls_are_the_published_contract():
    assert reverse("exercises:list") == "/exercises/"
    assert reverse("exercises:detail", kwargs={"slug": "squat"}) == "/exercises/squat/"


def test_muscles_given_the_same_reason_share_one_line(client):
    """The hip thrust page read one sentence four times, once per quadriceps muscle (reader review)."""
    html = client.get("/exercises/hip-thrust/").content.decode()
    sentence = "Squats grew the quadriceps more than hip thrusts"
    assert html.count(sentence) == 1
    assert "<li><strong>Rectus femoris, Vastus lateralis, Vastus medialis, Vastus intermedius</strong>: " in html


def test_shared_notes_joins_neighbours_with_one_note_only():
    rows = [("a", "same"), ("b", "same"), ("c", ""), ("d", ""), ("e", "same")]
    assert shared_notes(rows) == [(["a", "b"], "same"), (["c"], ""), (["d"], ""), (["e"], "same")]
