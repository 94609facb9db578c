"""Movement figures: an exercise's start and end positions, drawn from the side from its joint angles.

An editor sets four angles for each position (trunk, hip, knee, ankle), what
the body rests on (``Support``) and what it moves (``Implement``); this module
turns them into a stick-and-muscle figure, the same way for every exercise, and
shades the muscles the exercise trains by role (through the body atlas's
side-view regions, so no one maps anything twice).

Angles, in degrees, for a figure facing right:

- trunk: lean of the trunk from upright; forward is positive (90: horizontal,
  face down), backward negative (-90: horizontal, face up);
- hip: flexion, the thigh brought forward from the line of the trunk (0: in line);
- knee: flexion (0: straight);
- ankle: dorsiflexion, toes pulled up from a right angle to the shin (0);
  pointing the foot is negative.

The figure is a picture, not a measurement: segment lengths follow common
adult proportions of body height, and the supports are sketched around the body.
"""

import math
from dataclasses import dataclass

from django.db import models
from django.utils.html import escape

from articles.atlas import (
    ABDOMINALS,
    CALF,
    CHEST,
    FOREARM,
    GLUTES,
    LOWER_BACK,
    SHIN,
    SHOULDER,
    THIGH_BACK,
    THIGH_FRONT,
    UPPER_ARM_BACK,
    UPPER_ARM_FRONT,
    UPPER_BACK,
)
from core.diagram import Shape, render_diagram

JOINTS = ("trunk", "hip", "knee", "ankle")
# The range an editor may enter for each angle, in degrees.
LIMITS = {"trunk": (-100, 150), "hip": (-40, 160), "knee": (0, 160), "ankle": (-60, 45)}


class Support(models.TextChoices):
    STANDING = "standing", "Standing on the floor"
    SEATED = "seated", "Seated on a machine seat"
    RECLINED = "reclined", "Reclined in a machine seat, feet on a plate (leg press)"
    LYING_FACE_DOWN = "lying_face_down", "Lying face down on a bench"
    KNEELING = "kneeling", "Kneeling on a pad, ankles held"
    BACK_ON_BENCH = "back_on_bench", "Upper back on a bench, feet on the floor"
    HIPS_ON_PAD = "hips_on_pad", "Hips on a pad, ankles held (back-extension bench)"


class Implement(models.TextChoices):
    BODY_WEIGHT = "body_weight", "Body weight only"
    BARBELL_ON_BACK = "barbell_on_back", "Barbell on the upper back"
    BARBELL_IN_HANDS = "barbell_in_hands", "Barbell in the hands, arms hanging"
    BARBELL_ON_HIPS = "barbell_on_hips", "Barbell across the hips"
    PAD_BEHIND_ANKLES = "pad_behind_ankles", "Machine pad behind the ankles (leg curl)"
    PAD_ON_SHINS = "pad_on_shins", "Machine pad on the shins (leg extension)"
    FOOT_PLATE = "foot_plate", "Machine foot plate (leg press)"


@dataclass(frozen=True)
class Pose:
    trunk: float
    hip: float
    knee: float
    ankle: float


# Segment lengths and half-widths, in units of a body 180 tall.
HEIGHT = 180
TRUNK, NECK, HEAD_R = 0.288 * HEIGHT, 0.035 * HEIGHT, 0.062 * HEIGHT
THIGH, SHANK, FOOT = 0.245 * HEIGHT, 0.246 * HEIGHT, 0.13 * HEIGHT
UPPER_ARM, FOREARM_LEN = 0.186 * HEIGHT, 0.20 * HEIGHT
HALF_WIDTH = {"trunk": 13.0, "thigh": 9.0, "shank": 6.0, "foot": 3.5, "arm": 4.5}
PLATE_R = 22.0  # a 45 cm plate for a body 180 tall
PANEL_WIDTH, PANEL_HEIGHT = 200, 200  # each pose's panel in the figure

