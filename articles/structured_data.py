"""schema.org JSON-LD for the articles app's pages: the site, list pages and guides.

Builders return plain dicts; the base template prints them with the ``json_ld``
filter. Top-level nodes carry ``@context``; nested ones do not. URLs are made
absolute on ``origin`` (see ``seo.site_origin``). Builders read only what the
view already fetched, so they add no queries.
"""

from django.conf import settings

SCHEMA_ORG = "https://schema.org"


def compact(node):
    """``node`` without empty values: schema.org validators flag an empty ``citation`` or ``about``."""
    return {key: value for key, value in node.items() if value not in ("", None, [], {})}


def organization(origin):
    return {"@type": "Organization", "name": settings.SITE_NAME, "url": origin + "/"}


def website(description, origin):
    return {
        "@context": SCHEMA_ORG,
        "@type": "WebSite",
        "name": settings.SITE_NAME,
        "url": origin + "/",
        "description": description,
        "publisher": organization(origin),
    }


def collection_page(name, url, items, origin):
    """A list page: its name, address and the pages it links to, in order (``items`` have get_absolute_url)."""
    items = list(items)
    return {
        "@context": SCHEMA_ORG,
        "@type": "CollectionPage",
        "name": name,
        "url": origin + url,
        "mainEntity": {
            "@type": "ItemList",
            "numberOfItems": len(items),
            "itemListElement": [
                {"@type": "ListItem", "position": position, "name": str(item), "url": origin + item.get_absolute_url()}
                for position, item in enumerate(items, start=1)
            ],
        },
    }


def guide_reference(guide, origin):
    """The guide a page belongs to, as a short Article; None while the guide is not public, so no page links to it."""
    if not guide.is_public:
        return None
    return {"@type": "Article", "headline": guide.title, "url": origin + guide.get_absolute_url()}


def guide_article(guide, studies, origin):
    """A guide as an Article, citing ``studies`` (each with ``structured_data()``) as ScholarlyArticles.

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
            "author": {"@type": "Person", "name": guide.author.name, "description": guide.author.bio},
            "publisher": organization(origin),
            "about": {"@type": "AnatomicalStructure", "name": guide.name},
            "citation": [study.structured_data(origin) for study in studies],
        }
    )
