"""The body atlas: one drawing of the whole body, front and back, that every guide can mark.

The artwork (``front.svg``, ``back.svg``, drawn for this site; see ``draw.py``)
has one shape per major muscle, and separate shapes for the parts the guides
teach (the four quadriceps, the hamstrings' four parts). ``SHAPES`` is the
stable list of those shapes: an editor maps a muscle or head to one or more of
them in the admin (``Muscle.atlas_shapes``), so a new guide gets a diagram
without anyone drawing.

``render_atlas`` is a function of muscles and their roles only, so any page
can mark any selection: a guide's muscles, what an exercise trains, a workout.
Each shape also names the region of the side-view movement figure it belongs
to (``region``), so an exercise's figure shades the same muscles.
"""

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

from core.diagram import label_words, render_diagram

from ..anatomy import ROLE_ORDER, guide_shape_ids, legend, muscle_shapes, role_class

HERE = Path(__file__).resolve().parent
FRONT, BACK = "front", "back"
VIEW_LABELS = {FRONT: "Front", BACK: "Back"}
FOCUS_CLASS = "muscle-focus"  # a guide's own muscles, on its guide page


@dataclass(frozen=True)
class AtlasShape:
    shape_id: str
    name: str
    view: str
    region: str = ""  # the side-view region of the movement figure; "" where the side view cannot show it


# Side-view regions of the movement figure (see ``exercises.movement``).
SHOULDER, CHEST, UPPER_BACK, LOWER_BACK, ABDOMINALS = "shoulder", "chest", "upper-back", "lower-back", "abdominals"
UPPER_ARM_FRONT, UPPER_ARM_BACK, FOREARM = "upper-arm-front", "upper-arm-back", "forearm"
GLUTES, THIGH_FRONT, THIGH_BACK, SHIN, CALF = "glutes", "thigh-front", "thigh-back", "shin", "calf"

SHAPES = (
    AtlasShape("front-trapezius", "Trapezius, upper part (front view)", FRONT, UPPER_BACK),
    AtlasShape("front-deltoid", "Deltoid, front part (front view)", FRONT, SHOULDER),
    AtlasShape("front-pectoralis-major", "Pectoralis major (chest)", FRONT, CHEST),
    AtlasShape("front-biceps-brachii", "Biceps brachii", FRONT, UPPER_ARM_FRONT),
    AtlasShape("front-forearm", "Forearm flexors (front view)", FRONT, FOREARM),
    AtlasShape("front-rectus-abdominis", "Rectus abdominis", FRONT, ABDOMINALS),
    AtlasShape("front-obliques", "Obliques", FRONT, ABDOMINALS),
    AtlasShape("front-adductors", "Adductors (front view)", FRONT),
    AtlasShape("front-rectus-femoris", "Rectus femoris", FRONT, THIGH_FRONT),
    AtlasShape("front-vastus-lateralis", "Vastus lateralis", FRONT, THIGH_FRONT),
    AtlasShape("front-vastus-intermedius", "Vastus intermedius (deep, beside the rectus femoris)", FRONT, THIGH_FRONT),
    AtlasShape("front-vastus-medialis", "Vastus medialis", FRONT, THIGH_FRONT),
    AtlasShape("front-tibialis-anterior", "Tibialis anterior (shin)", FRONT, SHIN),
    AtlasShape("front-calves", "Calves, inner side (front view)", FRONT, CALF),
    AtlasShape("back-trapezius", "Trapezius (back view)", BACK, UPPER_BACK),
    AtlasShape("back-deltoid", "Deltoid, rear part (back view)", BACK, SHOULDER),
    AtlasShape("back-latissimus-dorsi", "Latissimus dorsi", BACK, UPPER_BACK),
    AtlasShape("back-triceps-brachii", "Triceps brachii", BACK, UPPER_ARM_BACK),
    AtlasShape("back-forearm", "Forearm extensors (back view)", BACK, FOREARM),
    AtlasShape("back-erector-spinae", "Erector spinae (lower back)", BACK, LOWER_BACK),
    AtlasShape("back-gluteus-medius", "Gluteus medius", BACK, GLUTES),
    AtlasShape("back-gluteus-maximus", "Gluteus maximus", BACK, GLUTES),
    AtlasShape("back-adductors", "Adductors, adductor magnus (back view)", BACK),
    AtlasShape("back-semitendinosus", "Semitendinosus", BACK, THIGH_BACK),
    AtlasShape("back-semimembranosus", "Semimembranosus", BACK, THIGH_BACK),
    AtlasShape("back-biceps-femoris-long-head", "Biceps femoris, long head", BACK, THIGH_BACK),
    AtlasShape("back-biceps-femoris-short-head", "Biceps femoris, short head", BACK, THIGH_BACK),
    AtlasShape("back-gastrocnemius-medial-head", "Gastrocnemius, inner (medial) head", BACK, CALF),
    AtlasShape("back-gastrocnemius-lateral-head", "Gastrocnemius, outer (lateral) head", BACK, CALF),
    AtlasShape("back-soleus", "Soleus", BACK, CALF),
)
BY_ID = {shape.shape_id: shape for shape in SHAPES}


