"""A reader's own workout, read from the URL: rows of exercise, sets and reps.

The address is the workout (``?e1=romanian-deadlift&s1=4&r1=8&e2=squat&s2=3&r2=8``),
so a build can be bookmarked and shared and nothing is stored on the server.
Row ``n`` is given by ``e<n>`` (an exercise's slug), ``s<n>`` (sets) and
``r<n>`` (reps: ``8`` or a range ``8-12``; seconds: ``30s``). A row without an exercise is
skipped, so a form can offer empty rows. Anything else a reader could type
into the address is refused with a reason (``BuildError``, a 400), never a
500: an exercise the library does not have, more rows than a session holds,
sets or reps out of range, a parameter given twice.

The items become unsaved ``WorkoutItem`` rows, and ``coverage.guide_coverage``
analyses them exactly as it analyses a saved workout.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from .models import WorkoutItem

MAX_EXERCISES = 12
MAX_SETS = 20  # as for the site's workouts (WorkoutItem.sets)
MAX_REPS = 100
MAX_QUERY_LENGTH = 2000
MAX_VALUE_LENGTH = 100

ROW_PARAMETER = re.compile(r"([esr])([0-9]+)")
SLUG = re.compile(r"[-a-zA-Z0-9_]+")
REPS = re.compile(r"([0-9]{1,4})(?:\s*[-–]\s*([0-9]{1,4}))?\s*(s?)")
MAX_SECONDS = 600  # as for the site's workouts (WorkoutItem.reps_min)
FIELD_NAMES = {"e": "exercise", "s": "sets", "r": "reps"}


class BuildError(ValueError):
    """Why a build cannot be read, in words for the reader."""


@dataclass
class Pick:
    """One row as the reader gave it, checked: an exercise slug, sets and a target in reps or seconds."""

    exercise: str
    sets: int
    reps_min: int
    reps_max: int
    unit: str = WorkoutItem.Unit.REPS

    @property
    def reps(self):
        span = str(self.reps_min) if self.reps_min == self.reps_max else f"{self.reps_min}-{self.reps_max}"
        return span + "s" if self.unit == WorkoutItem.Unit.SECONDS else span


def shown(value, limit=40):
    """A reader's value quoted in a message, cut short if long."""
    return value if len(value) <= limit else value[:limit] + "…"


def parse(params, query_length=0):
    """The rows of ``params`` (a QueryDict) in order, as ``Pick``s; raises ``BuildError`` with the reason.

    Parameters that are not row fields (e.g. a tracking tag added by a link
    shortener) are ignored.
    """
    rows = {}
    for name, values in params.lists():
        match = ROW_PARAMETER.fullmatch(name)
        if not match:
            continue
        letter, digits = match.groups()
        if len(values) > 1:
            raise BuildError(
                f"“{shown(name)}” is given {len(values)} times; give each row's {FIELD_NAMES[letter]} once."
            )
        if digits.startswith("0"):
            raise BuildError(f"“{shown(name)}” is not a row: rows are numbered from 1.")
        number = row_number(digits)
        if number is None:
            raise BuildError(f"A workout here has at most {MAX_EXERCISES} exercises; “{shown(name)}” is beyond that.")
        if len(values[0]) > MAX_VALUE_LENGTH:
            raise BuildError(f"The {FIELD_NAMES[letter]} of row {number} is too long.")
        rows.setdefault(number, {})[letter] = values[0].strip()
    if query_length > MAX_QUERY_LENGTH:
        raise BuildError(f"The address is too long: a workout here fits in {MAX_QUERY_LENGTH} characters.")
    return [pick for number, fields in sorted(rows.items()) if (pick := parse_row(number, fields))]


def row_number(digits):
    """The row that a parameter's digits ("3" in "e3") name, or None if no row can have them.

    Never ``int()`` of a long run of digits: Python refuses to convert more than 4,300 of them.
    """
    if digits.startswith("0") or len(digits) > len(str(MAX_EXERCISES)):
        return None
    number = int(digits)
    return number if number <= MAX_EXERCISES else None


def parse_row(number, fields):
    """A ``Pick``, or None for a row without an exercise (an empty row of the form)."""
    slug = fields.get("e", "")
    if not slug:
        return None
    if not SLUG.fullmatch(slug):
        raise BuildError(f"There is no exercise called “{shown(slug)}”. Pick one from the list.")
    sets = parse_sets(number, fields.get("s", ""))
    return Pick(slug, sets, *parse_reps(number, fields.get("r", "")))


def parse_sets(number, value):
    if not value:
        raise BuildError(f"Row {number} has an exercise but no number of sets.")
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= MAX_SETS:
        raise BuildError(f"Sets (row {number}) must be a whole number from 1 to {MAX_SETS}, not “{shown(value)}”.")
    return int(value)


def parse_reps(number, value):
    """``(low, high, unit)`` from "8", "8-12" or "30s"."""
    if not value:
        raise BuildError(f"Row {number} has an exercise but no number of reps.")
    match = REPS.fullmatch(value) if value.isascii() or "–" in value else None
    seconds = bool(match and match.group(3))
    low, high = (int(match.group(1)), int(match.group(2) or match.group(1))) if match else (0, 0)
    limit = MAX_SECONDS if seconds else MAX_REPS
    if not (1 <= low <= limit and 1 <= high <= limit):
        raise BuildError(
            f"Reps (row {number}) must be a whole number from 1 to {MAX_REPS}, a range such as 8-12, "
            f"or seconds up to {MAX_SECONDS} such as 30s, not “{shown(value)}”."
        )
    if high < low:
        raise BuildError(f"Reps (row {number}): the top of the range “{shown(value)}” is below its bottom.")
    return low, high, WorkoutItem.Unit.SECONDS if seconds else WorkoutItem.Unit.REPS


def build_items(picks, exercises):
    """Unsaved ``WorkoutItem``s for ``picks``; ``exercises`` maps slug to a published exercise.

    Raises ``BuildError`` for a slug that names no published exercise.
    """
    items = []
    for position, pick in enumerate(picks, start=1):
        exercise = exercises.get(pick.exercise)
        if exercise is None:
            raise BuildError(f"There is no exercise called “{shown(pick.exercise)}”. Pick one from the list.")
        items.append(
            WorkoutItem(
                exercise=exercise,
                position=position,
                sets=pick.sets,
                reps_min=pick.reps_min,
                reps_max=pick.reps_max,
                unit=pick.unit,
            )
        )
    return items


def query_string(picks):
    """The canonical address of a build: its rows numbered from 1, no empty rows."""
    params = []
    for number, pick in enumerate(picks, start=1):
        params += [(f"e{number}", pick.exercise), (f"s{number}", pick.sets), (f"r{number}", pick.reps)]
    return urlencode(params)


def items_query_string(items):
    """The builder's address for saved items (a guide's workout), to start a build from it."""
    picks = [Pick(item.exercise.slug, item.sets, item.reps_min, item.reps_max, item.unit) for item in items]
    return query_string(picks)