SKIN, OUTLINE, KIT, KIT_DARK = "#efe7dc", "#5b5148", "#c7ccd1", "#4f5a62"


def _point(origin, angle, length):
    """The point ``length`` from ``origin`` along a segment at ``angle`` (degrees from straight down, forward +)."""
    radians = math.radians(angle)
    return (origin[0] + length * math.sin(radians), origin[1] + length * math.cos(radians))


def _front(angle):
    """The unit normal on the front side of a segment at ``angle``."""
    radians = math.radians(angle)
    return (math.cos(radians), -math.sin(radians))


def _add(point, vector, scale=1.0):
    return (point[0] + vector[0] * scale, point[1] + vector[1] * scale)


def _lerp(start, end, fraction):
    return (start[0] + (end[0] - start[0]) * fraction, start[1] + (end[1] - start[1]) * fraction)


@dataclass
class Body:
    """The joint positions of one pose, hip at the origin; angles of each segment (from straight down)."""

    hip: tuple
    shoulder: tuple
    head: tuple
    knee: tuple
    ankle: tuple
    toe: tuple
    heel: tuple
    elbow: tuple
    hand: tuple
    angles: dict
    bar: tuple | None = None


def place(pose, support, implement):
    """Where each joint is for ``pose``, hip at (0, 0), y downwards."""
    trunk_up = 180 - pose.trunk  # the trunk points up from the hip; leaning forward turns it towards +x
    thigh = pose.hip - pose.trunk
    shank = thigh - pose.knee
    foot = shank + 90 + pose.ankle
    hip = (0.0, 0.0)
    shoulder = _point(hip, trunk_up, TRUNK)
    head = _point(shoulder, trunk_up, NECK + HEAD_R)
    knee = _point(hip, thigh, THIGH)
    ankle = _point(knee, shank, SHANK)
    toe = _point(ankle, foot, FOOT * 0.8)
    heel = _point(ankle, foot + 180, FOOT * 0.25)
    angles = {"trunk": trunk_up, "thigh": thigh, "shank": shank, "foot": foot}
    body = Body(hip, shoulder, head, knee, ankle, toe, heel, shoulder, shoulder, angles)
    _place_arms(body, pose, support, implement)
    return body


def _place_arms(body, pose, support, implement):
    trunk_up = body.angles["trunk"]
    back = _front(trunk_up)  # for a segment pointing up, the limb formula's "front" is the back
    front = (-back[0], -back[1])
    if implement == Implement.BARBELL_ON_BACK:
        body.bar = _add(_lerp(body.hip, body.shoulder, 0.95), back, HALF_WIDTH["trunk"] + 3)
        body.elbow = _add(_add(body.shoulder, back, 12), _unit_down(trunk_up), 14)
        body.hand = _add(body.bar, _unit_down(trunk_up), 2)
    elif implement == Implement.BARBELL_ON_HIPS:
        body.bar = _add(_lerp(body.hip, body.knee, 0.08), _front(body.angles["thigh"]), HALF_WIDTH["thigh"] + 4)
        body.elbow = _lerp(body.shoulder, body.bar, 0.5)
        body.hand = body.bar
    elif implement == Implement.BARBELL_IN_HANDS or support == Support.STANDING:
        body.elbow = (body.shoulder[0], body.shoulder[1] + UPPER_ARM)
        body.hand = (body.shoulder[0], body.shoulder[1] + UPPER_ARM + FOREARM_LEN)
        if implement == Implement.BARBELL_IN_HANDS:
            body.bar = body.hand
    elif support == Support.LYING_FACE_DOWN:
        reach = _point(body.shoulder, trunk_up, UPPER_ARM * 0.7)
        body.elbow = _add(reach, front, 10)
        body.hand = _add(_point(body.elbow, trunk_up, FOREARM_LEN * 0.6), front, 8)
    else:
        # Hands on the handles by the hips, or held in front of the chest.
        body.elbow = _add(_point(body.shoulder, trunk_up + 180, UPPER_ARM * 0.85), front, 6)
        body.hand = _add(body.elbow, front, FOREARM_LEN * 0.9)


