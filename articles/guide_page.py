"""What the guide page shows, assembled from a guide and its prefetched relations.

The page reads: introduction, anatomy, then the sections that apps above this
one register in ``sections`` (exercises: the exercises recommended and left
out; workouts: the workout), then the wrap-up and sources. Citations are
numbered in that order, so the numbers run 1, 2, 3 down the page. After the
article come the parts apps register in ``after_article`` (newsletter: its
signup box), outside the reading text: no citations, no glossary links.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch

from core.markup import subheadings
from core.sections import PageSections
from studies.references import ReferenceList

from .anatomy import anatomy_order, muscles_with_heads, undrawn
from .atlas import Picture, drawing_shape_ids, guide_picture
from .models import Muscle

# Apps above articles register their parts of the guide page here, from AppConfig.ready().
sections = PageSections()
after_article = PageSections()


@dataclass
class GuidePage:
    guide: object
    introduction_html: str = ""
    anatomy_html: str = ""
    wrap_up_html: str = ""
    sources_html: str = ""
    sections: list = field(default_factory=list)
    after_article: list = field(default_factory=list)
    muscles: list = field(default_factory=list)
    not_drawn: list = field(default_factory=list)  # the muscles its picture cannot show (``anatomy.undrawn``)
    joint_actions: list = field(default_factory=list)
    references: list = field(default_factory=list)
    picture: Picture = field(default_factory=Picture)

    @property
    def contents(self):
        """``[(anchor, heading, [(anchor, subheading)])]`` for "On this page".

        The editor's own subheadings (``##`` in Markdown) are listed under the
        section they are written in; those of the introduction, which has no
        heading of its own, come first.
        """
        entries = [(anchor, heading, []) for anchor, heading in subheadings(self.guide.introduction_html)]
        entries.append(("anatomy", "Anatomy", subheadings(self.guide.anatomy_html)))
        entries += [(anchor, heading, []) for section in self.sections for anchor, heading in section.contents]
        if self.wrap_up_html:
            entries.append(("wrap-up", "Wrap-up", subheadings(self.guide.wrap_up_html)))
        if self.sources_html:
            entries.append(("sources", "Sources", []))
        if self.references:
            entries.append(("references-heading", "References", []))
        return entries


def guide_prefetches(show_drafts):
    """What the guide page reads, for a MuscleGroup queryset: the anatomy and every section's rows."""
    return [
        Prefetch(
            "muscles",
            # One guide's muscles: in its order, not joined to the guide to sort by the guide first.
            queryset=Muscle.objects.select_related("parent")
            .prefetch_related("joints", "actions")
            .order_by("position", "name"),
        ),
        *sections.prefetches(show_drafts),
        *after_article.prefetches(show_drafts),
    ]


def build_guide_page(guide, show_drafts=False):
    """The guide page in reading order, its citations numbered; no queries beyond ``guide_prefetches``.

    ``show_drafts``: editors previewing the guide also see its draft exercises and workouts.
    """
    references = ReferenceList()
    page = GuidePage(guide=guide)
    page.introduction_html = references.number(guide.introduction_html)
    page.anatomy_html = references.number(guide.anatomy_html)
    page.sections = sections.build(guide, references, show_drafts)
    page.wrap_up_html = references.number(guide.wrap_up_html)
    page.sources_html = references.number(guide.sources_html)
    page.references = references.references
    page.after_article = after_article.build(guide, ReferenceList(), show_drafts)

    muscles = list(guide.muscles.all())
    page.muscles = muscles_with_heads(muscles)
    page.not_drawn = undrawn(muscles, drawing_shape_ids(guide))
    names = ", ".join(str(muscle) for muscle in anatomy_order(muscles) if muscle not in page.not_drawn)
    page.picture = guide_picture(guide, muscles, link=True, description=f"Marked: {names}." if names else "")
    actions = {action.pk: action for muscle in muscles for action in muscle.actions.all()}
    page.joint_actions = sorted(actions.values(), key=lambda action: (action.position, action.name))
    return page
