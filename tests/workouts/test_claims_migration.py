"""A site seeded before the review of 26 November 2026 gets its corrected claims from ``migrate``.

The test seeds the site, winds the migrations back to before the correction, puts the seed's
earlier words back into a few fields (as such a site holds them) and an editor's own words into
another, migrates forward and checks what readers and search now find.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles.models import Muscle, MuscleGroup
from core.markup import render_inline_markdown, render_markdown
from exercises.models import MuscleInvolvement
from search.models import Document
from studies.models import Study

BEFORE_CORRECTION = [("workouts", "0010_session_length"), ("search", "0001_initial")]
OLD_SITTING_BONE = "Sitting bone (ischial tuberosity) at the back and bottom of the pelvis"
OLD_EBBEN_FINDING = (
    "In one session, 34 college athletes did six exercises often used for the hamstrings; biceps femoris and "
    "rectus femoris activity differed between the exercises, and biceps femoris activity was low in the squat. "
    "Women activated the hamstrings less, relative to the quadriceps, than men did."
)
OLD_VASTUS_LATERALIS_NOTE = (
    "Grew with squat training in several studies, for example at mid-thigh after 8 weeks of heavy parallel squats."
)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.mark.django_db(transaction=True)
def test_a_site_seeded_before_gets_the_corrected_claims_and_keeps_an_editors_words():
    call_command("seed_content", stdout=io.StringIO())
    seeded = {
        "ebben": Study.objects.values("finding", "population", "doi").get(slug="ebben-2009"),
        "origin": Muscle.objects.get(slug="semitendinosus").origin,
        "note": MuscleInvolvement.objects.get(exercise__slug="squat", muscle__slug="vastus-lateralis").note,
    }
    try:
        migrate(BEFORE_CORRECTION)
        Study.objects.filter(slug="ebben-2009").update(
            finding=OLD_EBBEN_FINDING, population="college athletes, women and men", doi="10.1123/ijspp.4.1.84"
        )
        Study.objects.filter(slug="kojic-2022").update(measure="An editor's own words.")
        Muscle.objects.filter(origin=seeded["origin"]).update(origin=OLD_SITTING_BONE)
        MuscleInvolvement.objects.filter(exercise__slug="squat", muscle__slug="vastus-lateralis").update(
            note=OLD_VASTUS_LATERALIS_NOTE, note_html=render_inline_markdown(OLD_VASTUS_LATERALIS_NOTE)
        )
        guide = MuscleGroup.objects.get(slug="hamstrings")
        old_introduction = guide.introduction.replace("from the floor or sprint.", "from the floor, sprint or jump.")
        MuscleGroup.objects.filter(pk=guide.pk).update(
            introduction=old_introduction, introduction_html=render_markdown(old_introduction, "introduction")
        )
        Document.objects.filter(weight_d__contains="college athletes").update(weight_d="women and men")
    finally:
        call_command("migrate", verbosity=0)  # as a deploy runs it: search's post_migrate indexes what is missing

    assert Study.objects.values("finding", "population", "doi").get(slug="ebben-2009") == seeded["ebben"]
    assert Study.objects.get(slug="kojic-2022").measure == "An editor's own words."  # left as the editor wrote it
    assert set(Muscle.objects.filter(origin=OLD_SITTING_BONE)) == set()
    assert Muscle.objects.filter(origin=seeded["origin"]).count() == 3
    involvement = MuscleInvolvement.objects.get(exercise__slug="squat", muscle__slug="vastus-lateralis")
    assert (involvement.note, involvement.note_html) == (seeded["note"], render_inline_markdown(seeded["note"]))
    guide = MuscleGroup.objects.get(slug="hamstrings")
    assert "sprint or jump" not in guide.introduction and "sprint or jump" not in guide.introduction_html
    assert guide.introduction_html == render_markdown(guide.introduction, "introduction")
    # The search index was written again from the corrected rows.
    assert not Document.objects.filter(weight_d="women and men").exists()
    assert Document.objects.filter(kind="studies").count() == Study.objects.published().count()