def _unit_down(trunk_up):
    radians = math.radians(trunk_up + 180)
    return (math.sin(radians), math.cos(radians))


# Muscle regions along each segment: (region, segment, side, from, to, depth as a share of the half-width).
REGIONS = (
    (THIGH_FRONT, "thigh", "front", 0.12, 0.92, 1.0),
    (THIGH_BACK, "thigh", "back", 0.22, 0.92, 1.0),
    (CALF, "shank", "back", 0.08, 0.62, 1.25),
    (SHIN, "shank", "front", 0.1, 0.7, 0.8),
    (LOWER_BACK, "trunk", "back", 0.08, 0.5, 0.9),
    (UPPER_BACK, "trunk", "back", 0.5, 0.95, 0.9),
    (ABDOMINALS, "trunk", "front", 0.1, 0.55, 0.8),
    (CHEST, "trunk", "front", 0.58, 0.92, 1.0),
    (SHOULDER, "upper_arm", "front", 0.0, 0.35, 1.4),
    (UPPER_ARM_FRONT, "upper_arm", "front", 0.3, 0.9, 1.0),
    (UPPER_ARM_BACK, "upper_arm", "back", 0.25, 0.9, 1.0),
    (FOREARM, "forearm", "front", 0.05, 0.6, 1.0),
)


REGION_NAMES = {
    THIGH_FRONT: "Front of the thigh",
    THIGH_BACK: "Back of the thigh",
    CALF: "Calf",
    SHIN: "Shin",
    LOWER_BACK: "Lower back",
    UPPER_BACK: "Upper back",
    ABDOMINALS: "Abdominals",
    CHEST: "Chest",
    SHOULDER: "Shoulder",
    UPPER_ARM_FRONT: "Front of the upper arm",
    UPPER_ARM_BACK: "Back of the upper arm",
    FOREARM: "Forearm",
    GLUTES: "Buttocks (glutes)",
}


def _segments(body):
    return {
        "trunk": (body.hip, body.shoulder, HALF_WIDTH["trunk"]),
        "thigh": (body.hip, body.knee, HALF_WIDTH["thigh"]),
        "shank": (body.knee, body.ankle, HALF_WIDTH["shank"]),
        "upper_arm": (body.shoulder, body.elbow, HALF_WIDTH["arm"]),
        "forearm": (body.elbow, body.hand, HALF_WIDTH["arm"]),
    }


def _segment_front(start, end, trunk_like):
    """The front normal of a segment from ``start`` to ``end`` (limbs point down, the trunk up)."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy) or 1.0
    # A limb pointing down (0, 1) faces +x; the trunk pointing up (0, -1) faces +x as well.
    normal = (dy / length, -dx / length)
    return (-normal[0], -normal[1]) if trunk_like else normal


def _muscle_path(start, end, half_width, normal, begin, finish, depth):
    """A muscle belly: a half-lens on one side of a segment, bulging to its surface."""
    p0 = _add(_lerp(start, end, begin), normal, half_width * 0.1)
    p1 = _add(_lerp(start, end, finish), normal, half_width * 0.1)
    control = _add(_lerp(start, end, (begin + finish) / 2), normal, half_width * (2 * depth - 0.1))
    return f"M{_xy(p0)} Q{_xy(control)} {_xy(p1)} Z"


def _xy(point):
    return f"{point[0]:.1f} {point[1]:.1f}"


def _hip_region(body):
    """The glutes: a belly behind the hip, from the lower trunk to the top of the thigh."""
    back_trunk = _segment_front(body.hip, body.shoulder, True)
    back_trunk = (-back_trunk[0], -back_trunk[1])
    back_thigh = _segment_front(body.hip, body.knee, False)
    back_thigh = (-back_thigh[0], -back_thigh[1])
    p0 = _add(_lerp(body.hip, body.shoulder, 0.22), back_trunk, HALF_WIDTH["trunk"] * 0.3)
    p1 = _add(_lerp(body.hip, body.knee, 0.3), back_thigh, HALF_WIDTH["thigh"] * 0.3)
    outward = (back_trunk[0] + back_thigh[0], back_trunk[1] + back_thigh[1])
    size = math.hypot(*outward) or 1.0
    control = _add(body.hip, (outward[0] / size, outward[1] / size), HALF_WIDTH["trunk"] * 2.2)
    return f"M{_xy(p0)} Q{_xy(control)} {_xy(p1)} L{_xy(body.hip)} Z"


@dataclass
class Scene:
    """One drawn pose: body, muscles and kit, as SVG fragments in the pose's own coordinates."""

    body: Body
    parts: list  # SVG elements, drawn in order
    bounds: tuple  # min x, min y, max x, max y (max y is the floor)


