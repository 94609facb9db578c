"""Citations: rows for every text that cites, kept in step with the Markdown, and the rule that makes a study public."""

import pytest
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError

from articles.models import MuscleGroup
from exercises.models import Exercise, GuideExercise
from studies.models import Citation, Study
from tests.factories import make_exercise, make_guide, make_workout
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")


def citing(study_slug):
    """``{(model name, str(source))}`` of every citation of a study."""
    return {(type(c.source).__name__, str(c.source)) for c in Citation.objects.filter(study__slug=study_slug)}


def make_study(slug="typo-2024"):
    return Study.objects.create(slug=slug, authors="Typo T", title="A typo", journal="J", year=2024, finding="None.")


def test_every_kind_of_citing_text_has_citation_rows():
    maeo = citing("maeo-2021")
    assert ("MuscleGroup", "Hamstrings") in maeo
    assert ("Workout", "Hamstring workout") in maeo
    assert any(kind == "GuideExercise" and "Seated leg curl" in name for kind, name in maeo)


def test_kubo_2019_is_one_study_cited_by_both_guides():
    assert Study.objects.filter(slug="kubo-2019").count() == 1
    guides = {str(link.guide) for link in GuideExercise.objects.filter(reason__contains="[@kubo-2019]")}
    assert guides == {"Hamstrings", "Quadriceps"}


def test_saving_rewrites_the_rows_from_the_markdown():
    workout = Workout.objects.get(slug="hamstring-workout")
    workout.principles = "Only this now [@kubo-2019]."
    workout.frequency = workout.rest = workout.effort = workout.warm_up = workout.progression = ""
    workout.save()
    assert [c.study.slug for c in workout.citations.all()] == ["kubo-2019"]


def test_an_unknown_citation_is_refused_on_the_field_that_has_it():
    link = GuideExercise.objects.get(guide__slug="quadriceps", exercise__slug="squat")
    link.reason = "See [@nobody-1999]."
    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert "No study has the slug nobody-1999" in error.value.message_dict["reason"][0]


def test_a_citation_inside_a_link_title_gets_an_editor_message():
    link = GuideExercise.objects.get(guide__slug="quadriceps", exercise__slug="squat")
    link.reason = 'See [the paper](https://example.org "as in [@maeo-2021]").'
    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert "The citation [@maeo-2021] is inside a link's address or title" in error.value.message_dict["reason"][0]


def test_renaming_a_study_rewrites_every_text_that_cites_it():
    study = Study.objects.get(slug="maeo-2021")
    study.slug = "maeo-2020"
    study.save()
    assert "[@maeo-2020]" in MuscleGroup.objects.get(slug="hamstrings").introduction + "".join(
        link.reason for link in GuideExercise.objects.filter(guide__slug="hamstrings")
    )
    assert "[@maeo-2021]" not in Workout.objects.get(slug="hamstring-workout").principles
    assert "[@maeo-2020]" in Workout.objects.get(slug="hamstring-workout").principles
    assert ("Workout", "Hamstring workout") in citing("maeo-2020")


def test_a_study_nothing_cites_is_not_published():
    make_study()
    assert not Study.objects.published().filter(slug="typo-2024").exists()
    assert Study.objects.published().filter(slug="maeo-2021").exists()


def test_a_study_cited_only_by_drafts_is_not_published():
    make_study()
    guide = make_guide(status=MuscleGroup.Status.DRAFT, introduction="Draft text [@typo-2024].")
    assert not Study.objects.published().filter(slug="typo-2024").exists()
    guide.status = MuscleGroup.Status.PUBLISHED
    guide.save()
    assert Study.objects.published().filter(slug="typo-2024").exists()


def test_a_guide_verdict_makes_a_study_public_only_while_guide_and_exercise_are():
    make_study()
    guide = make_guide()
    exercise = make_exercise("calf-raise", guide=guide, reason="Because [@typo-2024].")
    assert Study.objects.published().filter(slug="typo-2024").exists()
    Exercise.objects.filter(pk=exercise.pk).update(status=Exercise.Status.DRAFT)
    assert not Study.objects.published().filter(slug="typo-2024").exists()


def test_a_workout_citation_makes_a_study_public():
    make_study()
    make_workout(MuscleGroup.objects.get(slug="hamstrings"), "typo-day", [], principles="See [@typo-2024].")
    assert Study.objects.published().filter(slug="typo-2024").exists()


def test_a_cited_study_cannot_be_deleted_from_under_its_citations():
    with pytest.raises(ProtectedError):
        Study.objects.get(slug="maeo-2021").delete()
    make_study().delete()  # nothing cites it
    assert not Study.objects.filter(slug="typo-2024").exists()


def test_deleting_a_citing_text_removes_its_rows():
    make_study()
    guide = make_guide(introduction="Cites [@typo-2024].")
    assert Citation.objects.filter(study__slug="typo-2024").count() == 1
    guide.delete()
    assert Citation.objects.filter(study__slug="typo-2024").count() == 0


def test_every_reference_names_its_evidence_type(client):
    for url in ["/guides/hamstrings/", "/guides/quadriceps/", "/exercises/squat/", "/workouts/quadriceps-workout/"]:
        html = client.get(url).content.decode()
        items = html.split('<section class="references"')[1].split("</section>")[0].count("<li ")
        assert items and html.count('<span class="evidence">') >= items, url


def test_the_maeo_study_page_lists_the_guide_both_curls_and_the_workout(client):
    html = client.get("/studies/maeo-2021/").content.decode()
    cited_on = html.split("Cited on")[1]
    for link in [
        'href="/guides/hamstrings/"',
        'href="/exercises/seated-leg-curl/"',
        'href="/exercises/lying-leg-curl/"',
        'href="/workouts/hamstring-workout/"',
    ]:
        assert link in cited_on


def test_a_study_nothing_public_cites_is_404_for_readers_and_in_no_list(client, admin_client):
    make_study()
    assert client.get("/studies/typo-2024/").status_code == 404
    assert "A typo" not in client.get("/studies/").content.decode()
    assert "/studies/typo-2024/" not in client.get("/sitemap.xml").content.decode()
    assert "A typo" not in client.get("/search/?q=typo").content.decode()
    assert admin_client.get("/studies/typo-2024/").status_code == 200
