"""Delete images kept for admin forms that were never saved, once older than PENDING_UPLOAD_MAX_AGE_HOURS (48).

Images that a saved draft uses are kept. The admin also runs this whenever it
keeps a new upload; the command is for a daily cron on a quiet site.
"""

from django.core.management.base import BaseCommand

from core.pending_uploads import delete_abandoned, max_age


class Command(BaseCommand):
    help = "Delete abandoned pending uploads (kept images of admin forms never saved) older than the maximum age."

    def handle(self, *args, **options):
        deleted = delete_abandoned()
        self.stdout.write(f"Deleted {deleted} pending upload(s) older than {max_age()}.")