def draw_pose(pose, support, implement, key, region_ids):
    """The SVG elements of one pose. ``region_ids`` collects {region: [element ids]} for shading."""
    body = place(pose, support, implement)
    kit, floor_points = _support(body, support)
    kit += _implement(body, implement)
    limbs = [
        _limb([body.hip, body.knee, body.ankle], HALF_WIDTH["thigh"] * 0.8),
        _limb([body.heel, body.ankle, body.toe], HALF_WIDTH["foot"]),
        _limb([body.hip, body.shoulder], HALF_WIDTH["trunk"]),
        _limb([body.shoulder, _lerp(body.shoulder, body.head, 0.45)], HALF_WIDTH["arm"] + 1),
        f'<circle cx="{body.head[0]:.1f}" cy="{body.head[1]:.1f}" r="{HEAD_R:.1f}" fill="{SKIN}" stroke="{OUTLINE}" '
        'stroke-width="1.5"/>',
    ]
    muscles, arm = (
        [_region(GLUTES, key, region_ids, _hip_region(body))],
        [_limb([body.shoulder, body.elbow, body.hand], HALF_WIDTH["arm"])],
    )
    segments = _segments(body)
    for region, segment, side, begin, finish, depth in REGIONS:
        start, end, half_width = segments[segment]
        normal = _segment_front(start, end, segment == "trunk")
        if side == "back":
            normal = (-normal[0], -normal[1])
        path = _muscle_path(start, end, half_width, normal, begin, finish, depth)
        (arm if segment in ("upper_arm", "forearm") else muscles).append(_region(region, key, region_ids, path))
    points = [body.hip, body.shoulder, body.knee, body.ankle, body.toe, body.heel, body.hand, body.elbow]
    xs = [x for x, _ in points] + [body.head[0] - HEAD_R, body.head[0] + HEAD_R]
    ys = [y for _, y in points] + [body.head[1] - HEAD_R]
    if body.bar:
        xs += [body.bar[0] - PLATE_R, body.bar[0] + PLATE_R]
        ys += [body.bar[1] - PLATE_R]
    xs += [x for x, _ in floor_points]
    floor = max([y for _, y in floor_points] or [max(ys) + 10])
    bounds = (min(xs) - 14, min(ys) - 8, max(xs) + 14, floor)
    parts = kit[:1] + limbs + muscles + arm + kit[1:]
    return Scene(body, parts, bounds)


def _region(region, key, region_ids, path):
    number = sum(len(ids) for ids in region_ids.values())
    element_id = f"{key}-{region}-{number}"
    region_ids.setdefault(region, []).append(element_id)
    return (
        f'<path id="{element_id}" class="figure-muscle" d="{path}" fill="#e2c3b6" stroke="#8f5b50" stroke-width="0.8"/>'
    )


