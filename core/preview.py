"""What an editor sees when pressing "Preview" in the admin, before anything is saved.

The text goes through the same pipeline as a saved page: ``render_markdown``
(with nh3), then a reference list numbering the citations of all previewed
fields in reading order, with the references listed below. The reference list
comes from the admin (``studies.admin.CitesStudiesAdmin`` gives one that knows
studies); without one, citations stay unnumbered markers.
"""

from dataclasses import dataclass, field

from .markup import render_markdown


@dataclass
class Preview:
    sections: list = field(default_factory=list)  # [(label, html)]
    references: list = field(default_factory=list)  # [(number, cited object)]
    figures: list = field(default_factory=list)  # rendered HTML an admin adds (e.g. an exercise's movement figure)


def build_preview(texts, references=None):
    """Render ``texts`` (``[(label, markdown)]``, in reading order) as one page would.

    ``references`` has ``number(html)`` and ``references``, like
    ``studies.references.ReferenceList``.
    """
    preview = Preview()
    for label, text in texts:
        if text and text.strip():
            html = render_markdown(text)
            preview.sections.append((label, references.number(html) if references else html))
    preview.references = references.references if references else []
    return preview
