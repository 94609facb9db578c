"""What a workout trains: each muscle and head, through which joint action, with how many sets.

Computed from the model, never written per workout: an exercise's muscle
involvements (primary, secondary, not trained) and its joint actions, and the
joint actions each muscle performs. A workout an editor builds in the admin
gets the same analysis as the seeded one.

``coverage`` is the one code path: ``workout_coverage`` feeds it a saved
workout, and the reader's workout builder (``builder.py``) unsaved items,
both through ``guide_coverage``. It reads related objects: fetch the workout with
``coverage_prefetches()``, and ``guide_coverage`` fetches the facts of every exercise it
weighs (the items' and the guide's) together, two queries however many there are.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch, prefetch_related_objects

from articles.anatomy import TRAINS, Role, roles_by_muscle, trainable_parts
from articles.models import Muscle, MuscleGroup
from exercises.models import Exercise, GuideExercise

from .models import Workout, WorkoutItem

EXERCISE_FACTS = ("involvements", "joint_actions")


def coverage_prefetches():
    """What ``workout_coverage`` reads of a workout, for a Workout queryset (the exercises' facts aside).

    Only published exercises count: ``items`` holds the workout's items whose
    exercise readers can open. The guide's ``guide_exercise_links`` holds every
    exercise it discusses, drafts too: they set the matrix columns, so an action
    whose only exercise is a draft is still reported as missed (``coverage``
    suggests only the published ones).
    """
    return [
        Prefetch("items", queryset=WorkoutItem.objects.public()),
        *guide_prefetches("muscle_group__"),
    ]


def guide_prefetches(prefix=""):
    """What ``guide_coverage`` reads of a guide: its muscles with their actions, and its exercise links.

    ``prefix`` reaches the guide from another model ("muscle_group__" from a Workout).
    """
    return [
        Prefetch(f"{prefix}muscles", queryset=Muscle.objects.select_related("parent").prefetch_related("actions")),
        Prefetch(
            f"{prefix}exercise_links",
            queryset=GuideExercise.objects.select_related("exercise").defer(*Exercise.page_only_fields("exercise__")),
            to_attr="guide_exercise_links",
        ),
    ]


def prefetch_exercise_facts(exercises):
    """Fetch the ``EXERCISE_FACTS`` of ``exercises`` that lack them, one query per fact for all of them.

    A workout's exercises are mostly its guide's too: fetched together, not once per list.
    """
    prefetch_related_objects(list(exercises), *EXERCISE_FACTS)


@dataclass
class Entry:
    """A workout item that trains a muscle, in a matrix cell."""

    item: WorkoutItem
    role: str

    @property
    def exercise(self):
        return self.item.exercise

    @property
    def sets(self):
        return self.item.sets


@dataclass
class Cell:
    action: object
    performs: bool  # does the muscle perform this action at all?
    entries: list = field(default_factory=list)

    @property
    def sets(self):
        return sum(entry.sets for entry in self.entries)


@dataclass
class Row:
    """A muscle, or a head, and what the workout does for it."""

    muscle: Muscle
    cells: list = field(default_factory=list)
    primary_sets: int = 0
    secondary_sets: int = 0
    # Why it is missed, from exercises that explicitly leave it out: [(exercise, note)].
    left_out_by: list = field(default_factory=list)

    @property
    def total_sets(self):
        return self.primary_sets + self.secondary_sets

    @property
    def trained(self):
        return self.total_sets > 0

    @property
    def role(self):
        """The strongest role any exercise gives it, for the diagram."""
        if self.primary_sets:
            return Role.PRIMARY
        return Role.SECONDARY if self.secondary_sets else Role.NOT_TRAINED


@dataclass
class Suggestion:
    """An exercise of the guide that would fill a gap, and whether the guide recommends it."""

    exercise: Exercise
    recommended: bool
    position: int = 0


@dataclass
class Finding:
    """One plain-language statement; a gap names the exercises that would fill it, best first."""

    text: str
    ok: bool
    suggestions: list = field(default_factory=list)
    # Exercises in the workout that explicitly leave the muscle out, and why: [(exercise, note HTML)].
    reasons: list = field(default_factory=list)


@dataclass
class Coverage:
    actions: list  # the matrix columns: joint actions the group's exercises can train
    rows: list  # the matrix rows: each muscle without heads, and each head
    items: list  # the workout items counted (public exercises only)
    findings: list
    missed_muscles: list
    missed_actions: list

    @property
    def counted_in_reps(self):
        return [item for item in self.items if item.unit == WorkoutItem.Unit.REPS]

    @property
    def rep_min(self):
        return min((item.reps_min for item in self.counted_in_reps), default=None)

    @property
    def rep_max(self):
        return max((item.reps_max for item in self.counted_in_reps), default=None)

    @property
    def rep_spectrum(self):
        """The items from fewest to most reps: heavy sets first, light sets last."""
        return sorted(self.items, key=lambda item: (item.reps_min, item.position))

    @property
    def covers_everything(self):
        return not self.missed_muscles and not self.missed_actions

    def roles(self):
        """``{muscle pk: role}`` for the diagram."""
        return {row.muscle.pk: row.role for row in self.rows}


def muscle_roles(exercise, muscles):
    return roles_by_muscle(exercise.involvements.all(), muscles)


def trained_actions(exercise, parts, muscles):
    """Action pks ``exercise`` trains on ``parts``: actions it lists that a muscle it trains performs."""
    roles = muscle_roles(exercise, muscles)
    listed = {action.pk for action in exercise.joint_actions.all()}
    return {
        action.pk
        for part in parts
        if roles.get(part.pk) in TRAINS
        for action in part.actions.all()
        if action.pk in listed
    }


def workout_coverage(workout):
    """The coverage of ``workout`` over the muscles and joint actions of its guide."""
    return guide_coverage(workout.muscle_group, list(workout.items.all()))


def coverage_by_guide(items):
    """``[(guide, coverage)]``: each published guide whose muscles ``items`` (a reader's build) train, with what they
    cover of it; each guide's ``published_workouts`` (with their public items) come with it, to compare.

    A fixed number of queries however many guides and exercises: the guides with their anatomy, exercise links
    and workouts, then the facts of every exercise weighed, the build's and all the guides', together.
    """
    guides = list(
        MuscleGroup.objects.published()
        .filter(
            muscles__involvements__exercise__in=[item.exercise for item in items],
            muscles__involvements__role__in=TRAINS,
        )
        .distinct()
        .prefetch_related(
            *guide_prefetches(),
            Prefetch(
                "workouts",
                queryset=Workout.objects.published().prefetch_related(
                    Prefetch("items", queryset=WorkoutItem.objects.public())
                ),
                to_attr="published_workouts",
            ),
        )
    )
    linked = [link.exercise for guide in guides for link in guide.guide_exercise_links]
    prefetch_exercise_facts([item.exercise for item in items] + linked)
    return [(guide, guide_coverage(guide, items)) for guide in guides]


def guide_coverage(guide, items):
    """What ``items`` (saved or not) train of ``guide``'s anatomy: a site workout's and a reader's build alike.

    ``guide`` is fetched with ``guide_prefetches()``. The exercises' facts are
    fetched here where they are missing: to weigh several guides with two
    queries, call ``prefetch_exercise_facts`` on all their exercises first.
    """
    prefetch_exercise_facts([item.exercise for item in items] + [link.exercise for link in guide.guide_exercise_links])
    return coverage(guide.name, list(guide.muscles.all()), items, guide.guide_exercise_links)


def coverage(group_name, muscles, items, links):
    """What ``items`` train of ``muscles`` (one guide's anatomy).

    ``links`` are the guide's ``GuideExercise`` rows: the matrix has a column
    for each joint action their exercises can train (drafts too, so an action
    is not dropped while its only exercise is being rewritten), and gaps are
    filled with their published exercises, the guide's recommended ones first.
    """
    parts = trainable_parts(muscles)
    in_workout = {item.exercise_id for item in items}
    guide_exercises = [link.exercise for link in links]
    candidates = [Suggestion(link.exercise, link.is_recommended, link.position) for link in links]
    candidates = [c for c in candidates if c.exercise.is_public and c.exercise.pk not in in_workout]

    actions = {action.pk: action for part in parts for action in part.actions.all()}
    targets = set()
    for exercise in guide_exercises + [item.exercise for item in items]:
        targets |= trained_actions(exercise, parts, muscles)
    columns = sorted((actions[pk] for pk in targets), key=lambda action: (action.position, action.name))

    rows = []
    item_facts = [
        (item, muscle_roles(item.exercise, muscles), {a.pk for a in item.exercise.joint_actions.all()})
        for item in items
    ]
    notes = {
        (involvement.exercise_id, involvement.muscle_id): involvement.note_html
        for item in items
        for involvement in item.exercise.involvements.all()
    }
    for part in parts:
        performs = {action.pk for action in part.actions.all()}
        row = Row(muscle=part, cells=[Cell(action, action.pk in performs) for action in columns])
        for item, roles, listed in item_facts:
            role = roles.get(part.pk)
            if role == Role.PRIMARY:
                row.primary_sets += item.sets
            elif role == Role.SECONDARY:
                row.secondary_sets += item.sets
            elif role == Role.NOT_TRAINED:
                note = notes.get((item.exercise_id, part.pk)) or notes.get((item.exercise_id, part.parent_id), "")
                row.left_out_by.append((item.exercise, note))
            if role in TRAINS:
                for cell in row.cells:
                    if cell.performs and cell.action.pk in listed:
                        cell.entries.append(Entry(item, role))
        rows.append(row)

    missed_muscles = [row for row in rows if not row.trained]
    trained_columns = {cell.action.pk for row in rows for cell in row.cells if cell.entries}
    missed_actions = [action for action in columns if action.pk not in trained_columns]
    gaps = Gaps(rows, columns, missed_muscles, missed_actions)
    findings = write_findings(group_name, gaps, candidates, parts, muscles)
    return Coverage(columns, rows, items, findings, missed_muscles, missed_actions)


@dataclass
class Gaps:
    rows: list
    columns: list
    missed_muscles: list
    missed_actions: list


def write_findings(group_name, gaps, candidates, parts, muscles):
    """Plain-language findings: what is covered, and for each gap, the exercises that would fill it.

    Suggestions come from ``candidates`` (``Suggestion``): the guide's
    recommended exercises first, then the one filling most gaps, then the
    guide's order.
    """
    rows, columns, missed_muscles, missed_actions = gaps.rows, gaps.columns, gaps.missed_muscles, gaps.missed_actions
    roles = {c.exercise.pk: muscle_roles(c.exercise, muscles) for c in candidates}
    actions = {c.exercise.pk: trained_actions(c.exercise, parts, muscles) for c in candidates}

    def fills_muscle(candidate, row):
        return roles[candidate.exercise.pk].get(row.muscle.pk) in TRAINS

    def fills_action(candidate, action):
        return action.pk in actions[candidate.exercise.pk]

    def gaps_filled(candidate):
        return sum(fills_muscle(candidate, row) for row in missed_muscles) + sum(
            fills_action(candidate, action) for action in missed_actions
        )

    ranked = sorted(candidates, key=lambda c: (not c.recommended, -gaps_filled(c), c.position, c.exercise.name))
    findings = []

    if not rows:
        return findings
    if not missed_muscles:
        findings.append(Finding(f"Every muscle and head of the {group_name.lower()} is trained.", ok=True))
    for row in missed_muscles:
        text = f"The {lower_first(str(row.muscle))} is not trained by this workout."
        suggestions = [exercise for exercise in ranked if fills_muscle(exercise, row)]
        findings.append(Finding(text, ok=False, suggestions=suggestions, reasons=row.left_out_by))

    trained = [action for action in columns if action not in missed_actions]
    if columns and not missed_actions:
        findings.append(Finding(all_trained_sentence(trained), ok=True))
    for action in missed_actions:
        suggestions = [exercise for exercise in ranked if fills_action(exercise, action)]
        findings.append(Finding(f"{upper_first(action.name)} is not trained by this workout.", False, suggestions))
    return findings


def all_trained_sentence(actions):
    names = [action.name for action in actions]
    if len(names) == 1:
        return f"{upper_first(names[0])} is trained."
    if len(names) == 2:
        return f"Both {names[0]} and {names[1]} are trained."
    return f"All {len(names)} joint actions are trained: {', '.join(names[:-1])} and {names[-1]}."


def lower_first(text):
    return text[:1].lower() + text[1:]


def upper_first(text):
    return text[:1].upper() + text[1:]
