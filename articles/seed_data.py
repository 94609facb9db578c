"""Seed content for the articles app: the guides, their anatomy and the joint actions.

Plain data, written in the site's own words from shared/content/hamstrings-facts.md
and shared/content/quadriceps-facts.md. Studies are cited as [@slug]; every slug
is defined in studies/seed_data.py.
"""

AUTHOR = {
    "name": "Muscle Guide editors",
    "bio": (
        "The Muscle Guide team writes, checks and updates these guides, and cites the published "
        "research behind each claim so that you can read it for yourself."
    ),
}

JOINTS = ["hip", "knee"]

JOINT_ACTIONS = [
    # slug, name, joint, description
    (
        "hip-extension",
        "hip extension",
        "hip",
        "Moving the thigh backwards, or lifting the trunk from a forward lean: the movement that "
        "brings you upright at the top of a deadlift.",
    ),
    (
        "hip-flexion",
        "hip flexion",
        "hip",
        "Bringing the thigh forwards and up, as when you lift your knee to climb a high step. Of the "
        "quadriceps, only the rectus femoris does this.",
    ),
    (
        "knee-flexion",
        "knee flexion",
        "knee",
        "Bending the knee so the heel travels towards the buttocks, as in a leg curl.",
    ),
    (
        "knee-extension",
        "knee extension",
        "knee",
        "Straightening the knee, as when you stand up from a squat. The quadriceps do this; the hamstrings oppose it.",
    ),
    (
        "lower-leg-internal-rotation",
        "internal rotation of the lower leg",
        "knee",
        "With the knee bent, turning the shin and foot inwards.",
    ),
    (
        "lower-leg-external-rotation",
        "external rotation of the lower leg",
        "knee",
        "With the knee bent, turning the shin and foot outwards.",
    ),
    (
        "swing-deceleration",
        "deceleration of the swinging leg",
        "knee",
        "Braking the lower leg as it swings forwards when you walk or run, so the knee does not snap straight.",
    ),
]

SITTING_BONE = "The sitting bone (ischial tuberosity), low on the back of the pelvis"
INNER_TIBIA = "Inner side of the tibia"
OUTER_FIBULA = "Outer side of the fibula"
QUADRICEPS_INSERTION = (
    "Kneecap (patella), by the shared quadriceps tendon, and on through the patellar ligament to the "
    "tibial tuberosity, a bump at the top of the shin"
)

