"""Seed content for the pages app: the three pages the footer links to (words in ``seed_data``)."""

from .models import Page
from .seed_data import PAGES


def seed():
    """Create the pages that are missing; return how many rows were made."""
    created = 0
    for data in PAGES:
        page, was_created = Page.objects.get_or_create(slug=data["slug"], defaults=data)
        created += was_created
    return created
