"""Numbering a page's citations in reading order, and the reference list at its foot.

Stored HTML carries unnumbered citation markers (see ``core.markup``), so the
same text can appear on several pages. Each page builds one ``ReferenceList``
and passes its texts through ``number()`` in the order a reader meets them:
the first study cited is 1, the next new one 2, and a study cited again keeps
its number. The studies themselves are fetched once, with one query, when the
page asks for ``references``.
"""

from functools import cached_property

from core.markup import CITATION_MARKER

from .models import Study


class ReferenceList:
    def __init__(self):
        self.numbers = {}

    def number_for(self, slug):
        if slug not in self.numbers:
            self.numbers[slug] = len(self.numbers) + 1
        return self.numbers[slug]

    def number(self, html):
        """``html`` with each citation marker replaced by its number, linked to the reference."""

        def replace(match):
            slug = match.group(1)
            number = self.number_for(slug)
            return f'<sup class="citation"><a href="#ref-{slug}" aria-label="Reference {number}">[{number}]</a></sup>'

        return CITATION_MARKER.sub(replace, html or "")

    @cached_property
    def references(self):
        """``[(number, study)]`` in number order; a marker whose study no longer exists is left out."""
        studies = Study.objects.in_bulk(list(self.numbers), field_name="slug") if self.numbers else {}
        return [(number, studies[slug]) for slug, number in self.numbers.items() if slug in studies]

    @property
    def studies(self):
        return [study for _, study in self.references]