def _limb(points, half_width):
    path = " L".join(_xy(point) for point in points)
    return (
        f'<path d="M{path}" fill="none" stroke="{OUTLINE}" stroke-width="{2 * half_width + 3:.1f}" '
        f'stroke-linecap="round" stroke-linejoin="round"/>'
        f'<path d="M{path}" fill="none" stroke="{SKIN}" stroke-width="{2 * half_width:.1f}" '
        f'stroke-linecap="round" stroke-linejoin="round"/>'
    )


def _rect_path(corners):
    return "M" + " L".join(_xy(corner) for corner in corners) + " Z"


def _support(body, support):
    """The support's SVG elements (the first one drawn behind the body) and the points on the floor."""
    elements = [""]
    lowest = max(point[1] for point in (body.heel, body.toe, body.ankle, body.knee, body.hip, body.shoulder))
    kit = f'fill="{KIT}" stroke="{KIT_DARK}" stroke-width="1.5"'
    if support == Support.STANDING:
        return elements, [(body.heel[0], max(body.heel[1], body.toe[1]) + HALF_WIDTH["foot"])]
    if support == Support.KNEELING:
        floor = max(body.knee[1], body.ankle[1]) + HALF_WIDTH["thigh"] * 0.8 + 5
        left, right = sorted((body.knee[0], body.toe[0]))
        elements.append(
            f'<rect x="{left - 8:.1f}" y="{floor - 5:.1f}" width="{right - left + 16:.1f}" height="5" {kit}/>'
        )
        holder = _add(body.ankle, _front(body.angles["shank"] + 180), HALF_WIDTH["shank"] + 5)
        elements.append(f'<circle cx="{holder[0]:.1f}" cy="{holder[1]:.1f}" r="5" {kit}/>')
        return elements, [(left, floor), (right, floor)]
    if support == Support.BACK_ON_BENCH:
        floor = max(body.heel[1], body.toe[1]) + HALF_WIDTH["foot"]
        top = body.shoulder[1] + HALF_WIDTH["trunk"] * 0.9
        x = body.shoulder[0]
        elements[0] = f'<rect x="{x - 34:.1f}" y="{top:.1f}" width="40" height="{max(floor - top, 4):.1f}" {kit}/>'
        return elements, [(x - 34, floor), (body.toe[0], floor)]
    clearance = 30
    floor = lowest + HALF_WIDTH["trunk"] + clearance
    if support == Support.LYING_FACE_DOWN:
        down = _segment_front(body.hip, body.shoulder, True)
        surface = [_add(point, down, HALF_WIDTH["trunk"] + 2) for point in (body.shoulder, body.hip)]
        thigh_down = _segment_front(body.hip, body.knee, False)
        surface.append(_add(_lerp(body.hip, body.knee, 0.92), thigh_down, HALF_WIDTH["thigh"] + 2))
        bench = " L".join(_xy(point) for point in surface)
        elements[0] = (
            f'<path d="M{bench}" fill="none" stroke="{KIT_DARK}" stroke-width="12" stroke-linecap="round" '
            'stroke-linejoin="round"/>'
        )
        middle = _lerp(surface[0], surface[-1], 0.5)
        elements[0] += f'<path d="M{_xy(middle)} L{middle[0]:.1f} {floor:.1f}" stroke="{KIT_DARK}" stroke-width="5"/>'
        return elements, [(middle[0], floor), (surface[0][0], floor), (surface[-1][0], floor)]
    if support in (Support.SEATED, Support.RECLINED):
        back = _segment_front(body.hip, body.shoulder, True)
        back = (-back[0], -back[1])
        rest = [_add(_lerp(body.hip, body.shoulder, share), back, HALF_WIDTH["trunk"] + 5) for share in (0.05, 0.95)]
        under = _segment_front(body.hip, body.knee, False)
        under = (-under[0], -under[1]) if under[1] < 0 else under
        seat = [_add(_lerp(body.hip, body.knee, share), under, HALF_WIDTH["thigh"] + 4) for share in (-0.15, 0.85)]
        elements[0] = (
            f'<path d="M{_xy(rest[1])} L{_xy(rest[0])} L{_xy(seat[0])} L{_xy(seat[1])}" fill="none" '
            f'stroke="{KIT_DARK}" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>'
        )
        post = _lerp(seat[0], seat[1], 0.3)
        elements[0] += f'<path d="M{_xy(post)} L{post[0]:.1f} {floor:.1f}" stroke="{KIT_DARK}" stroke-width="5"/>'
        return elements, [(post[0], floor), (rest[1][0], floor), (seat[1][0], floor)]
    # Hips on a pad, ankles held: a frame from the pad to the ankle holder.
    front_thigh = _segment_front(body.hip, body.knee, False)
    pad = _add(_lerp(body.hip, body.knee, 0.12), front_thigh, HALF_WIDTH["thigh"] + 7)
    holder = _add(body.ankle, _front(body.angles["shank"] + 180), HALF_WIDTH["shank"] + 5)
    floor = max(pad[1], holder[1], body.toe[1]) + clearance
    elements[0] = (
        f'<path d="M{_xy(pad)} L{pad[0]:.1f} {floor:.1f} M{_xy(holder)} L{holder[0]:.1f} {floor:.1f}" '
        f'stroke="{KIT_DARK}" stroke-width="5"/>'
    )
    elements.append(f'<circle cx="{pad[0]:.1f}" cy="{pad[1]:.1f}" r="7" {kit}/>')
    elements.append(f'<circle cx="{holder[0]:.1f}" cy="{holder[1]:.1f}" r="5" {kit}/>')
    return elements, [(pad[0], floor), (holder[0], floor)]


