"""The editors' side of exercises: one form for the exercise, its muscles and what each guide says about it."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.anatomy import Role
from articles.models import Muscle, MuscleGroup
from exercises.models import Exercise, GuideExercise, MuscleInvolvement
from studies.models import Study
from tests.admin_forms import admin_url, form_data, inline_errors, unknown_study
from tests.factories import make_exercise
from tests.image_files import image_bytes, noise_png, upload

pytestmark = pytest.mark.usefixtures("seeded")


def exercise_data(client, **fields):
    """A new exercise, filled in as an editor would, with no muscles and no guide's verdict yet."""
    data = form_data(client.get(admin_url(Exercise, "add")))
    data.update(
        name="Sissy squat",
        slug="sissy-squat",
        summary="Lean back and bend the knees, heels up.",
        equipment="bodyweight",
        mechanics="isolation",
        description="Lean back and **bend** the knees [@maeo-2021]. Then [@kubo-2019] and [@maeo-2021].",
        steps="1. Rise onto your toes.\n2. Lean back [@wakahara-2017].",
    )
    data.update(fields)
    return data


def add_verdict(data, guide, verdict, reason, position="9"):
    """Fill in one more row of the "guides that discuss it" inline."""
    row = int(data["guide_links-TOTAL_FORMS"])
    data.update(
        {
            "guide_links-TOTAL_FORMS": str(row + 1),
            f"guide_links-{row}-guide": str(guide.pk),
            f"guide_links-{row}-verdict": verdict,
            f"guide_links-{row}-position": position,
            f"guide_links-{row}-reason": reason,
        }
    )
    return data


# Deleting and finding


def test_editors_delete_draft_exercises_only(editor_client):
    squat = Exercise.objects.get(slug="squat")
    response = editor_client.get(admin_url(Exercise, "delete", squat.pk))
    assert response.status_code == 302 and response.url == admin_url(Exercise, "change", squat.pk)
    draft = make_exercise("sissy-squat", status=Exercise.Status.DRAFT)
    assert editor_client.post(admin_url(Exercise, "delete", draft.pk), {"post": "yes"}).status_code == 302
    assert not Exercise.objects.filter(slug="sissy-squat").exists()


def test_bulk_delete_refuses_published_content(editor_client):
    nordic = Exercise.objects.get(slug="nordic-hamstring")
    selection = {"action": "delete_selected", "_selected_action": [nordic.pk]}
    refusal = editor_client.post(admin_url(Exercise), selection, follow=True)
    html = refusal.content.decode()
    assert "“Nordic hamstring exercise” has been published, so only a superuser can delete it" in html
    assert editor_client.post(admin_url(Exercise), {**selection, "post": "yes"}).status_code == 302
    assert Exercise.objects.filter(pk=nordic.pk).exists()
    assert GuideExercise.objects.filter(exercise=nordic).exists()