def choices():
    """The shapes an editor can pick, grouped by view, for a select box."""
    return [
        (f"{VIEW_LABELS[view]} view", [(shape.shape_id, shape.name) for shape in SHAPES if shape.view == view])
        for view in (FRONT, BACK)
    ]


@cache
def artwork(view):
    """The SVG text of one view, read once."""
    return (HERE / f"{view}.svg").read_text(encoding="utf-8")


VIEW_BOX = re.compile(r'viewBox="([^"]+)"')
POINT = re.compile(r"(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)")  # the artwork's paths use absolute points only
CLOSE_UP_MARGIN = 30  # drawing units kept around the marked shapes: enough of the body to say where they are
VIEW_LABEL = re.compile(r'<text x="[^"]*" y="[^"]*"')  # the first text of a view's artwork: its name


@cache
def shape_points(view, shape_id):
    """The points of one shape's paths in a view's artwork (curve control points included)."""
    group = re.search(rf'<g id="{re.escape(shape_id)}">(.*?)</g>', artwork(view), re.DOTALL)
    paths = re.findall(r'\bd="([^"]+)"', group[1]) if group else []
    return tuple((float(x), float(y)) for path in paths for x, y in POINT.findall(path))


@lru_cache(maxsize=64)  # one entry per guide's shapes in a view; editors' edits make new ones
def close_up(view, shape_ids):
    """The view's artwork framed on ``shape_ids`` (a tuple; with a margin), so small muscles show large; whole if
    none is found. Worked out once per view and shapes, as the artwork is read once.

    A guide's page marks muscles of one region (the thighs, say): on the whole body they were slivers.
    """
    svg = artwork(view)
    points = [point for shape_id in shape_ids for point in shape_points(view, shape_id)]
    if not points:
        return svg
    left, top, width, height = (float(number) for number in VIEW_BOX.search(svg)[1].split())
    xs, ys = [x for x, _ in points], [y for _, y in points]
    x0, y0 = max(left, min(xs) - CLOSE_UP_MARGIN), max(top, min(ys) - CLOSE_UP_MARGIN)
    x1, y1 = min(left + width, max(xs) + CLOSE_UP_MARGIN), min(top + height, max(ys) + CLOSE_UP_MARGIN)
    svg = VIEW_BOX.sub(f'viewBox="{x0:g} {y0:g} {x1 - x0:g} {y1 - y0:g}"', svg, count=1)
    # The view's name ("Front"), drawn under the feet, comes into the frame's bottom margin; the text
    # alternative says that this is a part of the body.
    svg = VIEW_LABEL.sub(f'<text x="{(x0 + x1) / 2:g}" y="{y1 - 8:g}"', svg, count=1)
    return svg.replace("A simplified drawing of the whole body", "A close-up of a simplified drawing of the body", 1)


def atlas_shape_ids(muscle):
    return list(muscle.atlas_shapes or [])


def atlas_shapes(muscles, roles=None, tooltips=None, link=False, css_class=""):
    """A ``Shape`` per atlas shape that ``muscles`` are mapped to, one per shape id.

    ``roles`` maps muscle pk to role (see ``anatomy.muscle_shapes``); where two
    muscles share a shape, it shows the stronger role and both names.
    ``css_class`` marks shapes that have no role (a guide's own muscles).
    """
    if roles:
        # A muscle drawn as its heads: a role given to the muscle marks each head without one of its own.
        inherited = {muscle.pk: roles[muscle.parent_id] for muscle in muscles if muscle.parent_id in roles}
        roles = {**inherited, **roles}
    merged = {}
    for shape in muscle_shapes(muscles, roles, tooltips, link, shape_ids=atlas_shape_ids):
        if css_class and not shape.css_class:
            shape = replace(shape, css_class=css_class)
        earlier = merged.get(shape.shape_id)
        if earlier is None:
            merged[shape.shape_id] = shape
            continue
        stronger = shape if _strength(shape.css_class) < _strength(earlier.css_class) else earlier
        name = earlier.name if shape.name in earlier.name.split(" and ") else f"{earlier.name} and {shape.name}"
        merged[shape.shape_id] = replace(stronger, name=name)
    return list(merged.values())


