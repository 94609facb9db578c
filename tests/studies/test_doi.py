"""A DOI pasted as a link or with ``doi:`` is stored bare; anything else that is no DOI is refused."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from studies.doi import bare_doi, is_doi
from studies.models import Study


@pytest.mark.parametrize(
    "pasted",
    [
        "10.1055/a-1082-1126",
        "https://doi.org/10.1055/a-1082-1126",
        "http://dx.doi.org/10.1055/a-1082-1126",
        " HTTPS://DOI.ORG/10.1055/a-1082-1126 ",
        "doi:10.1055/a-1082-1126",
        "DOI: 10.1055/a-1082-1126",
    ],
)
def test_a_pasted_link_or_doi_prefix_leaves_the_bare_identifier(pasted):
    assert bare_doi(pasted) == "10.1055/a-1082-1126"


@pytest.mark.parametrize(
    "text", ["10.1055", "1055/a-1082", "10.12/x", '10.1055/a"><script>', "10.1055/a b", "see paper"]
)
def test_what_is_no_doi_is_not_taken_for_one(text):
    assert not is_doi(text)


def test_the_study_form_stores_the_bare_doi_and_the_page_links_it_once(seeded):
    """A pasted link gave https://doi.org/https://doi.org/... on every page citing it (editor review)."""
    study = Study.objects.get(slug="maeo-2021")
    study.doi = "https://doi.org/10.1055/a-1082-1126"
    study.full_clean()
    assert study.doi_url == "https://doi.org/10.1055/a-1082-1126"

    study.doi = '"><script>alert(1)</script>'
    with pytest.raises(ValidationError) as refused:
        study.full_clean()
    assert "A DOI starts with 10." in str(refused.value.message_dict["doi"])


@pytest.mark.django_db(transaction=True)
def test_migrate_bares_the_dois_stored_as_links_and_leaves_the_rest():
    call_command("seed_content", stdout=io.StringIO())
    executor = MigrationExecutor(connection)
    try:
        executor.migrate([("studies", "0002_editors_permissions")])
        Study.objects.filter(slug="maeo-2021").update(doi="https://doi.org/10.1249/MSS.0000000000002523")
        Study.objects.filter(slug="kojic-2022").update(doi="not a doi")
        studies = Study.objects.count()
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())

    assert Study.objects.get(slug="maeo-2021").doi == "10.1249/MSS.0000000000002523"
    assert Study.objects.get(slug="kojic-2022").doi == "not a doi"
    assert Study.objects.count() == studies
