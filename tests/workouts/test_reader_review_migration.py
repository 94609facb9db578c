"""A site seeded before the reader review of 27 November 2026 gets its corrections from ``migrate``.

As in ``test_claims_migration``: the test seeds the site, winds the migrations back to before
the correction, puts the seed's previous words back into fields (as such a site holds them) and
an editor's own words into another, migrates forward and checks what readers and search find.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles.models import Muscle, MuscleGroup
from core.markup import render_inline_markdown, render_markdown
from exercises.models import GuideExercise, MuscleInvolvement
from search.models import Document
from studies.models import Study
from tests.core.test_seed_facts import references_after
from tests.pages import page_text
from workouts.models import Workout

BEFORE_CORRECTION = [
    ("workouts", "0011_correct_claims_beyond_the_sheets"),
    ("search", "0003_reindex_guide_other_names"),
]
# The seed's words before the review, as a site seeded then still holds them.
OLD_LEG_PRESS_REASON = """\
The leg press follows the same pattern as the squat: the hips and knees straighten together.
In EMG studies it worked the vasti at least as hard as the leg extension, and the vastus
lateralis harder in trained men, while the rectus femoris was less active: in a leg press
at 80% of 1RM it was no more active than in a leg extension at 20% [@ema-2016][@stien-2021].
In the workout (our recommendation) it works the vasti a second time, at moderate reps and
without a loaded bar on the spine, so it can still be taken close to failure after the squats.
"""
OLD_SQUAT_REASON = """\
The squat is often sold as a hamstring exercise, but the evidence says otherwise. Standing up
from a squat straightens the hip and the knee together. The hamstrings that cross both joints
lengthen at the hip while they shorten at the knee, so their length barely changes through the
rep. (Some hamstring activity in a squat is normal: working together with the quadriceps helps
protect the knee.)

The measurements agree. In a one-session study of 34 college athletes, which measured the
biceps femoris, its activity was low in the squat [@ebben-2009]; and after 10 weeks of
squatting twice a week, whole-hamstring muscle volume measured by MRI had not grown
[@kubo-2019]. Squat for your quadriceps, glutes and adductors; the
[quadriceps guide](/guides/quadriceps/) explains how.
"""
OLD_EBBEN_FINDING = (
    "In one session, 34 college athletes did six exercises often used for the hamstrings; biceps femoris and "
    "rectus femoris activity differed between the exercises, and biceps femoris activity was low in the squat."
)
OLD_VASTUS_LATERALIS_ORIGIN = (
    "Upper femur: greater trochanter, intertrochanteric line, gluteal tuberosity and the outer lip of the linea aspera"
)
OLD_PROGRESSION = (
    "When every set reaches the top of its rep range with good technique, add weight next time; "
    "otherwise add reps within the range."
)
OLD_SQUAT_AND_LEG_PRESS = """\
Squats and leg presses extend hip and knee at once. The vasti grow well from them, the rectus
femoris little if at all: its volume had not changed after 10 weeks of
squats [@kubo-2019]"""
EDITORS_NOTE = "An editor's own note on the long head."
EDITORS_FINDING = "An editor's own summary of Kojic 2022."


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def reason(guide, exercise):
    return GuideExercise.objects.get(guide__slug=guide, exercise__slug=exercise)


def stored(row):
    """A reason as readers get it: its words, its HTML and the studies its citation rows list, in order."""
    cited = row.citations.order_by("position").values_list("study__slug", flat=True)
    return row.reason, row.reason_html, list(cited)


def long_head_note():
    return MuscleInvolvement.objects.get(exercise__slug="squat", muscle__slug="biceps-femoris-long-head")


def put_back(guide, exercise, words):
    GuideExercise.objects.filter(pk=reason(guide, exercise).pk).update(
        reason=words.replace("\n", "\r\n"),  # as a browser's form sends it
        reason_html=render_markdown(words, "reason"),
    )


@pytest.mark.django_db(transaction=True)
def test_a_site_seeded_before_gets_the_corrected_words_and_citations_and_keeps_an_editors(client):
    call_command("seed_content", stdout=io.StringIO())
    seeded = {
        "leg press": stored(reason("quadriceps", "leg-press")),
        "squat": stored(reason("hamstrings", "squat")),
        "ebben": Study.objects.get(slug="ebben-2009").finding,
        "origin": Muscle.objects.get(slug="vastus-lateralis").origin,
        "progression": Workout.objects.values("progression", "progression_html").get(slug="quadriceps-workout"),
        "guide": MuscleGroup.objects.values("exercises_intro", "exercises_intro_html").get(slug="quadriceps"),
    }
    try:
        migrate(BEFORE_CORRECTION)
        put_back("quadriceps", "leg-press", OLD_LEG_PRESS_REASON)
        put_back("hamstrings", "squat", OLD_SQUAT_REASON)
        Study.objects.filter(slug="ebben-2009").update(finding=OLD_EBBEN_FINDING)
        MuscleInvolvement.objects.filter(pk=long_head_note().pk).update(
            note=EDITORS_NOTE, note_html=render_inline_markdown(EDITORS_NOTE)
        )
        Study.objects.filter(slug="kojic-2022").update(finding=EDITORS_FINDING)
        Muscle.objects.filter(slug="vastus-lateralis").update(origin=OLD_VASTUS_LATERALIS_ORIGIN)
        Workout.objects.filter(slug="quadriceps-workout").update(
            progression=OLD_PROGRESSION, progression_html=render_markdown(OLD_PROGRESSION, "progression")
        )
        guide = MuscleGroup.objects.get(slug="quadriceps")
        first = guide.exercises_intro.index(" [@kubo-2019]") + len(" [@kubo-2019]")
        old_intro = OLD_SQUAT_AND_LEG_PRESS + guide.exercises_intro[first:]
        MuscleGroup.objects.filter(pk=guide.pk).update(
            exercises_intro=old_intro, exercises_intro_html=render_markdown(old_intro, "exercises-intro")
        )
        Document.objects.filter(weight_b__contains="college athletes").update(weight_b="activity was low in the squat")
    finally:
        call_command("migrate", verbosity=0)  # as a deploy runs it: search's post_migrate indexes what is missing

    assert stored(reason("quadriceps", "leg-press")) == seeded["leg press"]
    assert stored(reason("hamstrings", "squat")) == seeded["squat"]
    assert seeded["squat"][2] == ["kubo-2019", "ebben-2009"]  # the rows follow the new order of citation
    assert Study.objects.get(slug="ebben-2009").finding == seeded["ebben"]
    assert (long_head_note().note, long_head_note().note_html) == (EDITORS_NOTE, EDITORS_NOTE)  # the editor's
    assert Study.objects.get(slug="kojic-2022").finding == EDITORS_FINDING  # left as the editor wrote it
    assert Muscle.objects.get(slug="vastus-lateralis").origin == seeded["origin"]
    workout = Workout.objects.get(slug="quadriceps-workout")
    assert {"progression": workout.progression, "progression_html": workout.progression_html} == seeded["progression"]
    guide = MuscleGroup.objects.get(slug="quadriceps")
    assert {"exercises_intro": guide.exercises_intro, "exercises_intro_html": guide.exercises_intro_html} == (
        seeded["guide"]
    )
    after = references_after(page_text(client, "/guides/quadriceps/"), "a leg extension at 20%")
    assert [[slug for _, slug in references] for references in after] == [["ema-2016"]]
    # The search index was written again from the corrected rows.
    assert not Document.objects.filter(weight_b__contains="low in the squat").exists()
    assert Document.objects.filter(kind="studies").count() == Study.objects.published().count()
