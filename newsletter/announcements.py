"""A draft edition announcing each new guide, prepared when the guide is first published.

Only a draft: a newsletter manager reviews it and presses send (or schedules it
for after a scheduled guide goes live). Nothing is ever sent automatically.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from articles.models import MuscleGroup

from .models import Edition


@receiver(post_save, sender=MuscleGroup)
def draft_announcement(sender, instance, raw=False, **kwargs):
    # Publishable.save says whether this save published the guide for the first time. Seed guides are
    # created as already published (``ever_published``), so a fresh site starts with no announcements.
    if raw or not getattr(instance, "published_for_the_first_time", False):
        return
    if Edition.objects.filter(announces=instance).exists():
        return
    edition = Edition.objects.create(
        subject=f"New guide: {instance.title}",
        # The subject names the guide, and the email's heading is the subject: the body does not repeat it.
        body=f"{instance.summary}\n\n[Read the {instance.name.lower()} guide]({instance.get_absolute_url()})",
        announces=instance,
    )
    edition.guides.add(instance)
