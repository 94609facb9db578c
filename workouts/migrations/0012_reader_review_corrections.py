"""Correct what a reader review of 27 November 2026 found in the seed content, in databases that still hold it.

The quadriceps guide's leg press section cited Ema 2016 and Stien 2021 together for a result
only Ema 2016 reports (the rectus femoris no more active in a leg press at 80% of 1RM than in a
leg extension at 20%; Stien 2021 tested 6RM loads). The section now cites each study for what
it found.

Ebben 2009 was cited for low biceps femoris activity in the squat. The hamstrings sheet states
that result but marks nothing verified; the quadriceps sheet's check of the study found no
per-exercise values in the abstract and calls the figures it saw elsewhere UNVERIFIED. The
study's finding, the hamstrings guide's squat section and the squat's note on the biceps
femoris long head now say only what was checked: what the study recorded, and that the
abstract gives no value for each exercise.

As in ``0011_correct_claims_beyond_the_sheets``, each field changes only while it still holds
the seed's previous words (line endings and surrounding blank space aside): a field an editor
rewrote is left alone. Rendered HTML follows each changed text, and the citation rows of each
changed text that cites studies are written again from its Markdown (as ``0007`` does), in
order of first citation. The words are frozen here, not imported from the seed.
"""

from django.db import migrations

from core.markup import cited_keys, render_inline_markdown, render_markdown

# {lookup: {field: (the seed's previous words, the corrected words)}}
# BEGIN FROZEN WORDS
STUDIES = {
    "ebben-2009": {
        "finding": (
            "In one session, 34 college athletes did six exercises often used for the hamstrings; biceps femoris and rectus femoris activity differed between the exercises, and biceps femoris activity was low in the squat.",
            "In one session, 34 college athletes did six exercises (the squat, seated leg curl, stiff-leg deadlift, single-leg stiff-leg deadlift, good morning and Russian curl) while the activity of the biceps femoris and rectus femoris was recorded. The abstract gives no values for the separate exercises, so this site does not report how they compared.",
        ),
    },
}

GUIDES = {}

MUSCLES = {}

EXERCISES = {}

INVOLVEMENTS = {
    ("squat", "biceps-femoris-long-head"): {
        "note": (
            "Biceps femoris activity was low in the squat in a one-session EMG study, and whole-hamstring volume did not change after 10 weeks of squats (MRI).",
            "Whole-hamstring volume did not change after 10 weeks of squats (MRI); the long head was not measured on its own.",
        ),
    },
}

GUIDE_EXERCISES = {
    ("hamstrings", "squat"): {
        "reason": (
            """\
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
""",
            """\
The squat is often sold as a hamstring exercise, but the evidence says otherwise. Standing up
from a squat straightens the hip and the knee together. The hamstrings that cross both joints
lengthen at the hip while they shorten at the knee, so their length barely changes through the
rep. (Some hamstring activity in a squat is normal: working together with the quadriceps helps
protect the knee.)

A training study agrees: ten weeks of squats, two sessions a week, left the volume of the
hamstrings as a whole unchanged (MRI) [@kubo-2019]. A one-session EMG study of 34 college
athletes also recorded the biceps femoris during the squat and five other exercises
[@ebben-2009], but its abstract gives no value for each exercise, so we rest nothing on it.
Squat for your quadriceps, glutes and adductors; the [quadriceps guide](/guides/quadriceps/)
explains how.
""",
        ),
    },
    ("quadriceps", "leg-press"): {
        "reason": (
            """\
The leg press follows the same pattern as the squat: the hips and knees straighten together.
In EMG studies it worked the vasti at least as hard as the leg extension, and the vastus
lateralis harder in trained men, while the rectus femoris was less active: in a leg press
at 80% of 1RM it was no more active than in a leg extension at 20% [@ema-2016][@stien-2021].
In the workout (our recommendation) it works the vasti a second time, at moderate reps and
without a loaded bar on the spine, so it can still be taken close to failure after the squats.
""",
            """\
The leg press follows the same pattern as the squat: the hips and knees straighten together.
In EMG studies it worked the vasti at least as hard as the leg extension: no differently in
one [@ema-2016]; in the other, with trained men at their 6RM, the vastus lateralis harder,
while the vastus medialis showed no significant difference [@stien-2021]. The rectus femoris
went the other way: both studies found it less active in the leg press than in the leg
extension [@ema-2016][@stien-2021], and in the first, a leg press at 80% of 1RM activated it
no more than a leg extension at 20% [@ema-2016].
In the workout (our recommendation) it works the vasti a second time, at moderate reps and
without a loaded bar on the spine, so it can still be taken close to failure after the squats.
""",
        ),
    },
}

