"""What the guide page shows, assembled from a guide and its prefetched relations.

The page reads in this order: introduction, anatomy, recommended exercises,
left-out exercises, workouts, wrap-up. Citations are numbered in that order,
so the numbers run 1, 2, 3 down the page.
"""

from dataclasses import dataclass, field

from .diagram import muscle_shapes, render_diagram
from .markup import ReferenceList


@dataclass
class ExerciseEntry:
    exercise: object
    verdict_html: str


@dataclass
class GuidePage:
    guide: object
    introduction_html: str = ""
    anatomy_html: str = ""
    exercises_intro_html: str = ""
    left_out_intro_html: str = ""
    wrap_up_html: str = ""
    recommended: list = field(default_factory=list)
    left_out: list = field(default_factory=list)
    muscles: list = field(default_factory=list)
    joint_actions: list = field(default_factory=list)
    workouts: list = field(default_factory=list)
    references: list = field(default_factory=list)
    diagram_html: str = ""


def cited_studies(guide, exercises):
    studies = [citation.study for citation in guide.citations.all()]
    for exercise in exercises:
        studies.extend(citation.study for citation in exercise.citations.all())
    return studies


def muscles_with_heads(muscles):
    """``[(muscle, [heads])]`` for the anatomy table, from one flat list of muscles."""
    heads = {}
    for muscle in muscles:
        if muscle.parent_id:
            heads.setdefault(muscle.parent_id, []).append(muscle)
    return [(muscle, heads.get(muscle.pk, [])) for muscle in muscles if not muscle.parent_id]


def build_guide_page(guide, show_drafts=False):
    """Number the guide's citations in reading order and sort its exercises.

    Expects ``guide`` fetched with ``GuideDetailView``'s prefetches; it makes
    no queries of its own.
    """
    exercises = [exercise for exercise in guide.exercises.all() if show_drafts or exercise.is_public]
    references = ReferenceList(cited_studies(guide, exercises))
    page = GuidePage(guide=guide)
    page.introduction_html = references.number(guide.introduction_html)
    page.anatomy_html = references.number(guide.anatomy_html)
    page.exercises_intro_html = references.number(guide.exercises_intro_html)
    for exercise in exercises:
        if exercise.recommended:
            page.recommended.append(ExerciseEntry(exercise, references.number(exercise.verdict_html)))
    page.left_out_intro_html = references.number(guide.left_out_intro_html)
    for exercise in exercises:
        if not exercise.recommended:
            page.left_out.append(ExerciseEntry(exercise, references.number(exercise.verdict_html)))
    page.wrap_up_html = references.number(guide.wrap_up_html)
    page.references = references.references

    page.muscles = muscles_with_heads(guide.muscles.all())
    page.diagram_html = render_diagram(guide.diagram_svg, muscle_shapes(list(guide.muscles.all()), link=True))
    actions = {action.pk: action for muscle in guide.muscles.all() for action in muscle.actions.all()}
    page.joint_actions = sorted(actions.values(), key=lambda action: (action.position, action.name))
    page.workouts = [workout for workout in guide.workouts.all() if show_drafts or workout.is_public]
    return page