def test_an_exercise_in_a_workout_cannot_be_deleted_even_by_a_superuser(admin_client):
    squat = Exercise.objects.get(slug="squat")
    response = admin_client.post(admin_url(Exercise, "delete", squat.pk), {"post": "yes"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "would require deleting the following protected related objects" in html
    assert "Workout item: 1. Barbell back squat: 4 × 6–8" in html
    assert Exercise.objects.filter(pk=squat.pk).exists()


def test_change_list_filters_by_guide_equipment_and_status(editor_client):
    html = editor_client.get(admin_url(Exercise) + "?guide=hamstrings&equipment__exact=bodyweight").content.decode()
    assert "Nordic hamstring exercise" in html and "Seated leg curl" not in html
    html = editor_client.get(admin_url(Exercise) + "?guide=quadriceps").content.decode()
    assert "Leg press" in html and "Barbell back squat" in html and "Seated leg curl" not in html
    make_exercise("sissy-squat", status=Exercise.Status.DRAFT)
    html = editor_client.get(admin_url(Exercise) + "?state=draft").content.decode()
    assert "Sissy squat" in html and "Leg press" not in html


def test_every_guides_verdicts_are_listed_and_filtered_together(editor_client):
    hamstrings = MuscleGroup.objects.get(slug="hamstrings")
    url = admin_url(GuideExercise) + f"?verdict__exact=left_out&guide__id__exact={hamstrings.pk}"
    html = editor_client.get(url).content.decode()
    assert "Nordic hamstring exercise" in html and "Barbell back squat" in html
    assert "Seated leg curl" not in html and "Hip thrust" not in html
    html = editor_client.get(admin_url(GuideExercise) + "?verdict__exact=recommended").content.decode()
    assert "Barbell back squat" in html and "Leg extension" in html and "Nordic hamstring exercise" not in html


def test_exercise_change_form_offers_view_on_site(editor_client):
    squat = Exercise.objects.get(slug="squat")
    assert "View on site" in editor_client.get(admin_url(Exercise, "change", squat.pk)).content.decode()
    content_type = ContentType.objects.get_for_model(squat)
    response = editor_client.get(reverse("admin:view_on_site", args=[content_type.pk, squat.pk]))
    assert response.status_code == 302 and response.url.endswith("/exercises/squat/")


def test_autocomplete_finds_exercises_by_their_other_names(editor_client):
    response = editor_client.get(
        "/admin/autocomplete/",
        {"term": "Nordics", "app_label": "exercises", "model_name": "guideexercise", "field_name": "exercise"},
    )
    assert response.status_code == 200
    # Labelled with the guides that discuss it (see tests/core/test_editor_conveniences.py).
    assert [result["text"] for result in response.json()["results"]] == [
        "Nordic hamstring exercise (hamstrings: left out)"
    ]


# Writing an exercise


def test_markdown_help_is_shown_next_to_markdown_fields(editor_client):
    html = editor_client.get(admin_url(Exercise, "add")).content.decode()
    assert html.count("Cite a study with its slug in square brackets") >= len(Exercise.markdown_fields)
    assert 'name="_preview"' in html
    for label in ["How to do it", "Common mistakes", "Safety notes", "Coaching cues"]:
        assert label in html


def test_preview_renders_markdown_and_citations_without_saving(editor_client):
    entries = LogEntry.objects.count()
    response = editor_client.post(admin_url(Exercise, "add"), {**exercise_data(editor_client), "_preview": "Preview"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Preview: nothing is saved yet" in html
    assert "<strong>bend</strong>" in html
    assert '<a href="#ref-maeo-2021" aria-label="Reference 1">[1]</a>' in html
    assert '<a href="#ref-kubo-2019" aria-label="Reference 2">[2]</a>' in html
    assert '<a href="#ref-wakahara-2017" aria-label="Reference 3">[3]</a>' in html  # numbering runs on into the steps
    assert Study.objects.get(slug="kubo-2019").citation in html
    assert "Please correct the error" not in html
    assert not Exercise.objects.filter(slug="sissy-squat").exists()
    assert LogEntry.objects.count() == entries
    # The form comes back filled in, ready to save.
    assert 'value="Sissy squat"' in html


def test_preview_of_a_change_leaves_the_saved_text_alone(editor_client):
    squat = Exercise.objects.get(slug="squat")
    data = form_data(editor_client.get(admin_url(Exercise, "change", squat.pk)))
    data.update(safety="Brand *new* words.", _preview="Preview")
    html = editor_client.post(admin_url(Exercise, "change", squat.pk), data).content.decode()
    assert "Brand <em>new</em> words." in html
    squat.refresh_from_db()
    assert "Brand" not in squat.safety


@pytest.mark.parametrize("field", list(Exercise.markdown_fields))
def test_an_unknown_study_in_any_exercise_field_is_refused_on_that_field(editor_client, field):
    data = exercise_data(editor_client)
    data[field] = "See [@nobody-2099]."
    response = editor_client.post(admin_url(Exercise, "add"), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {field: [unknown_study("nobody-2099")]}
    assert not Exercise.objects.filter(slug="sissy-squat").exists()


def test_an_unknown_study_in_a_guide_verdict_on_the_exercise_form_is_refused_on_the_reason(editor_client):
    squat = Exercise.objects.get(slug="squat")
    data = form_data(editor_client.get(admin_url(Exercise, "change", squat.pk)))
    data["guide_links-0-reason"] += " [@ghost-2000]"
    response = editor_client.post(admin_url(Exercise, "change", squat.pk), data)
    assert response.status_code == 200
    assert inline_errors(response, GuideExercise) == [{"reason": [unknown_study("ghost-2000")]}, {}]
    assert unknown_study("ghost-2000") in response.content.decode()
    assert not GuideExercise.objects.filter(reason__contains="ghost-2000").exists()


def test_the_exercise_form_shows_each_guides_verdict(editor_client):
    squat = Exercise.objects.get(slug="squat")
    response = editor_client.get(admin_url(Exercise, "change", squat.pk))
    assert "Guides that discuss it: their verdicts and reasons" in response.content.decode()
    data = form_data(response)
    guides = dict(MuscleGroup.objects.values_list("pk", "slug"))
    verdicts = {guides[int(data[f"guide_links-{n}-guide"])]: data[f"guide_links-{n}-verdict"] for n in range(2)}
    assert verdicts == {"hamstrings": "left_out", "quadriceps": "recommended"}
    assert data["guide_links-TOTAL_FORMS"] == "2"
    assert "The squat is the heavy lift of this guide" in data["guide_links-1-reason"]


def test_editor_creates_an_exercise_with_muscles_of_two_guides_and_their_verdicts(editor_client, reader):
    semitendinosus = Muscle.objects.get(slug="semitendinosus")
    rectus = Muscle.objects.get(slug="rectus-femoris")
    data = exercise_data(editor_client, status="published")
    data.update(
        {
            "involvements-TOTAL_FORMS": "2",
            "involvements-0-muscle": str(rectus.pk),
            "involvements-0-role": "primary",
            "involvements-0-note": "Works hard with the hip straight.",
            "involvements-1-muscle": str(semitendinosus.pk),
            "involvements-1-role": "not_trained",
            "involvements-1-note": "",
        }
    )
    add_verdict(data, MuscleGroup.objects.get(slug="quadriceps"), "recommended", "Rectus femoris work [@ema-2016].")
    add_verdict(data, MuscleGroup.objects.get(slug="hamstrings"), "left_out", "No hamstring work.")
    response = editor_client.post(admin_url(Exercise, "add"), data)
    assert response.status_code == 302, response.context and response.context["errors"]

    exercise = Exercise.objects.get(slug="sissy-squat")
    assert {(i.muscle.slug, i.role) for i in exercise.involvements.all()} == {
        ("rectus-femoris", Role.PRIMARY),
        ("semitendinosus", Role.NOT_TRAINED),
    }
    assert [c.study.slug for c in exercise.citations.all()] == ["maeo-2021", "kubo-2019", "wakahara-2017"]
    recommended = GuideExercise.objects.get(exercise=exercise, guide__slug="quadriceps")
    assert recommended.is_recommended and [c.study.slug for c in recommended.citations.all()] == ["ema-2016"]
    assert GuideExercise.objects.get(exercise=exercise, guide__slug="hamstrings").verdict == "left_out"

    html = reader.get("/exercises/sissy-squat/").content.decode()
    assert 'Recommended in the <a href="/guides/quadriceps/">Quadriceps guide</a>' in html
    assert 'Discussed in the <a href="/guides/hamstrings/">Hamstrings guide</a>, but left out' in html
    assert "Rectus femoris work" in html and 'id="ref-ema-2016"' in html
    atlas = html[html.index('<figure class="diagram diagram-atlas">') :]
    assert 'id="front-rectus-femoris" class="muscle-shape role-primary"' in atlas
    assert 'id="back-semitendinosus" class="muscle-shape role-not-trained"' in atlas
    assert 'id="ex-sissy-squat"' in reader.get("/guides/quadriceps/").content.decode()


def test_the_exercise_form_names_its_muscle_rows_without_a_query_each(editor_client):
    """What a muscle row still costs: its autocomplete's chosen muscle (a head with its parent), one query."""
    curl = Exercise.objects.get(slug="seated-leg-curl")

    def form_queries():
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(admin_url(Exercise, "change", curl.pk)).status_code == 200
        return len(captured)

    before = form_queries()
    added = Muscle.objects.exclude(involvements__exercise=curl)[:4]
    assert len(added) == 4
    for muscle in added:
        MuscleInvolvement.objects.create(exercise=curl, muscle=muscle, role=Role.SECONDARY)
    assert form_queries() - before <= 4


def test_a_muscle_rows_note_is_markdown_with_numbered_citations_on_the_page(editor_client, reader):
    squat = Exercise.objects.get(slug="squat")
    url = admin_url(Exercise, "change", squat.pk)
    data = form_data(editor_client.get(url))
    data["involvements-0-note"] = "Works **hard** at long lengths [@kubo-2019]."
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    involvement = squat.involvements.get(pk=data["involvements-0-id"])
    assert [c.study.slug for c in involvement.citations.all()] == ["kubo-2019"]

    html = reader.get("/exercises/squat/").content.decode()
    assert "[@kubo-2019]" not in html
    note = html[html.index(f"<strong>{involvement.muscle}</strong>") :]
    note = note[: note.index("</li>")]
    assert "Works <strong>hard</strong> at long lengths" in note
    assert '<a href="#ref-kubo-2019" aria-label="Reference' in note and "[?]" not in note
    assert 'id="ref-kubo-2019"' in html
    study_page = reader.get("/studies/kubo-2019/").content.decode()
    assert 'href="/exercises/squat/"' in study_page


def test_an_unknown_study_in_a_muscle_rows_note_is_refused_on_the_note(editor_client):
    squat = Exercise.objects.get(slug="squat")
    url = admin_url(Exercise, "change", squat.pk)
    data = form_data(editor_client.get(url))
    data["involvements-0-note"] = "See [@ghost-2000]."
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert inline_errors(response, MuscleInvolvement)[0] == {"note": [unknown_study("ghost-2000")]}
    assert not MuscleInvolvement.objects.filter(note__contains="ghost-2000").exists()


def test_changing_a_verdict_on_the_exercise_form_moves_it_on_the_guide(editor_client, reader):
    nordic = Exercise.objects.get(slug="nordic-hamstring")
    data = form_data(editor_client.get(admin_url(Exercise, "change", nordic.pk)))
    data["guide_links-0-verdict"] = "recommended"
    data["guide_links-0-reason"] = "Now in the guide."
    assert editor_client.post(admin_url(Exercise, "change", nordic.pk), data).status_code == 302
    html = reader.get("/guides/hamstrings/").content.decode()
    recommended = html[html.index('id="exercises"') : html.index('id="left-out"')]
    assert 'id="ex-nordic-hamstring"' in recommended and "Now in the guide." in recommended
    # Its old reason cited van-dyk-2019; the row is gone with the citation.
    assert not GuideExercise.objects.get(exercise=nordic).citations.filter(study__slug="van-dyk-2019").exists()


# Images through the admin


def post_image(client, exercise, file, alt="Sissy squat at the bottom"):
    data = form_data(client.get(admin_url(Exercise, "change", exercise.pk)))
    data.update(image=file, image_alt=alt)
    return client.post(admin_url(Exercise, "change", exercise.pk), data)


@pytest.mark.parametrize(
    "file,message",
    [
        (upload(b"GIF89a? no, plain text", "photo.jpg"), "This file is not an image Pillow can read."),
        (upload(image_bytes()[:20000], "photo.jpg"), "This image is damaged or incomplete"),
        (upload(noise_png(200, 200), "big.png", "image/png"), "an image can be at most 49 KB"),
    ],
    ids=["not-an-image", "truncated", "oversized"],
)
def test_bad_uploads_are_refused_with_a_message(editor_client, media_root, settings, file, message):
    settings.IMAGE_MAX_UPLOAD_BYTES = 50_000
    exercise = Exercise.objects.get(slug="squat")
    response = post_image(editor_client, exercise, file)
    assert response.status_code == 200
    assert message in response.content.decode()
    exercise.refresh_from_db()
    assert not exercise.image
    assert not media_root.exists() or not [path for path in media_root.rglob("*") if path.is_file()]


@pytest.mark.parametrize(
    "file,size",
    [
        (upload(image_bytes(60, 16384)), "60 × 16384"),
        (upload(image_bytes(40, 16400, "PNG", mode="RGBA"), "long.png", "image/png"), "40 × 16400"),
    ],
    ids=["jpeg", "png"],
)
def test_an_image_too_long_for_its_webp_version_is_refused_with_its_size_and_the_limit(
    editor_client, media_root, file, size
):
    """A 1080 × 17000 phone screenshot passed every check, then its WebP rendition failed on save: a 500."""
    exercise = Exercise.objects.get(slug="squat")
    response = post_image(editor_client, exercise, file)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"This image is {size} pixels, too long and narrow for the page" in html
    assert "WebP images can be at most 16383 pixels on a side" in html
    exercise.refresh_from_db()
    assert not exercise.image
    assert not media_root.exists() or not [path for path in media_root.rglob("*") if path.is_file()]


def test_an_image_needs_alt_text_in_the_admin(editor_client, media_root):
    response = post_image(editor_client, Exercise.objects.get(slug="squat"), upload(image_bytes(600, 400)), alt="")
    assert response.status_code == 200
    assert "Describe the image for readers who cannot see it." in response.content.decode()


@pytest.mark.parametrize("why", ["an error elsewhere", "a preview"])
def test_an_image_chosen_before_the_form_is_shown_again_is_kept_and_saved(
    editor_client, media_root, django_capture_on_commit_callbacks, why
):
    exercise = make_exercise("sissy-squat", status=Exercise.Status.DRAFT)
    url = admin_url(Exercise, "change", exercise.pk)
    data = form_data(editor_client.get(url))
    if why == "a preview":
        data.update(image=upload(image_bytes(900, 600), "bottom.jpg"), image_alt="At the bottom", _preview="Preview")
    else:
        data.update(image=upload(image_bytes(900, 600), "bottom.jpg"), image_alt="", summary="")
    response = editor_client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your image “bottom.jpg” is kept:" in html and "it will be saved with the form" in html
    exercise.refresh_from_db()
    assert not exercise.image

    # The form comes back without a file (browsers never resend one); the kept image is saved.
    again = form_data(response)
    again.pop("_preview", None)
    again.update(image_alt="At the bottom", summary="Lean back.")
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, again).status_code == 302
    exercise.refresh_from_db()
    assert exercise.image and [r["width"] for r in exercise.image_renditions] == [480, 900]
    assert not [path for path in (media_root / "pending-uploads").rglob("*") if path.is_file()]


def test_a_forged_pending_upload_name_is_ignored(editor_client, media_root):
    exercise = make_exercise("sissy-squat", status=Exercise.Status.DRAFT)
    url = admin_url(Exercise, "change", exercise.pk)
    data = {**form_data(editor_client.get(url)), "image_pending": "images/someone-elses.jpg", "image_alt": "x"}
    assert editor_client.post(url, data).status_code == 302
    exercise.refresh_from_db()
    assert not exercise.image


def test_upload_replace_and_delete_manage_rendition_files(
    editor_client, media_root, django_capture_on_commit_callbacks
):
    exercise = make_exercise("sissy-squat", status=Exercise.Status.DRAFT)
    with django_capture_on_commit_callbacks(execute=True):
        assert post_image(editor_client, exercise, upload(image_bytes(2000, 1200))).status_code == 302
    exercise.refresh_from_db()
    first = {media_root / r[key] for r in exercise.image_renditions for key in ("webp", "fallback")}
    assert len(first) == 6 and all(path.exists() for path in first)

    page = editor_client.get(exercise.get_absolute_url()).content.decode()
    assert '<source type="image/webp"' in page and 'sizes="' in page and 'loading="lazy"' in page
    assert 'width="1600" height="960"' in page and 'alt="Sissy squat at the bottom"' in page

    with django_capture_on_commit_callbacks(execute=True):
        assert post_image(editor_client, exercise, upload(image_bytes(900, 900))).status_code == 302
    exercise.refresh_from_db()
    second = {media_root / r[key] for r in exercise.image_renditions for key in ("webp", "fallback")}
    assert not any(path.exists() for path in first) and all(path.exists() for path in second)

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(admin_url(Exercise, "delete", exercise.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not any(path.exists() for path in second)
    assert not (media_root / exercise.image.name).exists()


def test_an_exercise_under_another_exercises_name_is_refused_with_its_name(editor_client):
    """ "Barbell hip thrust" made a second hip thrust page beside "Hip thrust", which goes by that name."""
    data = form_data(editor_client.get(admin_url(Exercise, "add")))
    data.update(
        {
            "name": "Barbell  Hip thrust",
            "slug": "barbell-hip-thrust",
            "summary": "Hips up.",
            "equipment": "barbell",
            "mechanics": "compound",
            "description": "Drive the hips up.",
        }
    )
    response = editor_client.post(admin_url(Exercise, "add"), data)
    assert response.status_code == 200
    assert "The exercise Hip thrust already goes by this name" in response.content.decode()

    data.update({"name": "Loaded bridge", "aliases": "hip bridge, good morning"})
    response = editor_client.post(admin_url(Exercise, "add"), data)
    assert "Good morning is another exercise&#x27;s name: remove it from the other names." in response.content.decode()
    assert not Exercise.objects.filter(slug="barbell-hip-thrust").exists()

    data["aliases"] = "hip bridge, barbell good morning"  # another exercise's other name: both may have it
    assert editor_client.post(admin_url(Exercise, "add"), data).status_code == 302
