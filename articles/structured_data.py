"""schema.org JSON-LD for guides (an Article citing its studies) and the glossary (a DefinedTermSet).

Builders return plain dicts (see ``core.structured_data``) and read only what
the view already fetched, so they add no queries.
"""

from html import unescape

from django.utils.html import strip_tags

from core.structured_data import SCHEMA_ORG, compact, organization
from studies.structured_data import scholarly_article


def guide_reference(guide, origin):
    """The guide a page belongs to, as a short Article; None while the guide is not public, so no page links to it."""
    if not guide.is_public:
        return None
    return {"@type": "Article", "headline": guide.title, "url": origin + guide.get_absolute_url()}


def guide_article(guide, studies, origin):
    """A guide as an Article, citing ``studies`` as ScholarlyArticles.

    Expects ``guide.author`` fetched with select_related.
    """
    url = origin + guide.get_absolute_url()
    return compact(
        {
            "@context": SCHEMA_ORG,
            "@type": "Article",
            "headline": guide.title,
            "description": guide.summary,
            "url": url,
            "mainEntityOfPage": url,
            "image": origin + guide.social_card().image_url,
            "datePublished": guide.published_at.isoformat(),
            "dateModified": guide.updated_at.isoformat(),
            "inLanguage": "en",
            "author": author(guide.author),
            "publisher": organization(origin),
            "about": {"@type": "AnatomicalStructure", "name": guide.name},
            "citation": [scholarly_article(study, origin) for study in studies],
        }
    )


def author(person):
    """The byline: an Organization for the site's own team, a Person otherwise."""
    if person.is_team:
        return {"@type": "Organization", "name": person.name}
    return {"@type": "Person", "name": person.name, "description": person.bio}


def glossary_term_set(terms, url, origin):
    """The glossary as a DefinedTermSet: each term with its plain-text definition and its anchor."""
    return {
        "@context": SCHEMA_ORG,
        "@type": "DefinedTermSet",
        "name": "Glossary",
        "url": origin + url,
        "hasDefinedTerm": [
            compact(
                {
                    "@type": "DefinedTerm",
                    "name": term.term,
                    "description": " ".join(unescape(strip_tags(term.definition_html)).split()),
                    "url": origin + term.get_absolute_url(),
                    "inDefinedTermSet": origin + url,
                }
            )
            for term in terms
        ],
    }
