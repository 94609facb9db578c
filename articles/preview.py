"""What an editor sees when pressing "Preview" in the admin, before anything is saved.

The text goes through the same pipeline as a saved page: ``render_markdown``
(with nh3), then ``ReferenceList`` numbering the citations of all previewed
fields in reading order, with the references listed below.
"""

from dataclasses import dataclass, field

from .markup import ReferenceList, cited_keys, render_markdown


@dataclass
class Preview:
    sections: list = field(default_factory=list)  # [(label, html)]
    references: list = field(default_factory=list)  # [(number, study)]


def build_preview(texts, find_studies):
    """Render ``texts`` (``[(label, markdown)]``, in reading order) as one page would.

    ``find_studies(slugs)`` returns the cited studies that exist; citations of
    any other slug show as "[?]", as on a page.
    """
    slugs = list(dict.fromkeys(slug for _, text in texts for slug in cited_keys(text)))
    references = ReferenceList(find_studies(slugs) if slugs else [])
    preview = Preview()
    for label, text in texts:
        if text and text.strip():
            preview.sections.append((label, references.number(render_markdown(text))))
    preview.references = references.references
    return preview
