"""Template filters for search engines and link previews."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# The escaping Django's json_script uses: with <, > and & written as \\u escapes,
# no editor text can close the script element or open a comment inside it.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_text(data):
    """``data`` as JSON that is safe to place inside a script element."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)


@register.filter
def json_ld(data):
    """A ``<script type="application/ld+json">`` data block holding ``data``.

    Like Django's ``json_script`` filter, but with the JSON-LD media type, which
    search engines look for (``json_script`` always writes application/json).
    """
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(json_ld_text(data)))
