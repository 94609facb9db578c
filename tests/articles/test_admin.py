"""The editors' side: what an editor can do in the admin, and what they cannot."""

import pytest
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.models import Muscle, MuscleGroup, SlugRedirect
from core.editors import CONTENT_APPS, EDITORS
from exercises.models import Citation, Exercise, Study
from newsletter.models import Subscriber
from tests.admin_forms import form_data
from tests.factories import future, make_exercise, make_guide
from tests.image_files import image_bytes, noise_png, upload
from workouts.models import Workout, WorkoutItem

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.fixture
def editor(db):
    user = User.objects.create_user("edna", "edna@example.org", "quads-and-hamstrings-42", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def admin_url(model, view="changelist", *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def content_models():
    return [m for m in admin.site._registry if m._meta.app_label in CONTENT_APPS and m is not SlugRedirect]


def other_models():
    return [m for m in admin.site._registry if m not in content_models()]


# Who can do what


def test_editors_hold_permissions_on_content_models_only():
    permissions = Permission.objects.filter(group__name=EDITORS).select_related("content_type")
    granted = {(p.content_type.app_label, p.codename) for p in permissions}
    assert {app for app, _ in granted} == set(CONTENT_APPS)
    for model in content_models():
        label, name = model._meta.app_label, model._meta.model_name
        assert (label, f"view_{name}") in granted
        if model is not Citation:
            assert {(label, f"add_{name}"), (label, f"change_{name}")} <= granted
    for model in (Study, MuscleGroup.author.field.related_model, Citation):
        assert (model._meta.app_label, f"delete_{model._meta.model_name}") not in granted
    assert not any(codename.endswith("slugredirect") for _, codename in granted)


def test_editors_are_refused_user_group_subscriber_and_every_non_content_admin_page(editor_client):
    refused = other_models()
    assert {User, Group, Subscriber} <= set(refused)
    for model in refused:
        assert editor_client.get(admin_url(model)).status_code == 403, model
        assert editor_client.get(admin_url(model, "add")).status_code == 403, model
    other = User.objects.create_user("someone")
    assert editor_client.get(admin_url(User, "change", other.pk)).status_code == 403
    assert editor_client.get(admin_url(Group, "change", Group.objects.get(name=EDITORS).pk)).status_code == 403


def test_editors_reach_every_content_admin_and_see_nothing_else(editor_client):
    for model in content_models():
        if model is Citation:
            continue
        assert editor_client.get(admin_url(model)).status_code == 200, model
        assert editor_client.get(admin_url(model, "add")).status_code == 200, model
    index = editor_client.get("/admin/").content.decode()
    assert "Muscle-group guides" in index and "Workouts" in index
    assert "/admin/auth/user/" not in index and "/admin/auth/group/" not in index


def test_editors_delete_drafts_but_not_published_content(editor_client):
    published = MuscleGroup.objects.get(slug="hamstrings")
    assert editor_client.get(admin_url(MuscleGroup, "delete", published.pk)).status_code == 403
    draft = make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    response = editor_client.post(admin_url(MuscleGroup, "delete", draft.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not MuscleGroup.objects.filter(slug="glutes").exists()


def test_bulk_delete_refuses_published_content(editor_client):
    squat = Exercise.objects.get(slug="squat")
    selection = {"action": "delete_selected", "_selected_action": [squat.pk]}
    confirmation = editor_client.post(admin_url(Exercise), selection)
    assert "Cannot delete exercise" in confirmation.content.decode()
    assert editor_client.post(admin_url(Exercise), {**selection, "post": "yes"}).status_code == 403
    assert Exercise.objects.filter(pk=squat.pk).exists()


def test_publish_action_publishes_now_and_records_history(editor_client, editor):
    draft = make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    response = editor_client.post(admin_url(MuscleGroup), {"action": "publish_now", "_selected_action": [draft.pk]})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.is_public
    entry = LogEntry.objects.get(object_id=str(draft.pk), content_type__model="musclegroup")
    assert entry.user == editor and entry.get_change_message() == "Published now."
    history = editor_client.get(admin_url(MuscleGroup, "history", draft.pk)).content.decode()
    assert "Published now." in history and "edna" in history


def test_change_list_shows_status_and_filters_by_it(editor_client):
    make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    html = editor_client.get(admin_url(MuscleGroup) + "?state=draft").content.decode()
    assert "Glutes" in html and "Hamstrings" not in html
    html = editor_client.get(admin_url(Exercise) + "?recommended__exact=0&equipment__exact=bodyweight").content.decode()
    assert "Nordic hamstring" in html and "Seated leg curl" not in html


def test_change_forms_offer_view_on_site(editor_client):
    for obj in [
        MuscleGroup.objects.get(slug="hamstrings"),
        Exercise.objects.get(slug="squat"),
        Workout.objects.get(slug="hamstring-workout"),
        Study.objects.get(slug="maeo-2021"),
    ]:
        html = editor_client.get(admin_url(type(obj), "change", obj.pk)).content.decode()
        assert "View on site" in html, obj
        content_type = ContentType.objects.get_for_model(obj)
        response = editor_client.get(reverse("admin:view_on_site", args=[content_type.pk, obj.pk]))
        assert response.status_code == 302 and response.url.endswith(obj.get_absolute_url())


# Writing a guide, an exercise and a workout


def test_editor_creates_a_guide_with_a_muscle_and_it_is_logged(editor_client, editor):
    data = form_data(editor_client.get(admin_url(MuscleGroup, "add")))
    data.update(
        name="Quadriceps",
        slug="quadriceps",
        title="How to train your quadriceps",
        summary="The four muscles at the front of the thigh.",
        author=str(MuscleGroup.objects.get(slug="hamstrings").author_id),
        introduction="The quads straighten the knee [@maeo-2021].",
        anatomy="Four muscles.",
        **{"muscles-0-name": "Rectus femoris", "muscles-0-slug": "rectus-femoris", "muscles-0-position": "1"},
    )
    response = editor_client.post(admin_url(MuscleGroup, "add"), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    guide = MuscleGroup.objects.get(slug="quadriceps")
    assert guide.status == MuscleGroup.Status.DRAFT
    assert list(guide.muscles.values_list("name", flat=True)) == ["Rectus femoris"]
    assert [c.study.slug for c in Citation.objects.filter(guide=guide)] == ["maeo-2021"]
    entry = LogEntry.objects.get(object_id=str(guide.pk), content_type__model="musclegroup")
    assert entry.user == editor and "Rectus femoris" in entry.get_change_message()
    change_form = editor_client.get(admin_url(MuscleGroup, "change", guide.pk)).content.decode()
    assert "Studies cited" in change_form and "[@maeo-2021]" in change_form


def test_a_head_can_only_hang_from_a_muscle_of_the_same_guide(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    form = editor_client.get(admin_url(MuscleGroup, "change", guide.pk)).context["inline_admin_formsets"][0]
    parent_choices = {str(choice) for choice in form.formset.forms[0].fields["parent"].queryset}
    assert parent_choices == {"Semitendinosus", "Semimembranosus", "Biceps femoris"}


def test_markdown_help_is_shown_next_to_markdown_fields(editor_client):
    html = editor_client.get(admin_url(Exercise, "add")).content.decode()
    assert html.count("Cite a study with its slug in square brackets") >= 3
    assert 'name="_preview"' in html


def exercise_data(client, **fields):
    data = form_data(client.get(admin_url(Exercise, "add")))
    data.update(
        name="Leg extension",
        slug="leg-extension",
        muscle_group=str(MuscleGroup.objects.get(slug="hamstrings").pk),
        summary="Straighten the knee against a pad.",
        equipment="machine",
        mechanics="isolation",
        description="Sit tall and **extend** the knee [@maeo-2021]. Then [@kubo-2019] and [@maeo-2021].",
    )
    data.update(fields)
    return data


def test_preview_renders_markdown_and_citations_without_saving(editor_client):
    entries = LogEntry.objects.count()
    response = editor_client.post(admin_url(Exercise, "add"), {**exercise_data(editor_client), "_preview": "Preview"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Preview: nothing is saved yet" in html
    assert "<strong>extend</strong>" in html
    assert '<a href="#ref-maeo-2021" aria-label="Reference 1">[1]</a>' in html
    assert '<a href="#ref-kubo-2019" aria-label="Reference 2">[2]</a>' in html
    assert Study.objects.get(slug="kubo-2019").citation in html
    assert "Please correct the error" not in html
    assert not Exercise.objects.filter(slug="leg-extension").exists()
    assert LogEntry.objects.count() == entries
    # The form comes back filled in, ready to save.
    assert 'value="Leg extension"' in html


def test_preview_of_a_change_leaves_the_saved_text_alone(editor_client):
    squat = Exercise.objects.get(slug="squat")
    data = form_data(editor_client.get(admin_url(Exercise, "change", squat.pk)))
    data.update(description="Brand *new* words.", _preview="Preview")
    html = editor_client.post(admin_url(Exercise, "change", squat.pk), data).content.decode()
    assert "Brand <em>new</em> words." in html
    squat.refresh_from_db()
    assert "Brand" not in squat.description


def test_preview_works_for_guides_and_workouts(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    data = form_data(editor_client.get(admin_url(MuscleGroup, "change", guide.pk)))
    data.update(wrap_up="Done [@van-dyk-2019].", _preview="Preview")
    html = editor_client.post(admin_url(MuscleGroup, "change", guide.pk), data).content.decode()
    assert "Preview: nothing is saved yet" in html and Study.objects.get(slug="van-dyk-2019").citation in html

    workout = Workout.objects.get(slug="hamstring-workout")
    data = form_data(editor_client.get(admin_url(Workout, "change", workout.pk)))
    data.update(principles="## Heavy first\n\nThen light.", _preview="Preview")
    html = editor_client.post(admin_url(Workout, "change", workout.pk), data).content.decode()
    assert "<h2>Heavy first</h2>" in html


def test_unknown_study_slugs_are_refused_on_each_content_type(editor_client):
    data = exercise_data(editor_client, verdict="See [@nobody-2099].")
    response = editor_client.post(admin_url(Exercise, "add"), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["verdict"] == [
        "No study has the slug nobody-2099. Add the study first, or correct the citation."
    ]
    assert not Exercise.objects.filter(slug="leg-extension").exists()

    guide = MuscleGroup.objects.get(slug="hamstrings")
    data = form_data(editor_client.get(admin_url(MuscleGroup, "change", guide.pk)))
    data["anatomy"] += " [@ghost-2000]"
    response = editor_client.post(admin_url(MuscleGroup, "change", guide.pk), data)
    assert response.status_code == 200 and "ghost-2000" in str(response.context["adminform"].form.errors["anatomy"])

    workout = Workout.objects.get(slug="hamstring-workout")
    data = form_data(editor_client.get(admin_url(Workout, "change", workout.pk)))
    data["principles"] += " [@ghost-2000]"
    response = editor_client.post(admin_url(Workout, "change", workout.pk), data)
    assert response.status_code == 200 and "ghost-2000" in str(response.context["adminform"].form.errors["principles"])


def test_editor_creates_an_exercise_with_muscle_involvement(editor_client):
    muscle = Muscle.objects.get(slug="semitendinosus")
    data = exercise_data(
        editor_client,
        **{"involvements-0-muscle": str(muscle.pk), "involvements-0-role": "primary", "involvements-0-note": "Yes."},
    )
    response = editor_client.post(admin_url(Exercise, "add"), data)
    assert response.status_code == 302
    exercise = Exercise.objects.get(slug="leg-extension")
    assert exercise.involvements.get().muscle == muscle
    assert [c.study.slug for c in exercise.citations.all()] == ["maeo-2021", "kubo-2019"]


def test_workout_items_can_swap_positions(editor_client):
    workout = Workout.objects.get(slug="hamstring-workout")
    data = form_data(editor_client.get(admin_url(Workout, "change", workout.pk)))
    first, second = data["items-0-position"], data["items-1-position"]
    data["items-0-position"], data["items-1-position"] = second, first
    response = editor_client.post(admin_url(Workout, "change", workout.pk), data)
    assert response.status_code == 302
    names = [item.exercise.name for item in WorkoutItem.objects.filter(workout=workout).select_related("exercise")]
    assert names[:2] == ["Seated leg curl", "Romanian deadlift"]


def test_workout_items_with_the_same_position_are_refused(editor_client):
    workout = Workout.objects.get(slug="hamstring-workout")
    data = form_data(editor_client.get(admin_url(Workout, "change", workout.pk)))
    data["items-1-position"] = data["items-0-position"]
    response = editor_client.post(admin_url(Workout, "change", workout.pk), data)
    assert response.status_code == 200
    assert "Please correct the duplicate data for position" in response.content.decode()


def test_autocomplete_finds_exercises_for_workout_items(editor_client):
    response = editor_client.get(
        "/admin/autocomplete/",
        {"term": "curl", "app_label": "workouts", "model_name": "workoutitem", "field_name": "exercise"},
    )
    assert response.status_code == 200
    names = {result["text"] for result in response.json()["results"]}
    assert names == {"Seated leg curl", "Lying leg curl"}


# Images through the admin


def post_image(client, exercise, file, alt="Leg extension at the top"):
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


def test_an_image_needs_alt_text_in_the_admin(editor_client, media_root):
    response = post_image(editor_client, Exercise.objects.get(slug="squat"), upload(image_bytes(600, 400)), alt="")
    assert response.status_code == 200
    assert "Describe the image for readers who cannot see it." in response.content.decode()


def test_upload_replace_and_delete_manage_rendition_files(
    editor_client, media_root, django_capture_on_commit_callbacks
):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    exercise = make_exercise(guide, "leg-extension", status=Exercise.Status.DRAFT)
    with django_capture_on_commit_callbacks(execute=True):
        assert post_image(editor_client, exercise, upload(image_bytes(2000, 1200))).status_code == 302
    exercise.refresh_from_db()
    first = {media_root / r[key] for r in exercise.image_renditions for key in ("webp", "fallback")}
    assert len(first) == 6 and all(path.exists() for path in first)

    page = editor_client.get(exercise.get_absolute_url()).content.decode()
    assert '<source type="image/webp"' in page and 'sizes="' in page and 'loading="lazy"' in page
    assert 'width="1600" height="960"' in page and 'alt="Leg extension at the top"' in page

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


# createeditor


class FakeTerminal:
    def isatty(self):
        return True


def test_createeditor_takes_the_password_from_the_environment(db, monkeypatch, client):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "quads-and-hamstrings-42")
    call_command("createeditor", "edna", "edna@example.org")
    user = User.objects.get(username="edna")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == [EDITORS]
    assert client.login(username="edna", password="quads-and-hamstrings-42")
    assert client.get("/admin/").status_code == 200


def test_createeditor_asks_for_the_password_twice_until_it_is_good(db, monkeypatch):
    import articles.management.commands.createeditor as command

    monkeypatch.delenv("DJANGO_EDITOR_PASSWORD", raising=False)
    # A typo in the second copy, then a password the validators refuse, then a good one.
    good = "quads-and-hamstrings-42"
    answers = iter([good, "typo", "short", "short", good, good])
    monkeypatch.setattr(command, "getpass", lambda prompt: next(answers))
    call_command("createeditor", "edna", "edna@example.org", stdin=FakeTerminal())
    assert User.objects.get(username="edna").check_password("quads-and-hamstrings-42")


@pytest.mark.parametrize(
    "username,email,password,message",
    [
        ("edna", "edna@example.org", "", "Set DJANGO_EDITOR_PASSWORD"),
        ("edna", "edna@example.org", "password", "DJANGO_EDITOR_PASSWORD is not accepted"),
        ("edna", "not-an-email", "quads-and-hamstrings-42", "not a valid email address"),
        ("admin", "a@example.org", "quads-and-hamstrings-42", "already exists"),
    ],
)
def test_createeditor_refuses_bad_input(db, monkeypatch, username, email, password, message):
    User.objects.create_user("admin")
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", password)
    with pytest.raises(CommandError, match=message):
        call_command("createeditor", username, email, "--noinput")


def test_scheduled_items_show_their_date_in_the_list(editor_client):
    make_guide("calves", "Calves", published_at=future())
    html = editor_client.get(admin_url(MuscleGroup) + "?state=scheduled").content.decode()
    assert "Calves" in html and "Scheduled for" in html and "Hamstrings" not in html
