"""The editors' side: who may do what in the admin, and writing guides (and their workouts) there."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Author, Joint, JointAction, Muscle, MuscleGroup
from core.editors import CONTENT_APPS, EDITORS
from core.models import SlugRedirect
from exercises.models import Exercise, GuideExercise, MuscleInvolvement
from newsletter.models import Edition, Subscriber
from studies.models import Citation, Study
from tests.admin_forms import admin_url, form_data, inline_errors, unknown_study
from tests.factories import future, make_guide
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")

UNKNOWN_STUDY = unknown_study("ghost-2000")


def registered_models():
    return [model for model in apps.get_models() if admin.site.is_registered(model)]


def content_models():
    return [model for model in registered_models() if model._meta.app_label in CONTENT_APPS]


def other_models():
    return [model for model in registered_models() if model not in content_models()]


# Who can do what


def test_editors_hold_permissions_on_content_models_only(db):
    permissions = Permission.objects.filter(group__name=EDITORS).select_related("content_type")
    granted = {(p.content_type.app_label, p.codename) for p in permissions}
    assert {app for app, _ in granted} == set(CONTENT_APPS) == {"studies", "articles", "exercises", "workouts", "pages"}
    for model in content_models():
        label, name = model._meta.app_label, model._meta.model_name
        assert {(label, f"view_{name}"), (label, f"add_{name}"), (label, f"change_{name}")} <= granted, name
    # Citations are written from the Markdown: editors only read them.
    assert ("studies", "view_citation") in granted
    assert not {("studies", f"{action}_citation") for action in ("add", "change", "delete")} & granted
    # A study may be deleted while nothing cites it (the admin checks); authors and joints never.
    assert ("studies", "delete_study") in granted
    for model in (Author, Joint, JointAction, Citation):
        assert (model._meta.app_label, f"delete_{model._meta.model_name}") not in granted, model
    assert not any(codename.endswith("slugredirect") for _, codename in granted)


def test_editors_are_refused_user_group_subscriber_and_every_non_content_admin_page(editor_client):
    refused = [model for model in other_models() if model is not Edition]  # editors draft editions

    assert {User, Group, Subscriber, SlugRedirect} <= set(refused)
    for model in refused:
        assert editor_client.get(admin_url(model)).status_code == 403, model
        if model is not SlugRedirect:  # old addresses are recorded, never added by hand
            assert editor_client.get(admin_url(model, "add")).status_code == 403, model
    other = User.objects.create_user("someone")
    assert editor_client.get(admin_url(User, "change", other.pk)).status_code == 403
    assert editor_client.get(admin_url(Group, "change", Group.objects.get(name=EDITORS).pk)).status_code == 403
    subscriber = Subscriber.objects.create(email="reader@example.org", consent_at=timezone.now(), consent_version="1")
    assert editor_client.get(admin_url(Subscriber, "change", subscriber.pk)).status_code == 403


def test_editors_reach_every_content_admin_and_see_nothing_else(editor_client):
    assert {Study, MuscleGroup, Exercise, GuideExercise, Workout} <= set(content_models())
    for model in content_models():
        assert editor_client.get(admin_url(model)).status_code == 200, model
        assert editor_client.get(admin_url(model, "add")).status_code == 200, model
    index = editor_client.get("/admin/").content.decode()
    for heading in ["Muscle-group guides", "Exercises in guides", "Studies", "Workouts"]:
        assert heading in index
    assert "/admin/auth/user/" not in index and "/admin/auth/group/" not in index
    assert "/admin/newsletter/subscriber/" not in index


def refused_in_the_admin(client, obj):
    """A delete URL typed by hand answers on the object's admin form, saying why and what to do."""
    response = client.get(admin_url(type(obj), "delete", obj.pk), follow=True)
    assert response.redirect_chain == [(admin_url(type(obj), "change", obj.pk), 302)]
    html = response.content.decode()
    assert f"“{obj}” has been published, so only a superuser can delete it" in html
    assert "Move it back to draft to hide it from readers, and ask a superuser to delete it." in html
    return True


