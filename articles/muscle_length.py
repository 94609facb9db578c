"""Muscle-tendon length from hip and knee angles, computed by a published model, and shown only where one is verified.

A model is a published regression of a muscle-tendon unit's length on the
hip and knee angles (for example Hawkins & Hull 1990, J Biomech 23(5):487-494,
or Visser et al. 1990, Eur J Appl Physiol 61:453-460). ``LengthModel`` holds
its coefficients per muscle, as the polynomial

    length(hip, knee) = sum of c[i, j] * hip**i * knee**j

with hip and knee flexion in degrees (0: straight), and the citation a page
shows beside every number it gives. The site states lengths relative to
standing (hip and knee straight), so the unit of the model's length (a share
of a segment's length, or millimetres) does not matter.

``VERIFIED_MODELS`` lists the models whose equations and coefficients were
checked against the paper itself, with a unit test that reproduces the
paper's own examples. It is empty: neither candidate's coefficient table
could be read in the paper while this was built (see the README), and a
number we cannot trace to the paper is not shown. A muscle that no verified
model covers gets no statement at all, never an estimate.
"""

from dataclasses import dataclass

from django.db.models import prefetch_related_objects
from django.utils.html import escape


@dataclass(frozen=True)
class LengthModel:
    name: str  # how the text names it, e.g. "Hawkins and Hull's model"
    citation: str  # the full reference, shown with every number
    doi: str
    coefficients: dict  # muscle slug -> {(power of hip, power of knee): coefficient}

    def covers(self, muscle):
        return muscle.slug in self.coefficients

    def length(self, muscle_slug, hip, knee):
        terms = self.coefficients[muscle_slug]
        return sum(coefficient * hip**i * knee**j for (i, j), coefficient in terms.items())

    def relative_to_standing(self, muscle_slug, hip, knee):
        """The length at these angles as a share of the length standing (hip and knee straight)."""
        return self.length(muscle_slug, hip, knee) / self.length(muscle_slug, 0, 0)


VERIFIED_MODELS = ()


@dataclass
class LengthChange:
    """How long one muscle is at the start and end of a rep, relative to standing, by one model."""

    muscle: object
    model: LengthModel
    start: float  # e.g. 1.04 for 104 % of the standing length
    end: float

    @property
    def start_percent(self):
        return round(self.start * 100)

    @property
    def end_percent(self):
        return round(self.end * 100)


def length_changes(muscles, start, end, models=None):
    """A ``LengthChange`` for each muscle that crosses hip and knee and that a verified model covers.

    ``start`` and ``end`` are poses with ``hip`` and ``knee`` angles; ``muscles``
    have ``slug``. The first model that covers a muscle is used. The joints are
    read only for the muscles a model covers (one query, none when no model
    covers any): an exercise page need not load every muscle's joints for a
    statement that no verified model can make yet.
    """
    models = VERIFIED_MODELS if models is None else models
    covered = []
    for muscle in muscles:
        model = next((model for model in models if model.covers(muscle)), None)
        if model is not None:
            covered.append((muscle, model))
    prefetch_related_objects([muscle for muscle, _ in covered], "joints")
    return [
        LengthChange(
            muscle,
            model,
            model.relative_to_standing(muscle.slug, start.hip, start.knee),
            model.relative_to_standing(muscle.slug, end.hip, end.knee),
        )
        for muscle, model in covered
        if crosses_hip_and_knee(muscle)
    ]


def crosses_hip_and_knee(muscle):
    return {joint.name for joint in muscle.joints.all()} >= {"hip", "knee"}


def length_chart(changes, key):
    """A small inline SVG: each muscle's length at the start and the end, on a scale around standing (100 %)."""
    if not changes:
        return ""
    values = [value for change in changes for value in (change.start, change.end)] + [1.0]
    low, high = min(values) - 0.05, max(values) + 0.05
    left, right, row = 150, 380, 26
    height = row * len(changes) + 30

    def x(value):
        return left + (value - low) / (high - low) * (right - left)

    parts = [
        f'<path d="M{x(1.0):.1f} 4 V{height - 22}" stroke="#4f5a62" stroke-dasharray="3 3"/>',
        f'<text x="{x(1.0):.1f}" y="{height - 6}" text-anchor="middle" font-size="12" fill="#1d2327">'
        "standing = 100 %</text>",
    ]
    for index, change in enumerate(changes):
        y = 18 + index * row
        name = escape(str(change.muscle))
        parts.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" font-size="13" fill="#1d2327">{name}</text>')
        parts.append(
            f'<path d="M{x(change.start):.1f} {y} H{x(change.end):.1f}" stroke="#b8322f" stroke-width="4"/>'
            f'<circle cx="{x(change.start):.1f}" cy="{y}" r="5" fill="#ffffff" stroke="#2b0708" stroke-width="2"/>'
            f'<circle cx="{x(change.end):.1f}" cy="{y}" r="5" fill="#2b0708"/>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="length-chart" viewBox="0 0 400 {height}" role="img" '
        f'aria-labelledby="{key}-length-title"><title id="{key}-length-title">Muscle length at the start (open dot) '
        "and the end (filled dot) of a rep, relative to standing</title>" + "".join(parts) + "</svg>"
    )
