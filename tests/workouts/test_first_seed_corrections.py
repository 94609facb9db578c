"""A site seeded by the first release gets the corrected words by migrating; an editor's own words stay.

The test seeds the site, winds the schema back to before the correcting
migration, writes the first release's words into the rows (as a database made
then still holds them), migrates forward and reads the pages.
"""

import io
import re
from importlib import import_module

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from core.markup import render_inline_markdown, render_markdown
from exercises.models import GuideExercise
from studies.models import Study
from tests.pages import between, page_text, without_glossary_links

MIGRATION = ("workouts", "0007_correct_first_seed")
correction = import_module(f"workouts.migrations.{MIGRATION[1]}")

EDITED_BY_AN_EDITOR = "Our own words on the lying curl, after reading the study ourselves."


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


def before_the_correction():
    """Every app at its latest migration, but workouts just before the correction."""
    graph = MigrationExecutor(connection).loader.graph
    parent = [node.key for node in graph.node_map[MIGRATION].parents if node.key[0] == MIGRATION[0]]
    return [leaf for leaf in graph.leaf_nodes() if leaf[0] != MIGRATION[0]] + parent


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def write_first_release_words(apps):
    """Put the first release's value back into every corrected field, as an old database holds it."""
    model = apps.get_model
    tables = [
        (model("articles", "MuscleGroup"), correction.GUIDES, lambda slug: {"slug": slug}),
        (model("articles", "Muscle"), correction.MUSCLES, lambda slug: {"slug": slug}),
        (model("studies", "Study"), correction.STUDIES, lambda slug: {"slug": slug}),
        (model("exercises", "Exercise"), correction.EXERCISES, lambda slug: {"slug": slug}),
        (
            model("exercises", "GuideExercise"),
            correction.GUIDE_EXERCISES,
            lambda key: {"guide__slug": key[0], "exercise__slug": key[1]},
        ),
        (
            model("exercises", "MuscleInvolvement"),
            correction.INVOLVEMENTS,
            lambda key: {"exercise__slug": key[0], "muscle__slug": key[1]},
        ),
        (model("workouts", "Workout"), correction.WORKOUTS, lambda slug: {"slug": slug}),
        (
            model("workouts", "WorkoutItem"),
            correction.WORKOUT_ITEMS,
            lambda key: {"workout__slug": key[0], "position": key[1]},
        ),
    ]
    for model_class, corrections, lookup in tables:
        names = {field.name for field in model_class._meta.get_fields()}
        render = render_inline_markdown if model_class._meta.model_name == "muscleinvolvement" else render_markdown
        for key, changes in corrections.items():
            old = {field: values[0] for field, values in changes.items()}
            old.update({f"{field}_html": render(value) for field, value in old.items() if f"{field}_html" in names})
            assert model_class.objects.filter(**lookup(key)).update(**old) == 1, key
    short_head = model("articles", "Muscle").objects.get(slug="biceps-femoris-short-head")
    short_head.actions.remove(*model("articles", "JointAction").objects.filter(slug="swing-deceleration"))
    model("exercises", "Exercise").objects.get(slug="romanian-deadlift").substitutes.clear()
    # The first release had no reanalysis of the Nordic meta-analysis.
    model("studies", "Citation").objects.filter(study__slug="impellizzeri-2021").delete()
    model("studies", "Study").objects.filter(slug="impellizzeri-2021").delete()

    # An editor rewrote one reason; another field was saved from the admin unchanged (CRLF line endings).
    lying = model("exercises", "GuideExercise").objects.filter(
        guide__slug="hamstrings", exercise__slug="lying-leg-curl"
    )
    lying.update(reason=EDITED_BY_AN_EDITOR, reason_html=render_markdown(EDITED_BY_AN_EDITOR))
    old_wrap_up = correction.GUIDES["hamstrings"]["wrap_up"][0]
    model("articles", "MuscleGroup").objects.filter(slug="hamstrings").update(
        wrap_up=old_wrap_up.strip().replace("\n", "\r\n")
    )


@pytest.mark.django_db(transaction=True)
def test_a_first_release_site_reads_the_corrected_guide_after_migrating(client):
    call_command("seed_content", stdout=io.StringIO())
    try:
        old_apps = migrate(before_the_correction())
        write_first_release_words(old_apps)
        # Read through the historical models: later migrations of any app (a new column) are not applied yet.
        reasons = old_apps.get_model("exercises", "GuideExercise").objects.filter(guide__slug="hamstrings")
        old_guide = " ".join(" ".join(reasons.values_list("reason_html", flat=True)).split())
        assert "No exercise does more" in old_guide and "muscle thickness rose" in old_guide
        migrate(latest())
    finally:
        migrate(latest())

    guide = " ".join(without_glossary_links(page_text(client, "/guides/hamstrings/")).split())
    for wrong in ["muscle thickness", "No exercise does more", "poor tool", "best bet", "train both of their jobs"]:
        assert wrong not in guide
    assert "volume, measured by MRI, grew by 14% with the seated curl against 9%" in guide
    assert "only 5 of the 15 studies had randomly assigned people to the Nordic" in guide
    assert "Of the two curls, the seated one grew the hamstrings more" in guide  # the wrap-up saved with CRLF
    assert "StrengthLog" in guide
    # The editor's words are kept as written.
    assert GuideExercise.objects.get(guide__slug="hamstrings", exercise__slug="lying-leg-curl").reason == (
        EDITED_BY_AN_EDITOR
    )
    assert EDITED_BY_AN_EDITOR in guide

    html = page_text(client, "/guides/hamstrings/")
    assert "deceleration of the swinging leg" in between(html, 'id="muscle-biceps-femoris-short-head"', "</tr>")

    # The study the corrected Nordic text cites is added and public; the Maeo study reads volume by MRI.
    assert Study.objects.get(slug="impellizzeri-2021").citations.exists()
    assert "inconclusive" in page_text(client, "/studies/impellizzeri-2021/")
    maeo = page_text(client, "/studies/maeo-2021/")
    assert "Muscle volume by MRI" in maeo and "thickness" not in maeo

    workout = " ".join(page_text(client, "/workouts/hamstring-workout/").split())
    assert "through both of its jobs" not in workout and "reps in reserve" in workout

    # Exercise pages get their steps and mistakes; seeding again links the substitutes the old text only named.
    call_command("seed_content", stdout=io.StringIO())
    rdl = page_text(client, "/exercises/romanian-deadlift/")
    assert "<ol" in between(rdl, "How to do it", "</ol>") and "Rounding the back" in rdl
    assert "single-leg Romanian deadlift" not in rdl
    assert 'href="/exercises/good-morning/"' in between(rdl, "Substitutes", "</ul>")


@pytest.mark.django_db(transaction=True)
def test_the_correction_changes_nothing_on_a_site_seeded_after_it(client):
    call_command("seed_content", stdout=io.StringIO())
    urls = ["/guides/hamstrings/", "/exercises/squat/", "/workouts/hamstring-workout/", "/studies/maeo-2021/"]
    before = [without_csrf_token(page_text(client, url)) for url in urls]
    try:
        migrate(before_the_correction())
        migrate(latest())
    finally:
        migrate(latest())
    assert [without_csrf_token(page_text(client, url)) for url in urls] == before


def without_csrf_token(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
