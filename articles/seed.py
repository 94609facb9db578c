"""Seed content for the articles app: the hamstrings guide and its anatomy.

Written in the site's own words from shared/content/hamstrings-facts.md. The
anatomy diagram is drawn for this site: diagrams/hamstrings.svg.
"""

from pathlib import Path

from .diagram import shape_ids
from .models import Author, Joint, JointAction, Muscle, MuscleGroup

DIAGRAM_PATH = Path(__file__).resolve().parent / "diagrams" / "hamstrings.svg"

AUTHOR = {
    "name": "Sam Carter",
    "bio": (
        "Sam is a powerlifting coach and certified personal trainer. This profile is a "
        "placeholder for the guide's real author; an editor can change it in the admin."
    ),
}

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

GUIDE = {
    "slug": "hamstrings",
    "name": "Hamstrings",
    "title": "How to train your hamstrings",
    "summary": (
        "The hamstrings straighten the hip and bend the knee. Learn how their three muscles "
        "are built, the three exercises that train all of them, and a workout to put it together."
    ),
    "introduction": """\
Your hamstrings run down the back of each thigh, and together they are one of the biggest
muscle groups in your legs. They have two main jobs: they straighten (extend) the hip and
they bend (flex) the knee. Whenever you pick something up from the floor, sprint or jump,
they are working.

This guide shows how the three hamstring muscles are put together, which joint actions they
perform, and why that decides which exercises train them well. It ends with a workout of
three exercises that covers every muscle and both jobs.
""",
    "anatomy": """\
The hamstrings are three muscles: the **semitendinosus**, the **semimembranosus** and the
**biceps femoris**. The biceps femoris has two heads, a *long head* and a *short head*.

Three of the four parts start on your sitting bone (the ischial tuberosity, at the bottom
and back of the pelvis): the semitendinosus, the semimembranosus and the long head of the
biceps femoris. The short head is the exception. It starts on the back of the thigh bone
(the femur).

All four parts run past the back of the knee and attach to the lower leg. The biceps femoris
attaches on the outside, to the fibula; the semitendinosus and semimembranosus attach on the
inside, to the tibia.

Because they cross both the hip and the knee, the hamstrings act on both joints. The short
head crosses only the knee: it helps bend the knee but cannot extend the hip. Keep that in
mind when you pick exercises.

The hamstrings are the counterpart of the quadriceps on the front of the thigh. When you walk
or run, they brake the lower leg as it swings forwards. With the knee bent they can also turn
the lower leg: the semitendinosus and semimembranosus rotate it inwards, the biceps femoris
outwards.
""",
    "exercises_intro": """\
To train every part of the hamstrings, train both of their jobs: one exercise for hip
extension and at least one for knee flexion. These three do it best.
""",
    "left_out_intro": """\
Two popular exercises come up in every conversation about hamstrings. Here is why neither
of them made the workout.
""",
    "wrap_up": """\
Train the hamstrings through both of their jobs. A hip-extension exercise such as the
Romanian deadlift works every hamstring muscle except the short head of the biceps femoris;
leg curls work knee flexion and reach all of them, the short head included. Doing both curl
variants trains the muscles at two hip angles, and mixing heavy sets of 8 with light sets of
20 covers a wide range of loads. Add weight whenever your technique and the feel of the
muscle allow it.
""",
    "position": 1,
}

SITTING_BONE = "Sitting bone (ischial tuberosity) at the back and bottom of the pelvis"
INNER_TIBIA = "Inner side of the tibia"
OUTER_FIBULA = "Outer side of the fibula"

MUSCLES = [
    # slug, name, origin, insertion, joints, actions, notes, heads
    (
        "semitendinosus",
        "Semitendinosus",
        SITTING_BONE,
        INNER_TIBIA,
        ["hip", "knee"],
        ["hip-extension", "knee-flexion", "lower-leg-internal-rotation", "swing-deceleration"],
        "Runs along the inner back of the thigh.",
        [],
    ),
    (
        "semimembranosus",
        "Semimembranosus",
        SITTING_BONE,
        INNER_TIBIA,
        ["hip", "knee"],
        ["hip-extension", "knee-flexion", "lower-leg-internal-rotation", "swing-deceleration"],
        "Lies underneath the semitendinosus.",
        [],
    ),
    (
        "biceps-femoris",
        "Biceps femoris",
        "",
        OUTER_FIBULA,
        ["hip", "knee"],
        ["hip-extension", "knee-flexion", "lower-leg-external-rotation", "swing-deceleration"],
        "Runs along the outer back of the thigh; it has two heads.",
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
                ["knee-flexion", "lower-leg-external-rotation"],
                "Crosses only the knee, so only knee flexion trains it.",
            ),
        ],
    ),
]


# Muscle slug -> the id of its shape in diagrams/hamstrings.svg. The biceps femoris is
# drawn as its two heads, so the muscle itself has no shape of its own.
SHAPE_IDS = {
    "semitendinosus": "hs-semitendinosus",
    "semimembranosus": "hs-semimembranosus",
    "biceps-femoris-long-head": "hs-biceps-femoris-long-head",
    "biceps-femoris-short-head": "hs-biceps-femoris-short-head",
}


def create_part(group, parent, position, slug, name, origin, insertion, joints, actions, notes):
    muscle = Muscle.objects.create(
        group=group,
        parent=parent,
        position=position,
        slug=slug,
        name=name,
        origin=origin,
        insertion=insertion,
        notes=notes,
    )
    muscle.joints.set(Joint.objects.filter(name__in=joints))
    muscle.actions.set(JointAction.objects.filter(slug__in=actions))
    return muscle


def seed():
    """Create the hamstrings guide and its anatomy where missing; return how many rows were made."""
    created = 0
    for joint_name in ["hip", "knee"]:
        created += Joint.objects.get_or_create(name=joint_name)[1]
    for position, (slug, name, joint, description) in enumerate(JOINT_ACTIONS):
        created += JointAction.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "joint": Joint.objects.get(name=joint),
                "description": description,
                "position": position,
            },
        )[1]
    author, author_created = Author.objects.get_or_create(name=AUTHOR["name"], defaults=AUTHOR)
    created += author_created

    group, group_created = MuscleGroup.objects.get_or_create(
        slug=GUIDE["slug"],
        defaults={**GUIDE, "author": author, "status": MuscleGroup.Status.PUBLISHED},
    )
    if group_created:
        created += 1
        for position, (*fields, heads) in enumerate(MUSCLES):
            muscle = create_part(group, None, position, *fields)
            created += 1
            for head_position, head_fields in enumerate(heads):
                create_part(group, muscle, head_position, *head_fields)
                created += 1
    fill_diagram(group)
    return created


def fill_diagram(group):
    """Give the guide its diagram and the muscles their shapes, where those fields are still empty.

    The fields came after the first seed, so this fills them on existing rows
    too; it never replaces a diagram or a shape id an editor has set, and maps
    a muscle only to a shape the group's current diagram has.
    """
    MuscleGroup.objects.filter(pk=group.pk, diagram_svg="").update(diagram_svg=DIAGRAM_PATH.read_text("utf-8"))
    group.refresh_from_db(fields=["diagram_svg"])
    drawn = shape_ids(group.diagram_svg)
    for slug, shape_id in SHAPE_IDS.items():
        if shape_id in drawn:
            Muscle.objects.filter(group=group, slug=slug, svg_shape_id="").update(svg_shape_id=shape_id)
