"""A site seeded before guides had other names finds the quadriceps guide by "quads" after ``migrate``."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles.models import MuscleGroup
from search.engine import search
from search.query import parse_query

BEFORE_OTHER_NAMES = [("search", "0002_reindex_after_content_corrections"), ("articles", "0011_glossary_terms")]


@pytest.mark.django_db(transaction=True)
def test_a_site_seeded_before_gets_the_quads_and_a_search_index_that_reads_them():
    call_command("seed_content", stdout=io.StringIO())
    guides = MuscleGroup.objects.count()
    try:
        executor = MigrationExecutor(connection)
        executor.migrate(BEFORE_OTHER_NAMES)
    finally:
        call_command("migrate", verbosity=0)  # as a deploy runs it: search's post_migrate indexes what is missing

    assert dict(MuscleGroup.objects.values_list("slug", "aliases")) == {"hamstrings": "", "quadriceps": "Quads"}
    assert MuscleGroup.objects.count() == guides
    groups = search(parse_query("quads"))
    assert groups[0].key == "guides" and groups[0].results[0].title == "How to train your quadriceps"
