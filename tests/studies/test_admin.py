"""The editors' side of studies: adding one, seeing what cites it, and deleting only what nothing cites."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from articles.models import MuscleGroup
from studies.models import Study
from tests.admin_forms import form_data

pytestmark = pytest.mark.usefixtures("seeded")


def admin_url(view="changelist", *args):
    return reverse(f"admin:studies_study_{view}", args=args)


def uncited_study():
    return Study.objects.create(
        slug="nobody-2024",
        authors="Nobody N",
        title="A study nothing cites",
        journal="J Test",
        year=2024,
        finding="Nothing much.",
    )


def test_an_editor_deletes_a_study_nothing_cites(editor_client):
    study = uncited_study()
    page = editor_client.get(admin_url("change", study.pk)).content.decode()
    assert "Nothing cites it yet, so readers cannot see it. It can be deleted." in page
    assert admin_url("delete", study.pk) in page  # the Delete link is offered
    response = editor_client.post(admin_url("delete", study.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Study.objects.filter(slug="nobody-2024").exists()


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_nobody_deletes_a_cited_study(editor_client, admin_client, who):
    client = editor_client if who == "editor" else admin_client
    study = Study.objects.get(slug="maeo-2021")
    page = client.get(admin_url("change", study.pk)).content.decode()
    assert admin_url("delete", study.pk) not in page
    for response in [
        client.get(admin_url("delete", study.pk), follow=True),
        client.post(admin_url("delete", study.pk), {"post": "yes"}, follow=True),
    ]:
        # Answered in the admin, on the study's form, with why and what to do.
        assert response.redirect_chain == [(admin_url("change", study.pk), 302)]
        assert "“maeo-2021” is cited, so it cannot be deleted" in response.content.decode()
        assert "Remove its citations first" in response.content.decode()
    assert Study.objects.filter(slug="maeo-2021").exists()


def test_bulk_delete_keeps_cited_studies(editor_client):
    cited, uncited = Study.objects.get(slug="kubo-2019"), uncited_study()
    selection = {"action": "delete_selected", "_selected_action": [cited.pk, uncited.pk], "post": "yes"}
    response = editor_client.post(admin_url(), selection, follow=True)
    assert "“kubo-2019” is cited, so it cannot be deleted" in response.content.decode()
    assert Study.objects.filter(pk__in=[cited.pk, uncited.pk]).count() == 2
    response = editor_client.post(admin_url(), {**selection, "_selected_action": [uncited.pk]})
    assert response.status_code == 302
    assert not Study.objects.filter(pk=uncited.pk).exists() and Study.objects.filter(pk=cited.pk).exists()


def test_the_change_form_links_to_every_text_that_cites_the_study(editor_client):
    study = Study.objects.get(slug="ebben-2009")
    html = editor_client.get(admin_url("change", study.pk)).content.decode()
    cited_by = html[html.index("Cited by") :]
    hamstrings = MuscleGroup.objects.get(slug="hamstrings")
    link = hamstrings.exercise_links.get(exercise__slug="squat")
    assert reverse("admin:exercises_guideexercise_change", args=[link.pk]) in cited_by
    assert "Hamstrings: Barbell back squat (discussed but left out)" in cited_by


def test_the_list_filters_cited_and_uncited_studies(editor_client):
    uncited_study()
    html = editor_client.get(admin_url() + "?cited=no").content.decode()
    assert "nobody-2024" in html and "maeo-2021" not in html
    html = editor_client.get(admin_url() + "?cited=public").content.decode()
    assert "nobody-2024" not in html and "maeo-2021" in html


def test_an_editor_adds_a_study_with_what_was_studied(editor_client, reader):
    data = form_data(editor_client.get(admin_url("add")))
    data.update(
        slug="smith-2030",
        authors="Smith A, Jones B",
        title="Calf raises at long muscle lengths",
        journal="J Test",
        year="2030",
        design="randomised_trial",
        participants="24",
        population="trained adults",
        duration="8 weeks",
        measure="muscle thickness by ultrasound",
        finding="Long-length calf raises grew the calves more.",
    )
    response = editor_client.post(admin_url("add"), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    study = Study.objects.get(slug="smith-2030")
    assert study.evidence_type == "randomised trial"
    assert reader.get("/studies/smith-2030/").status_code == 404  # nothing cites it yet
    html = editor_client.get("/studies/smith-2030/").content.decode()  # editors preview it
    assert "<dt>Design</dt><dd>Randomised controlled trial</dd>" in html
    assert "24 trained adults" in html and "<dd>Muscle thickness by ultrasound</dd>" in html


def test_renaming_a_study_in_the_admin_keeps_every_citation(editor_client, reader):
    study = Study.objects.get(slug="van-dyk-2019")
    data = form_data(editor_client.get(admin_url("change", study.pk)))
    data["slug"] = "vandyk-2019"
    assert editor_client.post(admin_url("change", study.pk), data).status_code == 302
    link = MuscleGroup.objects.get(slug="hamstrings").exercise_links.get(exercise__slug="nordic-hamstring")
    assert "[@vandyk-2019]" in link.reason and "[@van-dyk-2019]" not in link.reason
    html = reader.get("/guides/hamstrings/").content.decode()
    assert '<a href="#ref-vandyk-2019" aria-label="Reference 2">[2]</a>' in html
    assert reader.get("/studies/van-dyk-2019/").status_code == 301


def test_study_change_form_offers_view_on_site(editor_client):
    study = Study.objects.get(slug="maeo-2021")
    assert "View on site" in editor_client.get(admin_url("change", study.pk)).content.decode()
    content_type = ContentType.objects.get_for_model(study)
    response = editor_client.get(reverse("admin:view_on_site", args=[content_type.pk, study.pk]))
    assert response.status_code == 302 and response.url.endswith("/studies/maeo-2021/")
