"""What the exercise page shows, from an exercise and its prefetched relations.

The page reads: how to do it (description, steps, mistakes, safety, cues),
the muscles it trains with a marked diagram per guide, what each guide says
about it, then the sections apps above this one register in ``sections``
(workouts: the workouts that use it). Citations are numbered in that order.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch

from articles.anatomy import (
    EXERCISE_LEGEND,
    EXERCISE_TOOLTIPS,
    group_by_role,
    legend,
    muscle_shapes,
    roles_by_muscle,
)
from articles.models import Muscle, MuscleGroup
from core.diagram import render_diagram
from core.sections import PageSections
from studies.references import ReferenceList

from .models import Exercise, GuideExercise, MuscleInvolvement

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
class Diagram:
    guide: MuscleGroup
    html: str
    legend: list


@dataclass
class ExercisePage:
    exercise: Exercise
    how_to: dict = field(default_factory=dict)  # field name -> numbered HTML
    verdicts: list = field(default_factory=list)
    diagrams: list = field(default_factory=list)
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
    guides = MuscleGroup.objects.all() if show_drafts else MuscleGroup.objects.published()
    return [
        Prefetch("involvements", queryset=MuscleInvolvement.objects.select_related("muscle__parent")),
        "joint_actions__joint",
        Prefetch("substitutes", queryset=Exercise.objects.published()),
        Prefetch(
            "guide_links",
            queryset=GuideExercise.objects.filter(guide__in=guides).select_related("guide").order_by("guide__position"),
        ),
        *sections.prefetches(show_drafts),
    ]


def build_exercise_page(exercise, diagram_guides, show_drafts=False):
    """The exercise page, its citations numbered in reading order.

    ``diagram_guides``: the guides whose muscles it involves, with their muscles
    prefetched (see ``guides_with_diagrams``).
    """
    references = ReferenceList()
    page = ExercisePage(exercise=exercise)
    page.how_to = {name: references.number(getattr(exercise, f"{name}_html")) for name in HOW_TO_FIELDS}
    page.verdicts = [GuideVerdict(link, references.number(link.reason_html)) for link in exercise.guide_links.all()]
    page.sections = sections.build(exercise, references, show_drafts)
    page.references = references.references
    page.diagrams = exercise_diagrams(exercise, diagram_guides)
    return page


def guides_with_diagrams(exercise, show_drafts):
    """The guides with a diagram whose muscles ``exercise`` involves (one query, muscles prefetched)."""
    guides = MuscleGroup.objects.all() if show_drafts else MuscleGroup.objects.published()
    group_ids = {involvement.muscle.group_id for involvement in exercise.involvements.all()}
    return list(
        guides.filter(pk__in=group_ids)
        .exclude(diagram_svg="")
        .only("pk", "name", "slug", "diagram_svg", "status", "published_at", "position")
        .prefetch_related(Prefetch("muscles", queryset=Muscle.objects.select_related("parent")))
    )


def exercise_diagrams(exercise, guides):
    """Each guide's diagram with the exercise's roles marked, its legend, and a description in words."""
    involvements = list(exercise.involvements.all())
    diagrams = []
    for guide in guides:
        muscles = list(guide.muscles.all())
        shapes = muscle_shapes(muscles, roles_by_muscle(involvements, muscles), EXERCISE_TOOLTIPS)
        in_guide = [involvement for involvement in involvements if involvement.muscle.group_id == guide.pk]
        in_words = " ".join(
            f"{role.label}: " + ", ".join(str(involvement.muscle) for involvement in rows) + "."
            for role, rows in group_by_role(in_guide)
        )
        description = f"Marked for the exercise {exercise.name}. {in_words}" if in_words else ""
        html = render_diagram(guide.diagram_svg, shapes, description)
        if html:
            diagrams.append(Diagram(guide, html, legend(shapes, EXERCISE_LEGEND)))
    return diagrams
