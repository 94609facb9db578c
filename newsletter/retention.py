"""How long a signup that is never confirmed is kept: a week by default, then deleted like a forgotten reader.

Its confirmation link expires after NEWSLETTER_CONFIRM_DAYS (three days by default). The row is deleted
UNCONFIRMED_MARGIN (four days) after that, counted from the signup: the link is signed when its email goes
out, so a confirmation that left late (a mail server down for a while, a worker stopped) still works for its
whole life. Deleting goes through the same path as a manager's delete (newsletter/forgetting.py), so nothing
naming the address is left. Every worker runs this from time to time (core/housekeeping.py).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import Subscriber

logger = logging.getLogger(__name__)

UNCONFIRMED_MARGIN = timedelta(days=4)


def unconfirmed_cutoff():
    """Pending signups made before this are deleted."""
    return timezone.now() - timedelta(days=settings.NEWSLETTER_CONFIRM_DAYS) - UNCONFIRMED_MARGIN


def delete_unconfirmed_signups():
    """Delete every pending signup older than the cutoff; returns how many were deleted."""
    expired = Subscriber.objects.filter(status=Subscriber.Status.PENDING, consent_at__lt=unconfirmed_cutoff())
    deleted = expired.delete()[1].get(Subscriber._meta.label, 0)
    if deleted:
        logger.info("Deleted %d newsletter signup(s) never confirmed", deleted)
    return deleted
