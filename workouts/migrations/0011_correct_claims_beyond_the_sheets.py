"""Correct claims of the seed content that go beyond the fact sheets, in databases that still hold them.

A review against shared/content/*-facts.md (26 November 2026) found study entries and a few
sentences saying more than the sheets support: Ebben 2009's difference between women and men
(the sheets give neither), Kojic 2022's strength result (the sheet has cross-sectional area
only), Maeo 2021's "later bout of hard lowering work" (the sheet has the title's "similar damage
protection" only), Schoenfeld 2016's population, duration and measures, Earp 2015's growth of
"each of the three vasti", the squat's notes on the vastus lateralis and intermedius, and
Ebben's DOI, which the sheets do not verify. Some sentences were reworded: five followed a
sheet word for word or nearly (an anatomy label, van Dyk 2019's result in two places, Kubo
2019's and the leg press's role), one said the hamstrings work when you jump, which no sheet
says.

As in ``0007_correct_first_seed``, each field changes only while it still holds the seed's
words (line endings and surrounding blank space aside): a field an editor rewrote is left
alone. Rendered HTML follows each changed text; the changed texts cite the same studies in the
same order, so their citation rows stand. The words are frozen here, not imported from the seed.
"""

from django.db import migrations

from core.markup import render_inline_markdown, render_markdown

# {lookup: {field: (the seed's words, the corrected words)}}
STUDIES = {
    "maeo-2021": {
        "finding": (
            "Whole-hamstring volume grew more with seated than with lying leg curls (+14% against +9%), as did each muscle that crosses hip and knee, while the short head of the biceps femoris, which crosses only the knee, grew about equally (+10% against +9%). Both kinds of training protected the muscles similarly against damage from a later bout of hard lowering work.",
            "Whole-hamstring volume grew more with seated than with lying leg curls (+14% against +9%), as did each muscle that crosses hip and knee, while the short head of the biceps femoris, which crosses only the knee, grew about equally (+10% against +9%). Both kinds of training gave similar protection against muscle damage, as the paper's title reports.",
        ),
    },
    "van-dyk-2019": {
        "population": (
            "athletes of both sexes in various sports and age groups (15 studies)",
            "athletes of both sexes in various sports (15 studies)",
        ),
        "finding": (
            "Across 15 studies of 8,459 athletes, injury prevention programmes that included the Nordic hamstring exercise had about half the hamstring injury rate of programmes without it (risk ratio 0.49, 95% CI 0.32 to 0.74).",
            "Across 15 studies of 8,459 athletes, injury prevention programmes that included the Nordic hamstring exercise saw hamstring injuries at about half the rate of programmes without it (risk ratio 0.49, 95% CI 0.32 to 0.74).",
        ),
    },
    "ebben-2009": {
        "doi": (
            "10.1123/ijspp.4.1.84",
            "",
        ),
        "population": (
            "college athletes, women and men",
            "college athletes",
        ),
        "finding": (
            "In one session, 34 college athletes did six exercises often used for the hamstrings; biceps femoris and rectus femoris activity differed between the exercises, and biceps femoris activity was low in the squat. Women activated the hamstrings less, relative to the quadriceps, than men did.",
            "In one session, 34 college athletes did six exercises often used for the hamstrings; biceps femoris and rectus femoris activity differed between the exercises, and biceps femoris activity was low in the squat.",
        ),
    },
    "kubo-2019": {
        "finding": (
            "Knee extensor volume grew by about 5% with full and with half squats (+4.9% and +4.6%), while rectus femoris and hamstring volume did not change in either group. The adductors and gluteus maximus grew more with full squats (+6.2% and +6.7%) than with half squats (+2.7% and +2.2%).",
            "Knee extensor volume grew by about 5% with full and with half squats (+4.9% and +4.6%), while neither group's rectus femoris or hamstrings changed in volume. The adductors and gluteus maximus grew more with full squats (+6.2% and +6.7%) than with half squats (+2.7% and +2.2%).",
        ),
    },
    "earp-2015": {
        "finding": (
            "Heavy parallel squats and jump squats grew the vasti, each in its own pattern along the thigh, but the rectus femoris did not grow at any of the three places measured.",
            "The vasti grew (the vastus medialis, for one, near the knee and at mid-thigh with heavy squats), but the rectus femoris did not grow at any of the three places measured.",
        ),
    },
    "ema-2017": {
        "measure": (
            "Surface EMG of the quadriceps and hamstrings during parallel squats",
            "Surface EMG of the rectus femoris, vastus lateralis and vastus medialis during parallel squats",
        ),
    },
    "kojic-2022": {
        "measure": (
            "Cross-sectional area of each of the four quadriceps muscles; squat 1RM",
            "Cross-sectional area of each of the four quadriceps muscles",
        ),
        "finding": (
            "All four quadriceps muscles grew, the rectus femoris included (a small effect, as for the vastus intermedius), with no significant difference in growth between the four; squat strength gains went with growth of the vastus lateralis only.",
            "All four quadriceps muscles grew, the rectus femoris included (a small effect, as for the vastus intermedius), with no significant difference in growth between the four.",
        ),
    },
    "schoenfeld-2016-frequency": {
        "population": (
            "10 training studies of people without chronic disease or injury",
            "10 training studies",
        ),
        "duration": (
            "Studies lasting at least 4 weeks",
            "No single duration: it pooled 10 studies",
        ),
        "measure": (
            "Hypertrophy effect size (biopsy, imaging, circumference or densitometry)",
            "Hypertrophy effect size",
        ),
    },
}

