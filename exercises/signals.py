"""Keep a guide's citations in step with its Markdown.

Guides live in ``articles``, which must not import this app, so the guide's
citation rows are written here, when a guide is saved.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from articles.models import MuscleGroup

from .models import sync_citations


@receiver(post_save, sender=MuscleGroup, dispatch_uid="exercises.sync_guide_citations")
def sync_guide_citations(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_citations(instance)
