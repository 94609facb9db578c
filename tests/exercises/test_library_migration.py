"""A database made before the library model migrates to it with every editor's row kept.

The test winds the schema back to the last release before global exercises
(exercises belonged to one guide, studies lived in ``exercises``), writes the
kind of content editors made with it through the historical models, migrates
forward, and checks what readers and editors find.
"""

import pytest
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from articles.models import Author, MuscleGroup
from core.models import SlugRedirect
from exercises.models import Exercise, GuideExercise
from studies.models import Citation, Study
from workouts.models import Workout

BEFORE_LIBRARY = [
    ("studies", None),
    ("core", None),
    ("articles", "0004_editors_group"),
    ("exercises", "0005_study_updated_at"),
    ("workouts", "0003_editors_permissions"),
    ("admin", "0003_logentry_add_action_flag_choices"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([target for target in targets if target[1]]).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def old_content(apps):
    """What a site made before the library held: two guides, exercises with verdicts, citations, a workout."""
    Author = apps.get_model("articles", "Author")
    MuscleGroup = apps.get_model("articles", "MuscleGroup")
    Muscle = apps.get_model("articles", "Muscle")
    Exercise = apps.get_model("exercises", "Exercise")
    MuscleInvolvement = apps.get_model("exercises", "MuscleInvolvement")
    Study = apps.get_model("exercises", "Study")
    Citation = apps.get_model("exercises", "Citation")
    Workout = apps.get_model("workouts", "Workout")
    WorkoutItem = apps.get_model("workouts", "WorkoutItem")
    SlugRedirect = apps.get_model("articles", "SlugRedirect")
    ContentType = apps.get_model("contenttypes", "ContentType")

    invented = Author.objects.create(name="Sam Carter", bio="Coach. This profile is a placeholder for the author.")
    real = Author.objects.create(name="Ada Editor", bio="Wrote the calves guide.")
    now = timezone.now()
    hamstrings = MuscleGroup.objects.create(
        name="Hamstrings",
        slug="hamstrings",
        title="Hamstrings",
        summary="s",
        author=invented,
        introduction="Intro [@maeo-2021].",
        introduction_html="<p>Intro</p>",
        anatomy="a",
        status="published",
        published_at=now,
    )
    calves = MuscleGroup.objects.create(
        name="Calves",
        slug="calves",
        title="Train your calves",
        summary="s",
        author=real,
        introduction="i",
        anatomy="a",
        status="published",
        published_at=now,
        image="images/articles/musclegroup/x/original.jpg",
        image_alt="Calves from behind",
        image_renditions=[{"width": 480, "height": 320, "webp": "a.webp", "fallback": "a.jpg"}],
    )
    soleus = Muscle.objects.create(group=calves, name="Soleus", slug="soleus")
    maeo = Study.objects.create(
        slug="maeo-2021",
        authors="Maeo S, et al",
        title="Long lengths",
        journal="MSSE",
        year=2021,
        finding="Seated beat lying.",
    )
    editor_study = Study.objects.create(
        slug="calf-2020", authors="Calf C", title="Calf raises", journal="J Calves", year=2020, finding="Grew."
    )
    curl = Exercise.objects.create(
        name="Seated leg curl",
        slug="seated-leg-curl",
        muscle_group=hamstrings,
        summary="s",
        equipment="machine",
        mechanics="isolation",
        description="Sit.",
        recommended=True,
        position=2,
        verdict="Seated grew more [@maeo-2021].",
        verdict_html="<p>Seated grew more</p>",
        status="published",
        published_at=now,
    )
    raise_ = Exercise.objects.create(
        name="Seated calf raise",
        slug="seated-calf-raise",
        muscle_group=calves,
        summary="s",
        equipment="machine",
        mechanics="isolation",
        description="Raise [@calf-2020].",
        recommended=False,
        position=5,
        verdict="Left out: the knee is bent.",
        status="published",
        published_at=now,
    )
    MuscleInvolvement.objects.create(exercise=raise_, muscle=soleus, role="primary", note="Knee bent.")
    Citation.objects.create(study=maeo, guide=hamstrings, position=0)
    Citation.objects.create(study=maeo, exercise=curl, position=0)
    Citation.objects.create(study=editor_study, exercise=raise_, position=0)
    workout = Workout.objects.create(
        name="Calf day",
        slug="calf-day",
        muscle_group=calves,
        goal="g",
        summary="s",
        principles="Why [@calf-2020].",
        status="published",
        published_at=now,
    )
    WorkoutItem.objects.create(workout=workout, exercise=raise_, position=1, sets=3, reps=15, note="Slow.")
    exercise_type = ContentType.objects.get_or_create(app_label="exercises", model="exercise")[0]
    study_type = ContentType.objects.get_or_create(app_label="exercises", model="study")[0]
    SlugRedirect.objects.create(content_type=exercise_type, object_id=raise_.pk, old_slug="calf-raise")
    SlugRedirect.objects.create(content_type=study_type, object_id=editor_study.pk, old_slug="calf-2019")
    editor = apps.get_model("auth", "User").objects.create(username="ada", is_staff=True)
    apps.get_model("admin", "LogEntry").objects.create(
        user=editor,
        content_type=study_type,
        object_id=str(editor_study.pk),
        object_repr="Calf raises",
        action_flag=2,
        change_message="Corrected the year.",
    )
    return {"study_pk": editor_study.pk, "raise_pk": raise_.pk}


@pytest.mark.django_db(transaction=True)
def test_content_made_before_the_library_survives_the_migration(client):
    try:
        made = old_content(migrate(BEFORE_LIBRARY))
        migrate(latest())
    finally:
        migrate(latest())

    # Exercises keep their guide's verdict, reason and position, now as a guide's link.
    raise_ = Exercise.objects.get(slug="seated-calf-raise")
    assert raise_.pk == made["raise_pk"]
    link = GuideExercise.objects.get(exercise=raise_)
    assert (link.guide.slug, link.verdict, link.reason, link.position) == (
        "calves",
        GuideExercise.Verdict.LEFT_OUT,
        "Left out: the knee is bent.",
        5,
    )
    assert GuideExercise.objects.get(exercise__slug="seated-leg-curl").verdict == GuideExercise.Verdict.RECOMMENDED
    assert [(i.muscle.slug, i.role, i.note) for i in raise_.involvements.all()] == [("soleus", "primary", "Knee bent.")]

    # Studies keep their ids; citations are rebuilt for every citing text, workouts included.
    study = Study.objects.get(slug="calf-2020")
    assert study.pk == made["study_pk"]
    cited_by = {type(c.source).__name__ + ":" + str(c.source) for c in Citation.objects.filter(study=study)}
    assert cited_by == {"Exercise:Seated calf raise", "Workout:Calf day"}
    maeo_cited_by = {type(c.source).__name__ for c in Citation.objects.filter(study__slug="maeo-2021")}
    assert maeo_cited_by == {"MuscleGroup", "GuideExercise"}

    # Workouts keep their items; a fixed target of 15 reps is the range 15 to 15.
    item = Workout.objects.get(slug="calf-day").items.get()
    assert (item.sets, item.reps_min, item.reps_max, item.unit, item.note) == (3, 15, 15, "reps", "Slow.")

    # Images and editors' authors are untouched; the invented author becomes the site's team.
    calves = MuscleGroup.objects.get(slug="calves")
    assert calves.image.name == "images/articles/musclegroup/x/original.jpg"
    assert calves.image_renditions[0]["webp"] == "a.webp"
    assert Author.objects.filter(name="Ada Editor", bio="Wrote the calves guide.", is_team=False).exists()
    assert not Author.objects.filter(name="Sam Carter").exists()
    assert MuscleGroup.objects.get(slug="hamstrings").author.is_team

    # The admin's history of the study follows it.
    entry = LogEntry.objects.get(change_message="Corrected the year.")
    assert (entry.content_type.app_label, entry.get_edited_object()) == ("studies", study)

    # Old addresses move to core and keep working, the study's under its new model.
    assert SlugRedirect.objects.count() == 2
    assert client.get("/exercises/calf-raise/").headers["Location"] == "/exercises/seated-calf-raise/"
    response = client.get("/studies/calf-2019/")
    assert (response.status_code, response.headers["Location"]) == (301, "/studies/calf-2020/")
    assert client.get("/studies/calf-2020/").status_code == 200