GUIDES = {
    "hamstrings": {
        "introduction": (
            """\
Your hamstrings run down the back of each thigh and make up a large muscle group of the leg.
They have two main jobs: they straighten (extend) the hip and they bend (flex) the knee. You
use them whenever you pick something up from the floor, sprint or jump.

This guide shows how the three hamstring muscles are built, what each of them does, and why
that decides which exercises train them well. It ends with a workout of three exercises that
trains every part of the group. The muscles on the front of the thigh have
[a guide of their own](/guides/quadriceps/).
""",
            """\
Your hamstrings run down the back of each thigh and make up a large muscle group of the leg.
They have two main jobs: they straighten (extend) the hip and they bend (flex) the knee. You
use them whenever you pick something up from the floor or sprint.

This guide shows how the three hamstring muscles are built, what each of them does, and why
that decides which exercises train them well. It ends with a workout of three exercises that
trains every part of the group. The muscles on the front of the thigh have
[a guide of their own](/guides/quadriceps/).
""",
        ),
    },
    "quadriceps": {
        "exercises_intro": (
            """\
Squats and leg presses straighten the hip and the knee together. They grow the vasti well,
but the rectus femoris little or not at all: its volume had not changed after 10 weeks of
squats [@kubo-2019], and 8 weeks of heavy squats grew it at none of the places measured
[@earp-2015]. One 7-week study did find small growth [@kojic-2022], so "little" is fairer than
"never". The rectus femoris is also less active than the vasti in a squat [@ema-2017], and less
active in a leg press than in a leg extension [@ema-2016][@stien-2021]; in a lab test, adding
an effort to straighten the hip lowered its activity [@ema-2016].

A likely explanation, though not a settled one: as you stand up from a squat, the rectus
femoris shortens at the knee but lengthens at the hip, and the lift asks the hip to extend,
the opposite of the rectus femoris's own hip action. Reflex inhibition from neighbouring
muscles does not seem to be the cause [@ema-2017].

The leg extension straightens the knee on its own, and 12 weeks of it grew the rectus femoris
more, relative to its size, than the vasti [@wakahara-2017]. So here are three of the best
exercises for the quadriceps: a squat and a leg press for the vasti, and a leg extension for
the rectus femoris.
""",
            """\
Squats and leg presses extend hip and knee at once. The vasti grow well from them, the rectus
femoris little if at all: its volume had not changed after 10 weeks of
squats [@kubo-2019], and 8 weeks of heavy squats grew it at none of the places measured
[@earp-2015]. One 7-week study did find small growth [@kojic-2022], so "little" is fairer than
"never". The rectus femoris is also less active than the vasti in a squat [@ema-2017], and less
active in a leg press than in a leg extension [@ema-2016][@stien-2021]; in a lab test, adding
an effort to straighten the hip lowered its activity [@ema-2016].

A likely explanation, though not a settled one: as you stand up from a squat, the rectus
femoris shortens at the knee but lengthens at the hip, and the lift asks the hip to extend,
the opposite of the rectus femoris's own hip action. Reflex inhibition from neighbouring
muscles does not seem to be the cause [@ema-2017].

The leg extension straightens the knee on its own, and 12 weeks of it grew the rectus femoris
more, relative to its size, than the vasti [@wakahara-2017]. So here are three of the best
exercises for the quadriceps: a squat and a leg press for the vasti, and a leg extension for
the rectus femoris.
""",
        ),
    },
}

