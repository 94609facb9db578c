"""Workouts cite studies in their Markdown too: follow a study's change of slug."""

from django.dispatch import receiver

from articles.models import slug_changed
from exercises.models import Study
from exercises.signals import rewrite_citations

from .models import Workout


@receiver(slug_changed, sender=Study, dispatch_uid="workouts.rename_study_citations")
def rename_study_citations(sender, instance, old_slug, **kwargs):
    for workout in Workout.objects.filter(principles__contains=f"[@{old_slug}]"):
        rewrite_citations(workout, old_slug, instance.slug)
