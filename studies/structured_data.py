"""schema.org JSON-LD for studies: a ScholarlyArticle identified by its DOI, for its page and every page citing it."""

from core.structured_data import SCHEMA_ORG


def study_authors(authors):
    """'Maeo S, Huang M, et al' as Person nodes; 'et al' is not a person."""
    names = [name.strip() for name in authors.split(",")]
    return [{"@type": "Person", "name": name} for name in names if name and name.rstrip(".").lower() != "et al"]


def scholarly_article(study, origin):
    node = {
        "@type": "ScholarlyArticle",
        "headline": study.title,
        "name": study.title,
        "author": study_authors(study.authors),
        "datePublished": str(study.year),
        "isPartOf": {"@type": "Periodical", "name": study.journal},
        "genre": study.evidence_type,
        "description": study.finding,
        "url": origin + study.get_absolute_url(),
    }
    if study.pages:
        node["pagination"] = study.pages
    if study.doi:
        node["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": study.doi}
        node["sameAs"] = study.doi_url
    return node


def study_page(study, origin):
    return {
        "@context": SCHEMA_ORG,
        **scholarly_article(study, origin),
        "mainEntityOfPage": origin + study.get_absolute_url(),
    }