def _implement(body, implement):
    kit = f'fill="{KIT}" stroke="{KIT_DARK}" stroke-width="1.5"'
    if body.bar:
        x, y = body.bar
        return [
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{PLATE_R:.1f}" fill="{KIT}" fill-opacity="0.85" '
            f'stroke="{KIT_DARK}" stroke-width="2"/><circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{KIT_DARK}"/>'
        ]
    if implement in (Implement.PAD_BEHIND_ANKLES, Implement.PAD_ON_SHINS):
        side = _front(body.angles["shank"])
        if implement == Implement.PAD_BEHIND_ANKLES:
            side = (-side[0], -side[1])
        pad = _add(_lerp(body.knee, body.ankle, 0.85), side, HALF_WIDTH["shank"] + 6)
        return [
            f'<path d="M{_xy(body.knee)} L{_xy(pad)}" stroke="{KIT_DARK}" stroke-width="4" stroke-linecap="round"/>'
            f'<circle cx="{pad[0]:.1f}" cy="{pad[1]:.1f}" r="6" {kit}/>'
        ]
    if implement == Implement.FOOT_PLATE:
        sole = _front(body.angles["foot"])
        sole = (-sole[0], -sole[1])
        ends = [
            _add(point, sole, HALF_WIDTH["foot"] + 3) for point in (body.heel, _point(body.toe, body.angles["foot"], 6))
        ]
        return [
            f'<path d="M{_xy(ends[0])} L{_xy(ends[1])}" stroke="{KIT_DARK}" stroke-width="6" stroke-linecap="round"/>'
        ]
    return []


# Words


def pose_words(pose):
    """The position in words, for the figure's description: "trunk upright, hips bent 80°, ..."."""
    trunk = (
        "trunk upright"
        if pose.trunk == 0
        else f"trunk leaning {'forward' if pose.trunk > 0 else 'back'} {abs(pose.trunk):g}°"
    )
    hip = (
        "hips straight"
        if pose.hip == 0
        else (f"hips bent {pose.hip:g}°" if pose.hip > 0 else f"hips extended {-pose.hip:g}°")
    )
    knee = "knees straight" if pose.knee == 0 else f"knees bent {pose.knee:g}°"
    ankle = (
        "ankles at a right angle"
        if pose.ankle == 0
        else (f"ankles flexed {pose.ankle:g}° (toes up)" if pose.ankle > 0 else f"feet pointed {-pose.ankle:g}°")
    )
    return ", ".join([trunk, hip, knee, ankle])