WORKOUTS = {}

WORKOUT_ITEMS = {}
# END FROZEN WORDS

INLINE = {("exercises", "muscleinvolvement")}
# The Markdown fields of each model whose texts cite studies, as its ``markdown_fields`` are today.
CITING_TEXTS = {
    ("articles", "musclegroup"): ("introduction", "anatomy", "exercises_intro", "left_out_intro", "wrap_up", "sources"),
    ("exercises", "exercise"): ("description", "steps", "mistakes", "safety", "cues"),
    ("exercises", "guideexercise"): ("reason",),
    ("workouts", "workout"): ("frequency", "rest", "effort", "warm_up", "progression", "principles"),
}


def same(value, old):
    return (value or "").replace("\r\n", "\n").strip() == old.strip()


def correct(obj, changes):
    """Apply each change whose field still holds its old words, its HTML rendered as the model renders it.

    Return whether any applied."""
    meta = obj._meta
    names = {field.name for field in meta.get_fields()}
    fields = [field for field, (old, new) in changes.items() if same(getattr(obj, field), old)]
    for field in fields:
        new = changes[field][1]
        setattr(obj, field, new)
        if f"{field}_html" in names:
            if (meta.app_label, meta.model_name) in INLINE:
                html = render_inline_markdown(new)
            else:
                html = render_markdown(new, field.replace("_", "-"))
            setattr(obj, f"{field}_html", html)
    if fields:
        obj.save()
    return bool(fields)


def correct_rows(model, corrections, lookup):
    """Correct each row ``lookup(key)`` finds; return the rows that changed."""
    changed = []
    for key, changes in corrections.items():
        for obj in model.objects.filter(**lookup(key)):
            if correct(obj, changes):
                changed.append(obj)
    return changed


def rebuild_citations(apps, sources):
    """Each changed citing text's Citation rows, from its Markdown, first citation first."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Study = apps.get_model("studies", "Study")
    Citation = apps.get_model("studies", "Citation")
    for source in sources:
        meta = source._meta
        fields = CITING_TEXTS.get((meta.app_label, meta.model_name))
        if fields is None:
            continue
        slugs = list(dict.fromkeys(slug for field in fields for slug in cited_keys(getattr(source, field))))
        studies = Study.objects.in_bulk(slugs, field_name="slug")
        content_type, _ = ContentType.objects.get_or_create(app_label=meta.app_label, model=meta.model_name)
        Citation.objects.filter(content_type=content_type, object_id=source.pk).delete()
        Citation.objects.bulk_create(
            Citation(study=studies[slug], content_type=content_type, object_id=source.pk, position=position)
            for position, slug in enumerate(slug for slug in slugs if slug in studies)
        )


def correct_reader_review(apps, schema_editor):
    model = apps.get_model
    correct_rows(model("studies", "Study"), STUDIES, lambda slug: {"slug": slug})
    correct_rows(model("articles", "Muscle"), MUSCLES, lambda key: {"group__slug": key[0], "slug": key[1]})
    correct_rows(
        model("exercises", "MuscleInvolvement"),
        INVOLVEMENTS,
        lambda key: {"exercise__slug": key[0], "muscle__slug": key[1]},
    )
    correct_rows(
        model("workouts", "WorkoutItem"), WORKOUT_ITEMS, lambda key: {"workout__slug": key[0], "position": key[1]}
    )
    cited = correct_rows(model("articles", "MuscleGroup"), GUIDES, lambda slug: {"slug": slug})
    cited += correct_rows(model("exercises", "Exercise"), EXERCISES, lambda slug: {"slug": slug})
    cited += correct_rows(
        model("exercises", "GuideExercise"),
        GUIDE_EXERCISES,
        lambda key: {"guide__slug": key[0], "exercise__slug": key[1]},
    )
    cited += correct_rows(model("workouts", "Workout"), WORKOUTS, lambda slug: {"slug": slug})
    rebuild_citations(apps, cited)


class Migration(migrations.Migration):
    dependencies = [
        ("workouts", "0011_correct_claims_beyond_the_sheets"),
        ("articles", "0012_guide_other_names"),
        ("exercises", "0016_protect_involved_muscles"),
        ("studies", "0003_bare_dois"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(correct_reader_review, migrations.RunPython.noop)]
