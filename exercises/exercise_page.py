"""What the exercise page shows, from an exercise and its prefetched relations.

The page reads: how to do it (description, steps, mistakes, safety, cues),
the muscles it trains with a marked diagram per guide, what each guide says
about it, then the sections apps above this one register in ``sections``
(workouts: the workouts that use it). Citations are numbered in that order.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.safestring import mark_safe

from articles.anatomy import EXERCISE_LEGEND, EXERCISE_TOOLTIPS, group_by_role, legend, role_class, roles_by_muscle
from articles.atlas import Picture, region_classes, render_atlas
from articles.models import JointAction, Muscle, MuscleGroup
from articles.muscle_length import length_changes, length_chart
from core.models import shown_rule
from core.sections import PageSections
from studies.references import ReferenceList

from .models import Exercise, GuideExercise, MuscleInvolvement
from .movement import movement_figure

# Apps above exercises register their parts of the exercise page here, from AppConfig.ready().
sections = PageSections()

HOW_TO_FIELDS = ("description", "steps", "mistakes", "safety", "cues")


@dataclass
class GuideVerdict:
    link: GuideExercise
    reason_html: str

    @property
    def guide(self):
        return self.link.guide


@dataclass
class ExercisePage:
    exercise: Exercise
    how_to: dict = field(default_factory=dict)  # field name -> numbered HTML
    involvements: list = field(default_factory=list)  # [(role, [([muscles], numbered note HTML)])]
    verdicts: list = field(default_factory=list)
    picture: Picture = field(default_factory=Picture)  # the atlas, marked with what it trains
    movement: object = None  # a movement.MovementFigure, when the editor has set its angles
    movement_legend: list = field(default_factory=list)
    length_changes: list = field(default_factory=list)  # muscle_length.LengthChange, where a verified model covers one
    length_chart: str = ""
    sections: list = field(default_factory=list)
    references: list = field(default_factory=list)

    @property
    def recommended_in(self):
        return [verdict for verdict in self.verdicts if verdict.link.is_recommended]

    @property
    def left_out_of(self):
        return [verdict for verdict in self.verdicts if not verdict.link.is_recommended]


def exercise_prefetches(show_drafts):
    """What the exercise page reads, for an Exercise queryset."""
    return [
        Prefetch(
            "involvements",
            # One exercise's rows: not joined to the exercise to sort by its name first.
            queryset=MuscleInvolvement.objects.select_related("muscle__parent").order_by(
                "muscle__group", "muscle__position", "muscle__name"
            ),
        ),
        Prefetch("joint_actions", queryset=JointAction.objects.select_related("joint")),  # one query, not two
        Prefetch("substitutes", queryset=Exercise.objects.published().defer(*Exercise.page_only_fields())),
        Prefetch(
            "guide_links",
            # The rule on the join: a subquery of published guides costs more to build and run.
            queryset=GuideExercise.objects.filter(shown_rule(show_drafts, "guide__"))
            .select_related("guide")
            .defer(*MuscleGroup.stored_texts("guide__"), "guide__diagram_svg")
            .order_by("guide__position"),
        ),
        *sections.prefetches(show_drafts),
    ]


def build_exercise_page(exercise, muscles, show_drafts=False):
    """The exercise page, its citations numbered in reading order.

    ``muscles``: every muscle of the guides whose muscles it involves (see
    ``involved_muscles``).
    """
    references = ReferenceList()
    page = ExercisePage(exercise=exercise)
    page.how_to = {name: references.number(getattr(exercise, f"{name}_html")) for name in HOW_TO_FIELDS}
    page.involvements = [
        (role, shared_notes([(involvement.muscle, references.number(involvement.note_html)) for involvement in rows]))
        for role, rows in exercise.involvements_by_role()
    ]
    page.verdicts = [GuideVerdict(link, references.number(link.reason_html)) for link in exercise.guide_links.all()]
    page.sections = sections.build(exercise, references, show_drafts)
    page.references = references.references
    roles = roles_by_muscle(exercise.involvements.all(), muscles)
    page.picture = exercise_picture(exercise, muscles, roles)
    if exercise.has_movement:
        page.movement = exercise_movement(exercise, muscles, roles)
        page.movement_legend = legend(page.movement.shapes, EXERCISE_LEGEND)
        page.length_changes = length_changes(muscles, exercise.pose("start"), exercise.pose("end"))
        page.length_chart = mark_safe(length_chart(page.length_changes, f"movement-{exercise.slug}"))  # noqa: S308 - our own markup, no editor text
    return page


def shared_notes(rows):
    """``[([muscles], note HTML)]`` from ``[(muscle, note HTML)]``: neighbours with one note share one line.

    An editor often gives the muscles of a group the same reason; read four times over it was noise.
    """
    lines = []
    for muscle, note in rows:
        if lines and note and lines[-1][1] == note:
            lines[-1][0].append(muscle)
        else:
            lines.append(([muscle], note))
    return lines


def involved_muscles(exercise, show_drafts):
    """Every muscle of the guides whose muscles ``exercise`` involves, with its parent (one query)."""
    group_ids = {involvement.muscle.group_id for involvement in exercise.involvements.all()}
    if not group_ids:
        return []
    muscles = Muscle.objects.filter(group_id__in=group_ids).filter(shown_rule(show_drafts, "group__"))
    return list(muscles.select_related("parent"))


def exercise_picture(exercise, muscles, roles):
    """The atlas with what ``exercise`` trains marked by role, whatever guides the muscles belong to."""
    shown_guides = {muscle.group_id for muscle in muscles}
    involvements = [row for row in exercise.involvements.all() if row.muscle.group_id in shown_guides]
    in_words = " ".join(
        f"{role.label}: " + ", ".join(str(involvement.muscle) for involvement in rows) + "."
        for role, rows in group_by_role(involvements)
    )
    description = f"Marked for the exercise {exercise.name}. {in_words}" if in_words else ""
    return render_atlas(muscles, roles, wording=EXERCISE_LEGEND, tooltips=EXERCISE_TOOLTIPS, description=description)


def exercise_movement(exercise, muscles, roles):
    """The start and end figure, shaded by what ``exercise`` trains."""
    return movement_figure(
        exercise.name,
        exercise.pose("start"),
        exercise.pose("end"),
        exercise.movement_support,
        exercise.movement_implement,
        region_classes(muscles, roles),
        key=exercise.slug,
        tooltips={role_class(role): words for role, words in EXERCISE_TOOLTIPS.items()},
    )
