"""What deleting a subscriber (a reader's "forget me") leaves behind: nothing that names them.

Their delivery rows stay, with no subscriber, so past editions' sent and failed
counts do not change; a failure reason that quotes the address loses it. The admin
log outlives the row, so its entries for a subscriber name a number
("subscriber #12"), never the address.
"""

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Value
from django.db.models.functions import Concat, Replace
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from .models import Delivery, Subscriber

DELETED_ADDRESS = "(address deleted)"
LOG_NAME = "subscriber #"  # and the row's id: what the admin log calls a subscriber once deleted


def forget_in_admin_log(subscriber_ids):
    """Rename every admin log entry about these subscribers to "subscriber #<id>"."""
    content_type = ContentType.objects.get_for_model(Subscriber)
    entries = LogEntry.objects.filter(content_type=content_type, object_id__in=[str(pk) for pk in subscriber_ids])
    entries.update(object_repr=Concat(Value(LOG_NAME), F("object_id")))


@receiver(pre_delete, sender=Subscriber)
def forget(sender, instance, **kwargs):
    """Runs for every deleted row (one or many, in the admin or elsewhere), before the deliveries lose it."""
    reasons = Delivery.objects.filter(subscriber=instance, error__contains=instance.email)
    reasons.update(error=Replace("error", Value(instance.email), Value(DELETED_ADDRESS)))
    forget_in_admin_log([instance.pk])
