"""Seed content for the exercises app: the five hamstring exercises and four studies.

Written in the site's own words from shared/content/hamstrings-facts.md. Runs
after ``articles.seed``, whose muscles and joint actions it refers to.
"""

from articles.models import JointAction, MuscleGroup

from .models import Exercise, MuscleInvolvement, Study, sync_citations

STUDIES = [
    {
        "slug": "maeo-2021",
        "authors": "Maeo S, et al.",
        "title": (
            "Greater Hamstrings Muscle Hypertrophy but Similar Damage Protection after Training "
            "at Long versus Short Muscle Lengths"
        ),
        "journal": "Med Sci Sports Exerc",
        "year": 2021,
        "volume": "53",
        "issue": "4",
        "pages": "825-837",
        "doi": "10.1249/MSS.0000000000002523",
        "finding": (
            "After 12 weeks, seated leg curls had grown the hamstrings about 55% more than lying "
            "leg curls (muscle thickness up 14% against 9%), most likely because sitting trains "
            "them at a longer length."
        ),
    },
    {
        "slug": "van-dyk-2019",
        "authors": "van Dyk N, Behan FP, Whiteley R",
        "title": (
            "Including the Nordic hamstring exercise in injury prevention programmes halves the "
            "rate of hamstring injuries: a systematic review and meta-analysis of 8459 athletes"
        ),
        "journal": "Br J Sports Med",
        "year": 2019,
        "volume": "53",
        "issue": "21",
        "pages": "1362-1370",
        "doi": "10.1136/bjsports-2018-100045",
        "finding": (
            "Pooling studies of 8,459 athletes, programmes that included the Nordic hamstring "
            "exercise had about half as many hamstring injuries."
        ),
    },
    {
        "slug": "ebben-2009",
        "authors": "Ebben WP",
        "title": "Hamstring Activation During Lower Body Resistance Training Exercises",
        "journal": "Int J Sports Physiol Perform",
        "year": 2009,
        "volume": "4",
        "issue": "1",
        "pages": "84-96",
        "doi": "10.1123/ijspp.4.1.84",
        "finding": "Of the lower-body exercises measured, the squat activated the hamstrings only weakly.",
    },
    {
        "slug": "kubo-2019",
        "authors": "Kubo K, Ikebukuro T, Yata H",
        "title": "Effects of squat training with different depths on lower limb muscle volumes",
        "journal": "Eur J Appl Physiol",
        "year": 2019,
        "volume": "119",
        "issue": "9",
        "pages": "1933-1942",
        "doi": "10.1007/s00421-019-04181-y",
        "finding": "Ten weeks of squatting twice a week left hamstring muscle volume unchanged.",
    },
]

ALL_HAMSTRINGS = ["semitendinosus", "semimembranosus", "biceps-femoris-long-head", "biceps-femoris-short-head"]
P, S, N = MuscleInvolvement.Role.PRIMARY, MuscleInvolvement.Role.SECONDARY, MuscleInvolvement.Role.NOT_TRAINED

