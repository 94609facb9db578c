"""schema.org JSON-LD building blocks: the site, its publisher and list pages.

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
