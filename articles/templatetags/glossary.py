"""``{% glossary_links %}...{% endglossary_links %}``: the reading text of a page, its glossary terms linked.

Wrap the part of a page a reader reads through (not its header, contents or
reference list), once per page: the first use of each term in it links to the
glossary (see ``articles.glossary``).
"""

from django import template
from django.utils.safestring import mark_safe

from ..glossary import GlossaryLinker, published_terms

register = template.Library()


class GlossaryLinksNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        return mark_safe(GlossaryLinker(published_terms()).link(html))


@register.tag
def glossary_links(parser, token):
    nodelist = parser.parse(("endglossary_links",))
    parser.delete_first_token()
    return GlossaryLinksNode(nodelist)
