"""A site seeded before the reader review of 27 November 2026 gets its corrections from ``migrate``.

As in ``test_claims_migration``: the test seeds the site, winds the migrations back to before
the correction, puts the seed's previous words back into fields (as such a site holds them),
migrates forward and checks what readers see.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from core.markup import render_markdown
from exercises.models import GuideExercise
from tests.core.test_seed_facts import references_after
from tests.pages import page_text

BEFORE_CORRECTION = [("workouts", "0011_correct_claims_beyond_the_sheets")]
OLD_LEG_PRESS_REASON = """\
The leg press follows the same pattern as the squat: the hips and knees straighten together.
In EMG studies it worked the vasti at least as hard as the leg extension, and the vastus
lateralis harder in trained men, while the rectus femoris was less active: in a leg press
at 80% of 1RM it was no more active than in a leg extension at 20% [@ema-2016][@stien-2021].
In the workout (our recommendation) it works the vasti a second time, at moderate reps and
without a loaded bar on the spine, so it can still be taken close to failure after the squats.
"""


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def leg_press():
    return GuideExercise.objects.get(guide__slug="quadriceps", exercise__slug="leg-press")


def cited(row):
    return list(row.citations.order_by("position").values_list("study__slug", flat=True))


@pytest.mark.django_db(transaction=True)
def test_a_site_seeded_before_gets_the_corrected_words_and_citations(client):
    call_command("seed_content", stdout=io.StringIO())
    seeded = {"leg press": (leg_press().reason, leg_press().reason_html, cited(leg_press()))}
    try:
        migrate(BEFORE_CORRECTION)
        GuideExercise.objects.filter(pk=leg_press().pk).update(
            reason=OLD_LEG_PRESS_REASON.replace("\n", "\r\n"),  # as a browser's form sends it
            reason_html=render_markdown(OLD_LEG_PRESS_REASON, "reason"),
        )
    finally:
        call_command("migrate", verbosity=0)  # as a deploy runs it

    assert (leg_press().reason, leg_press().reason_html, cited(leg_press())) == seeded["leg press"]
    after = references_after(page_text(client, "/guides/quadriceps/"), "a leg extension at 20%")
    assert [[slug for _, slug in references] for references in after] == [["ema-2016"]]