def test_editors_delete_drafts_but_not_published_content(editor_client):
    published = MuscleGroup.objects.get(slug="hamstrings")
    assert refused_in_the_admin(editor_client, published)
    scheduled = make_guide("calves", "Calves", published_at=future())
    assert refused_in_the_admin(editor_client, scheduled)
    draft = make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    response = editor_client.post(admin_url(MuscleGroup, "delete", draft.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not MuscleGroup.objects.filter(slug="glutes").exists()
    assert MuscleGroup.objects.filter(slug="hamstrings").exists()


@pytest.mark.parametrize("model,slug", [(Exercise, "nordic-hamstring"), (Workout, "hamstring-workout")])
def test_moving_published_content_back_to_draft_does_not_let_editors_delete_it(
    editor_client, admin_client, model, slug
):
    obj = model.objects.get(slug=slug)
    selection = {"_selected_action": [obj.pk]}
    editor_client.post(admin_url(model), {**selection, "action": "back_to_draft"})
    obj.refresh_from_db()
    assert obj.status == model.Status.DRAFT

    response = editor_client.post(admin_url(model), {**selection, "action": "delete_selected"}, follow=True)
    assert f"“{obj}” has been published, so only a superuser can delete it" in response.content.decode()
    response = editor_client.post(admin_url(model), {**selection, "action": "delete_selected", "post": "yes"})
    assert model.objects.filter(pk=obj.pk).exists()
    assert refused_in_the_admin(editor_client, obj)
    assert editor_client.post(admin_url(model, "delete", obj.pk), {"post": "yes"}).status_code == 302
    assert model.objects.filter(pk=obj.pk).exists()

    if model is Workout:  # (an exercise in a workout is protected from everyone; see tests/exercises)
        response = admin_client.post(admin_url(model, "delete", obj.pk), {"post": "yes"})
        assert response.status_code == 302 and not model.objects.filter(pk=obj.pk).exists()


def test_a_draft_that_was_never_published_is_deleted_by_an_editor_in_bulk(editor_client):
    draft = make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    selection = {"_selected_action": [draft.pk], "action": "delete_selected", "post": "yes"}
    assert editor_client.post(admin_url(MuscleGroup), selection).status_code == 302
    assert not MuscleGroup.objects.filter(pk=draft.pk).exists()


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


def weeks_ago(weeks):
    return timezone.now() - timezone.timedelta(weeks=weeks)


@pytest.mark.parametrize("model", [MuscleGroup, Exercise, Workout])
def test_publishing_through_the_status_field_dates_it_now_not_when_the_draft_was_begun(editor_client, model):
    draft = {
        MuscleGroup: lambda: make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT),
        Exercise: lambda: Exercise.objects.get(slug="squat"),
        Workout: lambda: Workout.objects.get(slug="hamstring-workout"),
    }[model]()
    model.objects.filter(pk=draft.pk).update(status=model.Status.DRAFT, published_at=weeks_ago(3))
    url = admin_url(model, "change", draft.pk)
    data = form_data(editor_client.get(url))
    before = timezone.now()
    response = editor_client.post(url, {**data, "status": "published"})
    assert response.status_code == 302, response.context and response.context["errors"]
    draft.refresh_from_db()
    assert draft.is_public and draft.published_at >= before


def test_saving_a_published_guide_keeps_its_publish_date_and_a_future_date_schedules(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    MuscleGroup.objects.filter(pk=guide.pk).update(published_at=weeks_ago(5))
    url = admin_url(MuscleGroup, "change", guide.pk)
    assert editor_client.post(url, {**form_data(editor_client.get(url)), "title": "New title"}).status_code == 302
    guide.refresh_from_db()
    assert guide.title == "New title" and guide.published_at < weeks_ago(4)

    draft = make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    url = admin_url(MuscleGroup, "change", draft.pk)
    when = timezone.localtime(future()).replace(second=0, microsecond=0)
    data = {
        **form_data(editor_client.get(url)),
        "status": "published",
        "published_at_0": f"{when:%Y-%m-%d}",
        "published_at_1": f"{when:%H:%M:%S}",
    }
    response = editor_client.post(url, data, follow=True)
    draft.refresh_from_db()
    assert draft.publication_state == "scheduled" and draft.published_at == when
    # It said only "changed successfully" (editor review).
    assert f"Scheduled: readers see it from {when:%d %b %Y, %H:%M}." in response.content.decode()


def test_a_new_guide_is_offered_the_place_after_the_last(editor_client):
    """Position 0 put a new guide first on the home page (editor review)."""
    last = max(MuscleGroup.objects.values_list("position", flat=True))
    assert form_data(editor_client.get(admin_url(MuscleGroup, "add")))["position"] == str(last + 1)


def test_publish_action_and_status_field_share_one_rule(db):
    guide = make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    MuscleGroup.objects.filter(pk=guide.pk).update(published_at=weeks_ago(2))
    guide.refresh_from_db()
    guide.status = MuscleGroup.Status.PUBLISHED
    guide.save(update_fields=["status"])
    guide.refresh_from_db()
    assert guide.published_at > weeks_ago(1)


def test_change_list_shows_status_and_filters_by_it(editor_client):
    make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    html = editor_client.get(admin_url(MuscleGroup) + "?state=draft").content.decode()
    assert "Glutes" in html and "Hamstrings" not in html
    html = editor_client.get(admin_url(MuscleGroup) + "?state=published").content.decode()
    assert "Glutes" not in html and "Hamstrings" in html and "Quadriceps" in html


def test_scheduled_items_show_their_date_in_the_list(editor_client):
    make_guide("calves", "Calves", published_at=future())
    html = editor_client.get(admin_url(MuscleGroup) + "?state=scheduled").content.decode()
    assert "Calves" in html and "Scheduled for" in html and "Hamstrings" not in html


def test_guide_and_workout_change_forms_offer_view_on_site(editor_client):
    for obj in [MuscleGroup.objects.get(slug="hamstrings"), Workout.objects.get(slug="hamstring-workout")]:
        html = editor_client.get(admin_url(type(obj), "change", obj.pk)).content.decode()
        assert "View on site" in html, obj
        content_type = ContentType.objects.get_for_model(obj)
        response = editor_client.get(reverse("admin:view_on_site", args=[content_type.pk, obj.pk]))
        assert response.status_code == 302 and response.url.endswith(obj.get_absolute_url())


# Writing a guide


def guide_data(client, **fields):
    data = form_data(client.get(admin_url(MuscleGroup, "add")))
    data.update(
        name="Glutes",
        slug="glutes",
        title="How to train your glutes",
        summary="The muscles of the buttocks.",
        author=str(MuscleGroup.objects.get(slug="hamstrings").author_id),
        introduction="The glutes straighten the hip [@maeo-2021].",
        anatomy="Three muscles.",
        **{"muscles-0-name": "Gluteus maximus", "muscles-0-slug": "gluteus-maximus", "muscles-0-position": "1"},
    )
    data.update(fields)
    return data


def test_editor_creates_a_guide_with_a_muscle_and_it_is_logged(editor_client, editor):
    response = editor_client.post(admin_url(MuscleGroup, "add"), guide_data(editor_client))
    assert response.status_code == 302, response.context and response.context["errors"]
    guide = MuscleGroup.objects.get(slug="glutes")
    assert guide.status == MuscleGroup.Status.DRAFT
    assert list(guide.muscles.values_list("name", flat=True)) == ["Gluteus maximus"]
    assert [c.study.slug for c in guide.citations.all()] == ["maeo-2021"]
    entry = LogEntry.objects.get(object_id=str(guide.pk), content_type__model="musclegroup")
    assert entry.user == editor and "Gluteus maximus" in entry.get_change_message()
    change_form = editor_client.get(admin_url(MuscleGroup, "change", guide.pk)).content.decode()
    assert "Studies cited" in change_form and "[@maeo-2021]" in change_form


def test_the_guide_form_lists_the_exercises_it_discusses_in_order(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    response = editor_client.get(admin_url(MuscleGroup, "change", guide.pk))
    html = response.content.decode()
    assert "Exercises the guide discusses (recommended or left out, in order)" in html
    data = form_data(response)
    rows = sorted(
        (
            int(data[f"exercise_links-{n}-position"]),
            data[f"exercise_links-{n}-exercise"],
            data[f"exercise_links-{n}-verdict"],
        )
        for n in range(int(data["exercise_links-TOTAL_FORMS"]))
    )
    slugs = dict(Exercise.objects.values_list("pk", "slug"))
    assert [(slugs[int(pk)], verdict) for _, pk, verdict in rows] == [
        ("romanian-deadlift", "recommended"),
        ("seated-leg-curl", "recommended"),
        ("lying-leg-curl", "recommended"),
        ("nordic-hamstring", "left_out"),
        ("squat", "left_out"),
    ]


def test_editor_adds_an_exercise_to_a_guide_from_the_guide_form(editor_client, reader):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    good_morning = Exercise.objects.get(slug="good-morning")
    data = form_data(editor_client.get(admin_url(MuscleGroup, "change", guide.pk)))
    new = int(data["exercise_links-TOTAL_FORMS"])
    data.update(
        {
            "exercise_links-TOTAL_FORMS": str(new + 1),
            f"exercise_links-{new}-exercise": str(good_morning.pk),
            f"exercise_links-{new}-verdict": "left_out",
            f"exercise_links-{new}-position": "6",
            f"exercise_links-{new}-reason": "Heavy on the lower back [@ebben-2009].",
        }
    )
    response = editor_client.post(admin_url(MuscleGroup, "change", guide.pk), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    link = GuideExercise.objects.get(guide=guide, exercise=good_morning)
    assert link.verdict == GuideExercise.Verdict.LEFT_OUT
    assert [c.study.slug for c in link.citations.all()] == ["ebben-2009"]
    html = reader.get("/guides/hamstrings/").content.decode()
    left_out = html[html.index('id="left-out"') : html.index('id="workout"')]
    assert 'id="ex-good-morning"' in left_out and "Heavy on the lower back" in left_out
    assert 'href="#ref-ebben-2009"' in left_out


def test_a_guide_may_discuss_an_exercise_only_once(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    data = form_data(editor_client.get(admin_url(MuscleGroup, "change", guide.pk)))
    new = int(data["exercise_links-TOTAL_FORMS"])
    data.update(
        {
            "exercise_links-TOTAL_FORMS": str(new + 1),
            f"exercise_links-{new}-exercise": data["exercise_links-0-exercise"],
            f"exercise_links-{new}-verdict": "left_out",
            f"exercise_links-{new}-position": "9",
            f"exercise_links-{new}-reason": "Again.",
        }
    )
    response = editor_client.post(admin_url(MuscleGroup, "change", guide.pk), data)
    assert response.status_code == 200
    html = response.content.decode()
    # In plain words, on the row (Django's were "Please correct the duplicate data for exercise").
    assert "The same exercise is chosen in two rows: each exercise goes in this list once." in html
    assert "This exercise is already in another row: choose another exercise, or remove this row." in html
    assert "duplicate" not in html
    assert GuideExercise.objects.filter(guide=guide).count() == 5


def test_a_muscle_that_exercises_involve_is_not_deleted_from_the_guide_form(editor_client, reader):
    """Deleting it took its rows off published exercise pages, with "changed successfully" (editor review)."""
    guide = MuscleGroup.objects.get(slug="hamstrings")
    data = form_data(editor_client.get(admin_url(MuscleGroup, "change", guide.pk)))
    row = next(key.split("-")[1] for key, value in data.items() if key.endswith("-name") and value == "Semitendinosus")
    data[f"muscles-{row}-DELETE"] = "on"
    involvements = MuscleInvolvement.objects.filter(muscle__slug="semitendinosus").count()

    response = editor_client.post(admin_url(MuscleGroup, "change", guide.pk), data)

    assert response.status_code == 200
    assert "would require deleting the following protected related objects" in response.content.decode()
    assert MuscleInvolvement.objects.filter(muscle__slug="semitendinosus").count() == involvements > 0
    assert "Semitendinosus" in reader.get("/exercises/nordic-hamstring/").content.decode()


def change_form_queries(client, obj):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(admin_url(type(obj), "change", obj.pk)).status_code == 200
    return len(captured)


def test_the_guide_form_reads_its_muscles_joints_and_actions_for_all_rows_at_once(editor_client):
    """What a muscle row still costs: the parent choices and its two autocompletes' chosen values, 3 queries."""
    guide = MuscleGroup.objects.get(slug="hamstrings")
    before = change_form_queries(editor_client, guide)
    for number in range(4):
        muscle = Muscle.objects.create(group=guide, name=f"Extra {number}", slug=f"extra-{number}", position=50)
        muscle.joints.set(Joint.objects.all())
        muscle.actions.set(JointAction.objects.all()[:2])
    assert change_form_queries(editor_client, guide) - before <= 4 * 3


def test_a_head_can_only_hang_from_a_muscle_of_the_same_guide(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    form = editor_client.get(admin_url(MuscleGroup, "change", guide.pk)).context["inline_admin_formsets"][0]
    assert form.formset.model is Muscle
    parent_choices = {str(choice) for choice in form.formset.forms[0].fields["parent"].queryset}
    assert parent_choices == {"Semitendinosus", "Semimembranosus", "Biceps femoris"}


def test_preview_works_for_guides_and_workouts(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    data = form_data(editor_client.get(admin_url(MuscleGroup, "change", guide.pk)))
    data.update(wrap_up="Done [@van-dyk-2019].", _preview="Preview")
    html = editor_client.post(admin_url(MuscleGroup, "change", guide.pk), data).content.decode()
    assert "Preview: nothing is saved yet" in html and Study.objects.get(slug="van-dyk-2019").citation in html
    guide.refresh_from_db()
    assert "van-dyk-2019" not in guide.wrap_up

    workout = Workout.objects.get(slug="hamstring-workout")
    data = form_data(editor_client.get(admin_url(Workout, "change", workout.pk)))
    data.update(principles="## Heavy first\n\nThen light.", _preview="Preview")
    html = editor_client.post(admin_url(Workout, "change", workout.pk), data).content.decode()
    assert "<h3>Heavy first</h3>" in html  # nested under the page section the text sits in


@pytest.mark.parametrize("field", list(MuscleGroup.markdown_fields))
def test_an_unknown_study_in_any_guide_field_is_refused_on_that_field(editor_client, field):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    data = form_data(editor_client.get(admin_url(MuscleGroup, "change", guide.pk)))
    data[field] += " [@ghost-2000]"
    response = editor_client.post(admin_url(MuscleGroup, "change", guide.pk), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors[field] == [UNKNOWN_STUDY]
    guide.refresh_from_db()
    assert "ghost-2000" not in getattr(guide, field)


def test_an_unknown_study_in_a_guide_verdict_reason_is_refused_on_the_reason(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    data = form_data(editor_client.get(admin_url(MuscleGroup, "change", guide.pk)))
    data["exercise_links-1-reason"] += " [@ghost-2000]"
    response = editor_client.post(admin_url(MuscleGroup, "change", guide.pk), data)
    assert response.status_code == 200
    errors = inline_errors(response, GuideExercise)
    assert errors[1] == {"reason": [UNKNOWN_STUDY]}
    assert not any(errors[:1] + errors[2:])
    assert UNKNOWN_STUDY in response.content.decode()
    assert not GuideExercise.objects.filter(reason__contains="ghost-2000").exists()


def test_an_unknown_study_in_a_workout_is_refused_on_the_field(editor_client):
    workout = Workout.objects.get(slug="hamstring-workout")
    data = form_data(editor_client.get(admin_url(Workout, "change", workout.pk)))
    data["principles"] += " [@ghost-2000]"
    data["rest"] += " [@ghost-2000]"
    response = editor_client.post(admin_url(Workout, "change", workout.pk), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["principles"] == [UNKNOWN_STUDY] and errors["rest"] == [UNKNOWN_STUDY]