def _strength(css_class):
    """0 for the strongest role's class; larger for weaker ones and for no role."""
    classes = [role_class(role) for role in ROLE_ORDER]
    return classes.index(css_class) if css_class in classes else len(classes)


@dataclass
class View:
    label: str  # "Front", "Back"; "" for a guide's own drawing
    html: str
    # A guide's own drawing: the words of its numbered labels, listed under it on phones (``render_diagram``).
    label_words: list = field(default_factory=list)


@dataclass
class Picture:
    """A marked anatomy picture: one or two views and the key to its fills."""

    views: list = field(default_factory=list)
    legend: list = field(default_factory=list)  # [(css class, words)]

    def __bool__(self):
        return bool(self.views)


def render_atlas(
    muscles, roles=None, *, wording=None, tooltips=None, link=False, css_class="", description="", framed=False
):
    """The atlas with ``muscles`` marked: only the views that show one of them; an empty Picture if none is mapped.

    ``roles`` ({muscle pk: role}) shades each muscle by role, keyed by
    ``wording`` ({role: words}); without roles, ``css_class`` marks every
    mapped muscle alike (with ``wording`` {css class: words}). ``framed``: each view
    is a close-up of what it marks (``close_up``), not the whole body.
    """
    # Only what is marked: the other muscles of the same guides stay part of the plain drawing.
    shapes = [shape for shape in atlas_shapes(muscles, roles, tooltips, link, css_class) if shape.css_class]
    picture = Picture()
    for view in (FRONT, BACK):
        in_view = [shape for shape in shapes if BY_ID.get(shape.shape_id) and BY_ID[shape.shape_id].view == view]
        if in_view:
            svg = close_up(view, tuple(shape.shape_id for shape in in_view)) if framed else artwork(view)
            html = render_diagram(svg, in_view, description)
            if html:
                picture.views.append(View(VIEW_LABELS[view], html))
    if picture and wording:
        picture.legend = legend(shapes, wording) if roles is not None else _plain_legend(shapes, wording)
    return picture


def _plain_legend(shapes, wording):
    shown = {shape.css_class for shape in shapes}
    return [(css_class, words) for css_class, words in wording.items() if css_class in shown]


def region_classes(muscles, roles):
    """``{side-view region: css class of the strongest role}`` for the muscles ``roles`` marks, through their shapes."""
    regions = {}
    for shape in atlas_shapes(muscles, roles):
        region = BY_ID[shape.shape_id].region if shape.shape_id in BY_ID else ""
        if region and shape.css_class and _strength(shape.css_class) < _strength(regions.get(region, "")):
            regions[region] = shape.css_class
    return regions


def drawing_shape_ids(guide):
    """How a guide's muscles find their shapes: in its own drawing when it has one, else in the atlas."""
    return guide_shape_ids if guide.diagram_svg else atlas_shape_ids


def guide_picture(guide, muscles, roles=None, *, wording=None, tooltips=None, link=False, description=""):
    """A guide's muscles marked: on the guide's own drawing when it has one (an optional override), else the atlas.

    Without ``roles`` the guide's muscles are marked alike, with a key that
    names the guide.
    """
    if guide.diagram_svg:
        shapes = muscle_shapes(muscles, roles, tooltips, link)
        html = render_diagram(guide.diagram_svg, shapes, description, numbered_labels=True)
        if html:
            view = View("", html, label_words(guide.diagram_svg))
            return Picture([view], legend(shapes, wording) if wording and roles is not None else [])
    if roles is None:  # the guide's own page: its muscles alike, in a close-up of where they are
        wording = {FOCUS_CLASS: f"The {guide.name.lower()} (solid fill)"}
        return render_atlas(
            muscles, wording=wording, link=link, css_class=FOCUS_CLASS, description=description, framed=True
        )
    return render_atlas(muscles, roles, wording=wording, tooltips=tooltips, link=link, description=description)
