from django.core.management.base import BaseCommand

from search import index
from search.models import Document


class Command(BaseCommand):
    help = "Rewrite every search document, e.g. after a release changes what a document holds."

    def handle(self, *args, **options):
        index.rebuild()
        self.stdout.write(f"Indexed {Document.objects.count()} documents.")
