"""The exercises' part of the guide page: the ones the guide recommends, then the ones it leaves out, and why."""

from dataclasses import dataclass

from django.db.models import Prefetch

from core.models import shown_rule
from core.sections import PageSection

from .models import Exercise, GuideExercise


@dataclass
class Entry:
    link: GuideExercise
    reason_html: str  # citations numbered for this page

    @property
    def exercise(self):
        return self.link.exercise


class GuideExercisesSection(PageSection):
    order = 30
    template_name = "exercises/includes/guide_exercises.html"

    def prefetches(self, show_drafts):
        links = (  # the guide is the page's own: only the exercise's rule is asked, on the join
            GuideExercise.objects.filter(shown_rule(show_drafts, "exercise__"))
            .select_related("exercise")
            .defer(*Exercise.page_only_fields("exercise__"))
            .order_by("position", "pk")  # one guide's links: not joined to the guide to sort by it
        )
        return [Prefetch("exercise_links", queryset=links, to_attr="shown_exercise_links")]

    def build(self, guide, references, show_drafts):
        links = guide.shown_exercise_links
        context = {"guide": guide, "exercises_intro_html": references.number(guide.exercises_intro_html)}
        context["recommended"] = [
            Entry(link, references.number(link.reason_html)) for link in links if link.is_recommended
        ]
        context["left_out_intro_html"] = references.number(guide.left_out_intro_html)
        context["left_out"] = [
            Entry(link, references.number(link.reason_html)) for link in links if not link.is_recommended
        ]
        return context

    def contents(self, context):
        entries = [("exercises", "Exercises")]
        if context["left_out"]:
            entries.append(("left-out", "Discussed but left out"))
        return entries
