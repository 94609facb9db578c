"""A draft edition announcing each new guide, prepared when the guide is first published.

Only a draft: a newsletter manager reviews it and presses send (or schedules it
for after a scheduled guide goes live). Nothing is ever sent automatically.
"""

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from articles.models import MuscleGroup

from .models import Edition

# Whether each guide being saved was published before this save, keyed by the instance's id().
was_published = {}


@receiver(pre_save, sender=MuscleGroup)
def remember_status(sender, instance, raw=False, **kwargs):
    if raw:
        return
    stored = sender._base_manager.filter(pk=instance.pk).values_list("status", flat=True).first()
    was_published[id(instance)] = stored == MuscleGroup.Status.PUBLISHED


@receiver(post_save, sender=MuscleGroup)
def draft_announcement(sender, instance, raw=False, **kwargs):
    before = was_published.pop(id(instance), True)
    if raw or before or instance.status != MuscleGroup.Status.PUBLISHED:
        return
    if Edition.objects.filter(announces=instance).exists():
        return
    edition = Edition.objects.create(
        subject=f"New guide: {instance.title}",
        body=(
            f"A new guide is on {settings.SITE_NAME}: **{instance.title}**.\n\n{instance.summary}\n\n"
            f"[Read the {instance.name.lower()} guide]({instance.get_absolute_url()})"
        ),
        announces=instance,
    )
    edition.guides.add(instance)