MUSCLES = {
    ("hamstrings", "semitendinosus"): {
        "origin": (
            "Sitting bone (ischial tuberosity) at the back and bottom of the pelvis",
            "The sitting bone (ischial tuberosity), low on the back of the pelvis",
        ),
    },
    ("hamstrings", "semimembranosus"): {
        "origin": (
            "Sitting bone (ischial tuberosity) at the back and bottom of the pelvis",
            "The sitting bone (ischial tuberosity), low on the back of the pelvis",
        ),
    },
    ("hamstrings", "biceps-femoris-long-head"): {
        "origin": (
            "Sitting bone (ischial tuberosity) at the back and bottom of the pelvis",
            "The sitting bone (ischial tuberosity), low on the back of the pelvis",
        ),
    },
}

INVOLVEMENTS = {
    ("squat", "vastus-lateralis"): {
        "note": (
            "Grew with squat training in several studies, for example at mid-thigh after 8 weeks of heavy parallel squats.",
            "Grew after 7 weeks of parallel squats, with a moderate to large effect.",
        ),
    },
    ("squat", "vastus-intermedius"): {
        "note": (
            "Grew at mid-thigh after 8 weeks of heavy parallel squats, and in a 7-week squat study.",
            "Grew after 7 weeks of parallel squats, with a small effect.",
        ),
    },
}