@dataclass
class MovementFigure:
    html: str  # the inline SVG
    start_words: str
    end_words: str
    support_words: str
    implement_words: str
    shapes: list  # the shaded muscles, as ``core.diagram.Shape`` (for the legend)


def movement_figure(name, start, end, support, implement, region_classes, key, tooltips=None):
    """The start and end positions side by side, with ``region_classes`` ({region: css class}) shading muscles.

    ``key`` makes the element ids unique on the page (e.g. the exercise's slug).
    """
    tooltips = tooltips or {}
    key = f"movement-{key}"
    region_ids = {}
    scenes = [draw_pose(start, support, implement, f"{key}-start", region_ids)]
    scenes.append(draw_pose(end, support, implement, f"{key}-end", region_ids))
    # Both poses at one scale, each in a panel of the same size, so the figures compare and the labels match.
    content_width = max(scene.bounds[2] - scene.bounds[0] for scene in scenes)
    content_height = max(scene.bounds[3] - scene.bounds[1] for scene in scenes)
    scale = min(PANEL_WIDTH / content_width, PANEL_HEIGHT / content_height, 1.2)
    width, height, gap, label_space = PANEL_WIDTH, PANEL_HEIGHT, 18, 26
    panels = []
    for index, (scene, label) in enumerate(zip(scenes, ("Start", "End"), strict=True)):
        min_x, _, max_x, floor = scene.bounds
        left = index * (width + gap)
        dx = left + (width - (max_x - min_x) * scale) / 2 - min_x * scale
        dy = height - floor * scale
        panels.append(
            f'<g transform="translate({dx:.1f} {dy:.1f}) scale({scale:.3f})">{"".join(scene.parts)}</g>'
            f'<path d="M{left:.1f} {height:.1f} H{left + width:.1f}" stroke="{KIT_DARK}" stroke-width="2"/>'
            f'<text x="{left + width / 2:.1f}" y="{height + 19:.1f}" text-anchor="middle" font-size="15" '
            f'fill="#1d2327">{label}</text>'
        )
    total_width = 2 * width + gap
    arrow_y = 14
    arrow = (
        f'<path d="M{width + 3:.1f} {arrow_y} H{width + gap - 3:.1f} M{width + gap - 8:.1f} {arrow_y - 5} '
        f'L{width + gap - 3:.1f} {arrow_y} L{width + gap - 8:.1f} {arrow_y + 5}" fill="none" '
        f'stroke="{KIT_DARK}" stroke-width="2"/>'
    )
    title = f"{name}, seen from the side: the start and the end of a rep"
    start_words, end_words = pose_words(start), pose_words(end)
    support_words = Support(support).label if support in Support.values else ""
    implement_words = Implement(implement).label if implement in Implement.values else ""
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {total_width:.0f} {height + label_space:.0f}" '
        "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\">"
        f'<title id="{key}-title">{escape(title)}</title>'
        f'<desc id="{key}-desc">{escape(support_words)}; {escape(implement_words.lower())}. '
        f"Start: {escape(start_words)}. End: {escape(end_words)}.</desc>"
        f"{''.join(panels)}{arrow}</svg>"
    )
    shapes = [
        Shape(element_id, REGION_NAMES[region], css_class, tooltips.get(css_class, ""))
        for region, css_class in region_classes.items()
        for element_id in region_ids.get(region, [])
    ]
    return MovementFigure(render_diagram(svg, shapes), start_words, end_words, support_words, implement_words, shapes)
