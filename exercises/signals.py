"""Keep citations in step with the Markdown and with the studies' slugs.

Guides live in ``articles``, which must not import this app, so the guide's
citation rows are written here, when a guide is saved. When a study's slug
changes, the guides and exercises citing it are rewritten to cite the new one.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from articles.markup import rename_citation
from articles.models import MuscleGroup, slug_changed

from .models import Citation, Study, sync_citations


@receiver(post_save, sender=MuscleGroup, dispatch_uid="exercises.sync_guide_citations")
def sync_guide_citations(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_citations(instance)


@receiver(slug_changed, sender=Study, dispatch_uid="exercises.rename_study_citations")
def rename_study_citations(sender, instance, old_slug, **kwargs):
    for citation in Citation.objects.filter(study=instance).select_related("guide", "exercise"):
        rewrite_citations(citation.source, old_slug, instance.slug)


def rewrite_citations(source, old_slug, new_slug):
    """Make ``source``'s Markdown cite ``new_slug`` where it cited ``old_slug``, and save it."""
    for field in source.markdown_fields:
        setattr(source, field, rename_citation(getattr(source, field), old_slug, new_slug))
    source.save()
