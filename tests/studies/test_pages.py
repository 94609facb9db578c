"""What a reader sees on the study list and each study's page, built from the seed content."""

import pytest
from django.urls import reverse

from articles.models import MuscleGroup
from exercises.models import Exercise, GuideExercise
from studies.models import Study
from tests.factories import make_exercise
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def between(html, start, end):
    first = html.index(start)
    return html[first : html.index(end, first)]


def cited_on(html):
    """``{kind heading: [link, ...]}`` from the study page's "Cited on" part."""
    part = html[html.index("<h2>Cited on</h2>") : html.index("</article>")]
    groups = {}
    for block in part.split("<h3>")[1:]:
        kind, rest = block.split("</h3>", 1)
        groups[kind] = [chunk.split('"', 1)[0] for chunk in rest.split('<a href="')[1:]]
    return groups


def uncited_study():
    return Study.objects.create(
        slug="nobody-2024",
        authors="Nobody N",
        title="A study nothing cites",
        journal="J Test",
        year=2024,
        finding="Nothing much.",
    )


def test_study_list_shows_each_cited_study_with_its_evidence_type(client):
    html = page_text(client, "/studies/")
    assert 'href="/studies/maeo-2021/"' in html and 'href="/studies/kubo-2019/"' in html
    maeo = between(html, 'href="/studies/maeo-2021/"', "</li>")
    assert '<span class="evidence">Within-participant trial</span>' in maeo
    assert "Whole-hamstring volume grew more with seated than with lying leg curls" in maeo


def test_study_page_shows_the_reference_doi_and_finding(client):
    html = page_text(client, "/studies/maeo-2021/")
    assert "Study · within-participant trial" in html
    assert "Maeo S, et al. Greater Hamstrings Muscle Hypertrophy" in html
    assert "Med Sci Sports Exerc. 2021;53(4):825-837." in html
    assert 'href="https://doi.org/10.1249/MSS.0000000000002523"' in html
    assert "Whole-hamstring volume grew more with seated than with lying leg curls" in html


def test_study_page_says_what_was_studied(client):
    box = between(page_text(client, "/studies/maeo-2021/"), 'id="studied-heading">What was studied</h2>', "</dl>")
    assert "<dt>Design</dt><dd>Within-participant trial (one leg or arm against the other)</dd>" in box
    assert "<dt>Participants</dt>" in box and "20 healthy adults" in box
    assert "<dt>Duration</dt><dd>12 weeks, twice a week" in box
    assert "<dt>Outcome measured</dt><dd>Muscle volume by MRI" in box
    assert "Training before the study" not in box  # the paper does not say


def test_training_status_has_its_own_line_not_a_repeat_after_the_participants(client):
    box = between(page_text(client, "/studies/pedrosa-2022/"), "What was studied", "</dl>")
    assert "<dd>45 untrained women, in four knee extension groups and a control group</dd>" in box
    assert "<dt>Training before the study</dt><dd>Untrained</dd>" in box
    box = between(page_text(client, "/studies/stien-2021/"), "What was studied", "</dl>")
    assert "<dd>15 resistance-trained men</dd>" in box and "(trained)" not in box


def test_a_study_with_few_details_says_so_in_the_box(client, admin_user):
    uncited_study()
    client.force_login(admin_user)
    box = between(page_text(client, "/studies/nobody-2024/"), "What was studied", "</dl>")
    assert "<dt>Design</dt><dd>Other</dd>" in box
    assert "Not stated" in box and "One session (no training period)" in box
    assert "Outcome measured" not in box


def test_study_page_groups_the_pages_that_cite_it_by_kind(client):
    html = page_text(client, "/studies/maeo-2021/")
    assert cited_on(html) == {
        "Muscle-group guides": ["/guides/hamstrings/", "/guides/quadriceps/"],
        "Exercises": ["/exercises/leg-extension/", "/exercises/lying-leg-curl/", "/exercises/seated-leg-curl/"],
        "Workouts": ["/workouts/hamstring-workout/"],
    }
    # A study cited by only workouts lists only workouts.
    assert cited_on(page_text(client, "/studies/schoenfeld-2016-rest/")) == {
        "Workouts": ["/workouts/hamstring-workout/", "/workouts/quadriceps-workout/"]
    }


def test_a_guide_verdict_cites_for_both_the_guide_and_the_exercise(client):
    # Ebben 2009 is cited only in the hamstrings guide's reason for leaving out the squat.
    assert cited_on(page_text(client, "/studies/ebben-2009/")) == {
        "Muscle-group guides": ["/guides/hamstrings/"],
        "Exercises": ["/exercises/squat/"],
    }


def test_study_page_hides_draft_pages_that_cite_it(client):
    make_exercise("secret-curl", status=Exercise.Status.DRAFT, description="Cites [@ebben-2009].")
    Workout.objects.filter(slug="quadriceps-workout").update(status=Workout.Status.DRAFT)
    html = page_text(client, "/studies/ebben-2009/")
    assert "secret-curl" not in html and "Secret curl" not in html
    assert 'href="/exercises/squat/"' in html
    kubo = cited_on(page_text(client, "/studies/kubo-2019/"))
    assert "Workouts" not in kubo and kubo["Exercises"] == ["/exercises/squat/"]


def test_a_study_cited_by_nothing_published_is_404_for_readers_and_200_for_staff(client, admin_user):
    uncited_study()
    assert client.get("/studies/nobody-2024/").status_code == 404
    assert 'href="/studies/nobody-2024/"' not in page_text(client, "/studies/")
    # Cited only by a draft: still hidden.
    make_exercise("secret-curl", status=Exercise.Status.DRAFT, description="Cites [@nobody-2024].")
    assert client.get("/studies/nobody-2024/").status_code == 404

    client.force_login(admin_user)
    html = page_text(client, "/studies/nobody-2024/")
    assert "<h1>A study nothing cites</h1>" in html
    assert "No published page cites this study yet." in html


def test_a_study_becomes_public_when_a_published_page_cites_it(client):
    uncited_study()
    guide = MuscleGroup.objects.get(slug="hamstrings")
    link = GuideExercise.objects.get(guide=guide, exercise__slug="nordic-hamstring")
    link.reason += " See also [@nobody-2024]."
    link.save()
    html = page_text(client, "/studies/nobody-2024/")
    assert cited_on(html) == {
        "Muscle-group guides": ["/guides/hamstrings/"],
        "Exercises": ["/exercises/nordic-hamstring/"],
    }
    assert 'href="/studies/nobody-2024/"' in page_text(client, "/studies/")
    # ...and hidden again when the exercise goes back to draft.
    nordic = Exercise.objects.get(slug="nordic-hamstring")
    nordic.status = Exercise.Status.DRAFT
    nordic.save()
    assert client.get("/studies/nobody-2024/").status_code == 404


def test_an_unknown_study_is_a_friendly_404(client):
    response = client.get("/studies/nobody-2020/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_urls_are_the_published_contract():
    assert reverse("studies:list") == "/studies/"
    assert reverse("studies:detail", kwargs={"slug": "kubo-2019"}) == "/studies/kubo-2019/"
