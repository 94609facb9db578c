"""Seed content for the studies app: the studies both guides cite (words in ``seed_data``)."""

from .models import Study
from .seed_data import STUDIES


def seed():
    """Create the studies that are missing; return how many rows were made."""
    return sum(Study.objects.get_or_create(slug=study["slug"], defaults=study)[1] for study in STUDIES)