GUIDES = [
    {
        "slug": "hamstrings",
        "name": "Hamstrings",
        "title": "How to train your hamstrings",
        "summary": (
            "The hamstrings straighten the hip and bend the knee. Learn how their three muscles are "
            "built, three of the best exercises for them, and a workout that trains every part."
        ),
        "introduction": """\
Your hamstrings run down the back of each thigh and make up a large muscle group of the leg.
They have two main jobs: they straighten (extend) the hip and they bend (flex) the knee. You
use them whenever you pick something up from the floor or sprint.

This guide shows how the three hamstring muscles are built, what each of them does, and why
that decides which exercises train them well. It ends with a workout of three exercises that
trains every part of the group. The muscles on the front of the thigh have
[a guide of their own](/guides/quadriceps/).
""",
        "anatomy": """\
The hamstrings are three muscles: the **semitendinosus**, the **semimembranosus** and the
**biceps femoris**. The biceps femoris has two heads, a *long head* and a *short head*.

Three of the four parts start on your sitting bone (the ischial tuberosity, at the bottom and
back of the pelvis): the semitendinosus, the semimembranosus and the long head of the biceps
femoris. The short head is the exception: it starts on the back of the thigh bone (the femur).

All four parts run past the back of the knee and attach to the lower leg. The biceps femoris
attaches on the outside, to the fibula; the semitendinosus and semimembranosus attach on the
inside, to the tibia.

Because they cross both the hip and the knee, three of the four parts act on both joints: they
extend the hip and flex the knee. The short head spans the knee alone, so it has just one of
those two jobs: it bends the knee, but it cannot extend the hip. Keep that in mind when you
pick exercises.

The hamstrings work against the [quadriceps](/guides/quadriceps/) on the front of the thigh.
When you walk or run, they brake the lower leg as it swings forwards. With the knee bent they
can also turn the lower leg: the semitendinosus and semimembranosus turn it inwards, the
biceps femoris outwards.
""",
        "exercises_intro": """\
A leg curl bends the knee against resistance, and that alone reaches every part of the
hamstrings, the short head of the biceps femoris included. A hip-extension exercise adds
heavy work, with the muscles lengthened, for the three parts that cross the hip. Here are
three of the best exercises for the job: one hip hinge and two curls.
""",
        "left_out_intro": """\
Two popular exercises come up in almost every conversation about hamstrings. Neither is in
the workout, and for quite different reasons.
""",
        "wrap_up": """\
Leg curls train every part of the hamstrings; a hip-extension exercise such as the Romanian
deadlift adds heavy work for the three parts that cross the hip. Of the two curls, the seated
one grew the hamstrings more in the study that compared them [@maeo-2021]. The lying curl
adds a second hip angle and a light, high-rep finish; if only one of the two suits you, keep
to that one. Mix heavy sets of 8 with light sets of 20, and add weight whenever your technique
and the feel of the muscle allow it. The [hamstring workout](/workouts/hamstring-workout/)
puts it all together.
""",
        "sources": """\
The outline of this guide (anatomy, exercises and a sample workout) follows StrengthLog's
hamstring guide by Daniel Richter, which we recommend as further reading. The wording here is
our own, and each research claim is cited to the study behind it.
""",
        "position": 1,
        "muscles": [
            # slug, name, origin, insertion, joints, actions, notes, heads
            (
                "semitendinosus",
                "Semitendinosus",
                SITTING_BONE,
                INNER_TIBIA,
                ["hip", "knee"],
                ["hip-extension", "knee-flexion", "lower-leg-internal-rotation", "swing-deceleration"],
                "Runs along the inner back of the thigh and crosses both hip and knee.",
                [],
            ),
            (
                "semimembranosus",
                "Semimembranosus",
                SITTING_BONE,
                INNER_TIBIA,
                ["hip", "knee"],
                ["hip-extension", "knee-flexion", "lower-leg-internal-rotation", "swing-deceleration"],
                "Lies underneath the semitendinosus and, like it, crosses both hip and knee.",
                [],
            ),
            (
                "biceps-femoris",
                "Biceps femoris",
                "",
                OUTER_FIBULA,
                ["hip", "knee"],
                ["hip-extension", "knee-flexion", "lower-leg-external-rotation", "swing-deceleration"],
                "Runs along the outer back of the thigh; it has two heads, and only the long one crosses the hip.",
                [
                    (
                        "biceps-femoris-long-head",
                        "Long head",
                        SITTING_BONE,
                        OUTER_FIBULA,
                        ["hip", "knee"],
                        ["hip-extension", "knee-flexion", "lower-leg-external-rotation", "swing-deceleration"],
                        "Crosses both hip and knee.",
                    ),
                    (
                        "biceps-femoris-short-head",
                        "Short head",
                        "Back of the thigh bone (femur)",
                        OUTER_FIBULA,
                        ["knee"],
                        ["knee-flexion", "lower-leg-external-rotation", "swing-deceleration"],
                        "Crosses only the knee, so leg curls train it and hip-extension exercises do not.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "quadriceps",
        "name": "Quadriceps",
        "aliases": "Quads",
        "title": "How to train your quadriceps",
        "summary": (
            "The quadriceps straighten the knee, and one of them also bends the hip. Learn how the four "
            "muscles are built, why squats barely grow the rectus femoris, and a workout that trains all four."
        ),
        "introduction": """\
Your quadriceps cover the front and sides of each thigh, and together they are the largest
muscle group of the thigh. Their main job is to straighten (extend) the knee, as when you
stand up from a chair or a squat. One of the four, the rectus femoris, also bends (flexes)
the hip.

That one difference matters more than it sounds. Squats and leg presses work the other three
muscles hard but do little for the rectus femoris, so a complete quadriceps workout also needs
an exercise that straightens the knee on its own. This guide explains why, picks three
exercises and puts them together in a workout. For the back of the thigh, see the
[hamstrings guide](/guides/hamstrings/).
""",
        "anatomy": """\
The quadriceps are four muscles: the **rectus femoris** and three vasti, the
**vastus lateralis**, the **vastus medialis** and the **vastus intermedius**.

The rectus femoris is the only one attached to the pelvis. It starts with two tendons: one
from a bony point at the front of the pelvis (the anterior inferior iliac spine) and one from
a groove in the bone above the hip socket. The three vasti start on the thigh bone (femur): the
vastus lateralis high on its outer side and along a ridge at the back of the bone (the linea
aspera), the vastus medialis on its inner side and along the same ridge, and the vastus
intermedius on the front and outer surface of the shaft, underneath the rectus femoris.

All four end in one shared tendon, the quadriceps tendon, and it fastens onto the kneecap
(patella). From the kneecap, the patellar ligament continues down to the tibial tuberosity, a
bony bump at the top of the shin, under the knee. All four are supplied by the femoral nerve.

The vasti cross only the knee, so their one job is knee extension. The rectus femoris crosses
both hip and knee: it extends the knee and flexes the hip. The
[hamstrings](/guides/hamstrings/) on the back of the thigh are their counterpart: they bend
the knee and, against the rectus femoris, extend the hip.
""",
        "exercises_intro": """\
In a squat or a leg press, hip and knee straighten at the same time. That builds the vasti
well and the rectus femoris little if at all: its volume had not changed after 10 weeks of
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
        "left_out_intro": """\
Two more lifts often turn up on leg day. Here is why neither is in this workout.
""",
        "wrap_up": """\
Train the vasti with heavy lifts that straighten hips and knees together, such as the squat
and the leg press, and give the rectus femoris an exercise of its own: the leg extension, the
one lift here in which the hip stays still while the knee straightens. Squat as deep as your
technique allows, keep the knee-bent bottom of every leg extension, and add weight once every
set reaches the highest rep count of its range. The
[quadriceps workout](/workouts/quadriceps-workout/) puts it together, and it fits into the
same session as the [hamstring workout](/workouts/hamstring-workout/).
""",
        "sources": """\
Compiled by the Muscle Guide editors from the primary studies cited on this page; each claim
links to the study behind it. The anatomy follows standard anatomy references.
""",
        "position": 2,
        "muscles": [
            # slug, name, origin, insertion, joints, actions, notes, heads
            (
                "rectus-femoris",
                "Rectus femoris",
                "Pelvis, by two tendons: one on the anterior inferior iliac spine, one in a groove over the hip socket (acetabulum)",
                QUADRICEPS_INSERTION,
                ["hip", "knee"],
                ["hip-flexion", "knee-extension"],
                "The only quadriceps muscle that crosses the hip, so it also flexes the hip; it lies on top of the vastus intermedius.",
                [],
            ),
            (
                "vastus-lateralis",
                "Vastus lateralis",
                "The femur near its top (greater trochanter, intertrochanteric line, gluteal tuberosity) and along the outer lip of the linea aspera",
                QUADRICEPS_INSERTION,
                ["knee"],
                ["knee-extension"],
                "Runs down the outer side of the thigh and crosses only the knee.",
                [],
            ),
            (
                "vastus-medialis",
                "Vastus medialis",
                "The femur, along its intertrochanteric and spiral lines and the inner lip of the linea aspera",
                QUADRICEPS_INSERTION,
                ["knee"],
                ["knee-extension"],
                "Runs down the inner side of the thigh towards the kneecap and crosses only the knee.",
                [],
            ),
            (
                "vastus-intermedius",
                "Vastus intermedius",
                "The upper two-thirds of the femur's shaft, on its front and outer faces",
                QUADRICEPS_INSERTION,
                ["knee"],
                ["knee-extension"],
                "Lies deep, underneath the rectus femoris, and crosses only the knee.",
                [],
            ),
        ],
    },
]

# The glossary: words the guides use, defined in the site's own words (general definitions, and what
# shared/content/*-facts.md says). Each links from the first place a page uses it.
GLOSSARY = [
    {
        "term": "hip hinge",
        "slug": "hip-hinge",
        "also_matches": "hip hinges, hip-hinge",
        "definition": "A movement that folds the body forward at the hips, with the back kept flat and the knees "
        "only slightly bent, then straightens up again, as in the Romanian deadlift. Standing up from it is hip "
        "extension: the hamstrings work, with the glutes and adductors.",
    },
    {
        "term": "concentric",
        "slug": "concentric",
        "also_matches": "concentric phase, concentric part",
        "definition": "The part of a rep in which the working muscle shortens as it moves the weight, such as "
        "curling the pad towards you in a leg curl. Its opposite is the eccentric part.",
    },
    {
        "term": "eccentric",
        "slug": "eccentric",
        "also_matches": "eccentric phase, eccentric part",
        "definition": "The part of a rep in which the working muscle lengthens while it brakes the weight, such as "
        "lowering the body slowly in a Nordic hamstring exercise. Muscles can brake more weight than they can "
        "lift, which is why some exercises are done lowering-only.",
    },
    {
        "term": "reps in reserve",
        "slug": "reps-in-reserve",
        "also_matches": "RIR, rep in reserve",
        "definition": "How many more reps you could still have done, with good technique, when you end a set. "
        "Two reps in reserve means you stop two reps before you could no longer finish one cleanly. It is a "
        "way to say how hard a set should be.",
    },
    {
        "term": "biarticular",
        "slug": "biarticular",
        "also_matches": "biarticular muscle, biarticular muscles, two-joint muscle, two-joint muscles",
        "definition": "Crossing two joints. A biarticular muscle acts on both joints, and its length depends on "
        "both: three of the four hamstring parts cross the hip and the knee, so with the hip bent, as in the "
        "seated leg curl, they work at a longer length than with the hip straight.",
    },
    {
        "term": "compound exercise",
        "slug": "compound-exercise",
        "also_matches": "compound exercises",
        "definition": "An exercise that moves more than one joint at once, such as the squat (hip and knee). "
        "Compare an isolation exercise.",
    },
    {
        "term": "isolation exercise",
        "slug": "isolation-exercise",
        "also_matches": "isolation exercises",
        "definition": "An exercise that moves one joint, such as the leg curl (knee) or the leg extension (knee). "
        "Compare a compound exercise.",
    },
    {
        "term": "EMG",
        "slug": "emg",
        "also_matches": "electromyography",
        "definition": "Electromyography: recording the electrical signals of a working muscle, in the studies "
        "here with electrodes on the skin. It shows how active a muscle is during an exercise, not how much it "
        "grows when you train with it.",
    },
    {
        "term": "MRI",
        "slug": "mri",
        "also_matches": "magnetic resonance imaging",
        "definition": "Magnetic resonance imaging: a scanner that pictures the body's tissues in slices. Training "
        "studies use it to measure a muscle's cross-sectional area, or its whole volume, before and after "
        "weeks of training.",
    },
    {
        "term": "1RM",
        "slug": "1rm",
        "also_matches": "one-repetition maximum, one-rep max",
        "definition": "One-repetition maximum: the heaviest weight you can lift once, with good technique, in an "
        "exercise. Studies use it to measure strength. In the same way, 6RM is the heaviest weight you can "
        "lift six times.",
    },
    {
        "term": "hypertrophy",
        "slug": "hypertrophy",
        "also_matches": "muscle hypertrophy",
        "definition": "Muscle growth: a trained muscle gets bigger. Studies measure it as a change in the "
        "muscle's thickness, cross-sectional area or volume.",
    },
]
