"""Images kept for a form that came back (an error, Preview, a draft), and the clean-up of abandoned ones.

A kept upload waits in ``pending-uploads/<random>/<name>`` under a signed name
that the form carries (``core.admin.PendingUploadForm``); saving the form moves
it into the object and deletes it. A form that is never saved leaves it behind:
``delete_abandoned`` removes those older than ``PENDING_UPLOAD_MAX_AGE``,
except the ones a saved draft still uses. It runs whenever the admin keeps a
new upload, and from ``manage.py clean_pending_uploads`` (for a daily cron).
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.files.storage import default_storage
from django.utils import timezone

PENDING_UPLOADS = "pending-uploads"
PENDING_SALT = "core.admin.pending-upload"
PENDING_FIELD_SUFFIX = "image_pending"


def max_age():
    return timedelta(hours=getattr(settings, "PENDING_UPLOAD_MAX_AGE_HOURS", 48))


def kept_by_drafts():
    """The pending uploads that saved drafts still carry (their signed names, read back)."""
    from .models import DraftChange  # models import nothing from here; avoids a cycle at import time

    names = set()
    for form_data in DraftChange.objects.values_list("form_data", flat=True):
        for field, values in form_data.items():
            if field.endswith(PENDING_FIELD_SUFFIX):
                for value in values:
                    try:
                        names.add(signing.loads(value, salt=PENDING_SALT))
                    except signing.BadSignature:
                        continue
    return names


def delete_abandoned(now=None):
    """Delete pending uploads older than the maximum age that no draft uses; returns how many were deleted."""
    if not default_storage.exists(PENDING_UPLOADS):
        return 0
    cutoff = (now or timezone.now()) - max_age()
    keep = kept_by_drafts()
    deleted = 0
    folders, _ = default_storage.listdir(PENDING_UPLOADS)
    for folder in folders:
        _, files = default_storage.listdir(f"{PENDING_UPLOADS}/{folder}")
        for file in files:
            name = f"{PENDING_UPLOADS}/{folder}/{file}"
            if name not in keep and default_storage.get_modified_time(name) < cutoff:
                default_storage.delete(name)
                deleted += 1
    return deleted