EXERCISES = [
    {
        "slug": "romanian-deadlift",
        "name": "Romanian deadlift",
        "equipment": Exercise.Equipment.BARBELL,
        "mechanics": Exercise.Mechanics.COMPOUND,
        "recommended": True,
        "position": 1,
        "summary": "A barbell hip hinge that trains hip extension and loads the hamstrings while they are stretched.",
        "description": """\
Hold a barbell in front of your thighs with your knees slightly bent. Push your hips back and
let the bar slide down your legs until you feel a strong stretch at the back of your thighs,
then drive your hips forwards to stand tall. The knees barely move, so the work happens at
the hip.

Besides the hamstrings, the glutes, the adductors and the lower back help. If you need a
substitute that also trains hip extension, try the stiff-legged deadlift, the good morning,
the 45-degree back extension or the single-leg Romanian deadlift.
""",
        "cues": """\
- Feel the hamstrings doing the work: a firm connection to the muscle matters more than the weight on the bar.
- Use lifting straps if your grip gives out first. The grip is not what you are training.
- The muscles are loaded while stretched, so add weight in small steps.
- Add weight only when your technique holds.
""",
        "verdict": """\
This is the guide's hip-extension exercise. It trains the semitendinosus, the semimembranosus
and the long head of the biceps femoris, and it lets you handle heavy loads. It cannot reach
the short head of the biceps femoris, which does not cross the hip; the two leg curls take
care of that.
""",
        "actions": ["hip-extension"],
        "involvements": [
            ("semitendinosus", P, ""),
            ("semimembranosus", P, ""),
            ("biceps-femoris-long-head", P, ""),
            ("biceps-femoris-short-head", N, "It does not cross the hip, so a hip-extension exercise cannot train it."),
        ],
    },
    {
        "slug": "seated-leg-curl",
        "name": "Seated leg curl",
        "equipment": Exercise.Equipment.MACHINE,
        "mechanics": Exercise.Mechanics.ISOLATION,
        "recommended": True,
        "position": 2,
        "summary": "A machine curl done sitting, which trains knee flexion with the hamstrings at a long length.",
        "description": """\
Sit in the machine with the pad just above your heels and bend your knees as far as they go,
then straighten them under control. Because you sit with your hips bent, the hamstrings are
already lengthened at the hip and work at a long length throughout.
""",
        "cues": """\
- Keep your hips pressed into the seat so they stay bent.
- Curl through the whole range, then straighten the knees slowly.
- Add weight only when your technique and the feel of the muscle hold.
""",
        "verdict": """\
A curl trains knee flexion, the job the Romanian deadlift leaves out, and it reaches all
three hamstring muscles, the short head of the biceps femoris included. In a 12-week study,
seated curls grew the hamstrings about 55% more than lying curls: muscle thickness rose by
about 14% against 9% [@maeo-2021]. The likely reason is the bent hip, which keeps the
hamstrings longer while they work.
""",
        "actions": ["knee-flexion"],
        "involvements": [(slug, P, "") for slug in ALL_HAMSTRINGS[:3]]
        + [("biceps-femoris-short-head", P, "Knee flexion is the only way to train it.")],
        "substitutes": ["lying-leg-curl"],
    },
    {
        "slug": "lying-leg-curl",
        "name": "Lying leg curl",
        "equipment": Exercise.Equipment.MACHINE,
        "mechanics": Exercise.Mechanics.ISOLATION,
        "recommended": True,
        "position": 3,
        "summary": (
            "A machine curl done face down, which trains knee flexion at a different hip angle from the seated curl."
        ),
        "description": """\
Lie face down with the pad just above your heels, curl your heels towards your buttocks, then
lower them under control. Your hips are straighter than in the seated curl, so the hamstrings
work at a shorter length.
""",
        "cues": """\
- Keep your hips down on the bench; do not let them rise as you curl.
- Lower the weight slowly instead of letting it drop.
- If this curl hurts and the seated one does not (or the other way round), keep to the one that feels good.
""",
        "verdict": """\
The lying curl complements the other two: knee flexion again, with the hip more open. In the
same study that favoured the seated curl, the short head of the biceps femoris and the
gracilis grew about equally with both curls, while the sartorius grew more with the lying
curl [@maeo-2021]. Doing both variants is likely the best bet for hamstring growth.
""",
        "actions": ["knee-flexion"],
        "involvements": [(slug, P, "") for slug in ALL_HAMSTRINGS],
        "substitutes": ["seated-leg-curl"],
    },
    {
        "slug": "nordic-hamstring",
        "name": "Nordic hamstring exercise",
        "equipment": Exercise.Equipment.BODYWEIGHT,
        "mechanics": Exercise.Mechanics.ISOLATION,
        "recommended": False,
        "position": 4,
        "summary": (
            "A kneeling bodyweight exercise that halves hamstring injuries, but is too hard for most "
            "people to build muscle with."
        ),
        "description": """\
Kneel with your ankles held down by a partner or a pad. Keeping your hips straight, lower your
upper body towards the floor as slowly as you can, braking with your hamstrings. The lowering
(eccentric) half is the point of the exercise.
""",
        "cues": """\
- Keep a straight line from knees to shoulders, so the movement happens at the knee.
- Lower as slowly as you can and catch yourself with your hands.
- Push back up with your hands if you cannot pull yourself up.
""",
        "verdict": """\
No exercise does more to keep hamstrings healthy: across studies of 8,459 athletes, injury
prevention programmes that included the Nordic cut hamstring injuries by about half
[@van-dyk-2019]. It is worth doing if you can, and especially if you play a sprinting sport
such as soccer or football.

It is not in the workout because most people cannot do the lifting (concentric) half at all,
let alone for several repetitions, which makes it a poor tool for building muscle. Add it if
it suits you.
""",
        "actions": ["knee-flexion"],
        "involvements": [(slug, P, "") for slug in ALL_HAMSTRINGS],
    },
    {
        "slug": "squat",
        "name": "Squat",
        "equipment": Exercise.Equipment.BARBELL,
        "mechanics": Exercise.Mechanics.COMPOUND,
        "recommended": False,
        "position": 5,
        "summary": "A great leg exercise, but despite its reputation not a hamstring exercise.",
        "description": """\
In the barbell back squat you bend and straighten your hips and knees together. It is a
staple for the quadriceps and the glutes.
""",
        "cues": "",
        "verdict": """\
The squat is often sold as a hamstring exercise; the evidence disagrees. Standing up from a
squat extends both the hip and the knee. The hamstrings help to extend the hip, but they also
bend the knee, so any force they make adds to the load the quadriceps must overcome.
Measurements show little hamstring activation in the squat [@ebben-2009], and after ten weeks
of squatting twice a week hamstring volume did not grow at all [@kubo-2019]. Squat for your
quadriceps and glutes, not for your hamstrings.
""",
        "actions": ["hip-extension", "knee-extension"],
        "involvements": [
            (slug, N, "Little activation, and no growth after ten weeks of squatting.") for slug in ALL_HAMSTRINGS
        ],
    },
]


def seed():
    """Create the studies and hamstring exercises where missing; return how many rows were made."""
    created = 0
    for study in STUDIES:
        created += Study.objects.get_or_create(slug=study["slug"], defaults=study)[1]

    group = MuscleGroup.objects.filter(slug="hamstrings").first()
    if group is None:
        return created
    muscles = {muscle.slug: muscle for muscle in group.muscles.all()}
    new_exercises = {}
    for data in EXERCISES:
        data = dict(data)
        actions = data.pop("actions")
        involvements = data.pop("involvements")
        data.pop("substitutes", None)
        exercise, was_created = Exercise.objects.get_or_create(
            slug=data["slug"],
            defaults={**data, "muscle_group": group, "status": Exercise.Status.PUBLISHED},
        )
        if not was_created:
            continue
        created += 1
        new_exercises[exercise.slug] = exercise
        exercise.joint_actions.set(JointAction.objects.filter(slug__in=actions))
        for muscle_slug, role, note in involvements:
            if muscle_slug in muscles:
                MuscleInvolvement.objects.create(exercise=exercise, muscle=muscles[muscle_slug], role=role, note=note)
                created += 1
    for data in EXERCISES:
        if data["slug"] in new_exercises and data.get("substitutes"):
            new_exercises[data["slug"]].substitutes.set(Exercise.objects.filter(slug__in=data["substitutes"]))

    # Citation rows are derived from Markdown; the guide was saved before its studies existed.
    sync_citations(group)
    return created