GUIDE_EXERCISES = {
    ("hamstrings", "nordic-hamstring"): {
        "reason": (
            """\
In a meta-analysis of 15 studies with 8,459 athletes, injury prevention programmes that
included the Nordic hamstring exercise had about half the hamstring injury rate of programmes
that did not [@van-dyk-2019]. That evidence is less firm than it sounds: a 2021 reanalysis
found that only 5 of the 15 studies had randomly assigned people to the Nordic, and on those
trials it judged the protective effect inconclusive [@impellizzeri-2021]. It is still a
reasonable choice if you sprint or play a sport such as soccer or American football and want
to lower your risk of a hamstring strain.

Lowering-only Nordics do build the hamstrings, so that is not why the exercise is missing
from the workout. The reason is practical: most people cannot pull themselves back up even
once, let alone for several reps. If you can do it, add it.
""",
            """\
In a meta-analysis of 15 studies with 8,459 athletes, injury prevention programmes that
included the Nordic hamstring exercise saw hamstring injuries at about half the rate of
programmes that did not [@van-dyk-2019]. That evidence is less firm than it sounds: a 2021 reanalysis
found that only 5 of the 15 studies had randomly assigned people to the Nordic, and on those
trials it judged the protective effect inconclusive [@impellizzeri-2021]. It is still a
reasonable choice if you sprint or play a sport such as soccer or American football and want
to lower your risk of a hamstring strain.

Lowering-only Nordics do build the hamstrings, so that is not why the exercise is missing
from the workout. The reason is practical: most people cannot pull themselves back up even
once, let alone for several reps. If you can do it, add it.
""",
        ),
    },
    ("quadriceps", "squat"): {
        "reason": (
            """\
The squat is the heavy lift of this guide: it trains knee extension through the vasti and hip
extension through the glutes and adductors. After 10 weeks of squatting twice a week, knee
extensor volume grew by about 5%, whether people squatted to full or to half depth
[@kubo-2019], and 8 weeks of heavy parallel squats grew each of the three vasti in at least one
part of the thigh [@earp-2015]. The rectus femoris is another story: it grew in neither of those
studies, and only one 7-week study found small growth [@kojic-2022]. That is why the workout
adds a leg extension.

Squat as deep as you can with good technique (our recommendation). Over 12 weeks, deep squats
increased front-thigh muscle size more than shallow squats [@bloomquist-2013], and full squats
grew the adductors and glutes more than half squats, with similar growth of the knee extensors
[@kubo-2019].
""",
            """\
The squat is the heavy lift of this guide: it trains knee extension through the vasti and hip
extension through the glutes and adductors. After 10 weeks of squatting twice a week, knee
extensor volume grew by about 5%, whether people squatted to full or to half depth
[@kubo-2019], and 8 weeks of heavy parallel squats grew the vasti, the vastus medialis near the
knee and at mid-thigh [@earp-2015]. The rectus femoris is another story: it grew in neither of those
studies, and only one 7-week study found small growth [@kojic-2022]. That is why the workout
adds a leg extension.

Squat as deep as you can with good technique (our recommendation). Over 12 weeks, deep squats
increased front-thigh muscle size more than shallow squats [@bloomquist-2013], and full squats
grew the adductors and glutes more than half squats, with similar growth of the knee extensors
[@kubo-2019].
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
Its job in the workout (our recommendation) is a second vasti exercise at moderate reps, with
no bar on your back, so you can push it hard after squatting.
""",
            """\
The leg press follows the same pattern as the squat: the hips and knees straighten together.
In EMG studies it worked the vasti at least as hard as the leg extension, and the vastus
lateralis harder in trained men, while the rectus femoris was less active: in a leg press
at 80% of 1RM it was no more active than in a leg extension at 20% [@ema-2016][@stien-2021].
In the workout (our recommendation) it works the vasti a second time, at moderate reps and
without a loaded bar on the spine, so it can still be taken close to failure after the squats.
""",
        ),
    },
}


def same(value, old):
    if isinstance(old, str):
        return (value or "").replace("\r\n", "\n").strip() == old.strip()
    return value == old


def correct(obj, changes, inline=False):
    """Apply each change whose field still holds its old value, its HTML rendered as the model renders it."""
    names = {field.name for field in obj._meta.get_fields()}
    fields = [field for field, (old, new) in changes.items() if same(getattr(obj, field), old)]
    for field in fields:
        new = changes[field][1]
        setattr(obj, field, new)
        if f"{field}_html" in names:
            html = render_inline_markdown(new) if inline else render_markdown(new, field.replace("_", "-"))
            setattr(obj, f"{field}_html", html)
    if fields:
        obj.save()


def correct_claims(apps, schema_editor):
    model = apps.get_model
    for slug, changes in STUDIES.items():
        for study in model("studies", "Study").objects.filter(slug=slug):
            correct(study, changes)
    for slug, changes in GUIDES.items():
        for guide in model("articles", "MuscleGroup").objects.filter(slug=slug):
            correct(guide, changes)
    for (guide, slug), changes in MUSCLES.items():
        for muscle in model("articles", "Muscle").objects.filter(group__slug=guide, slug=slug):
            correct(muscle, changes)
    for (exercise, muscle), changes in INVOLVEMENTS.items():
        rows = model("exercises", "MuscleInvolvement").objects.filter(exercise__slug=exercise, muscle__slug=muscle)
        for row in rows:
            correct(row, changes, inline=True)
    for (guide, exercise), changes in GUIDE_EXERCISES.items():
        for link in model("exercises", "GuideExercise").objects.filter(guide__slug=guide, exercise__slug=exercise):
            correct(link, changes)


class Migration(migrations.Migration):
    dependencies = [
        ("workouts", "0010_session_length"),
        ("articles", "0011_glossary_terms"),
        ("exercises", "0015_guideexercise_updated_at"),
        ("studies", "0002_editors_permissions"),
    ]

    operations = [migrations.RunPython(correct_claims, migrations.RunPython.noop)]
