from django.urls import reverse
from django.views.generic import TemplateView

from core.page_cache import query_parameters
from core.seo import Crumb, SeoMixin

from .engine import has_websearch_syntax, search
from .query import Problem, parse_query


@query_parameters("q")
class SearchView(SeoMixin, TemplateView):
    """/search/?q=...: results grouped by kind, or a page saying how to search.

    A query longer than the search box allows is a bad request (400); the other
    problems (empty, one character, no words) are ordinary pages that explain.
    Each query's page is cached like any other page until the content changes.
    """

    template_name = "search/results.html"

    def get(self, request, *args, **kwargs):
        query = parse_query(request.GET.get("q", ""))
        groups = search(query) if query.ok else []
        context = self.get_context_data(
            search_query=query,
            groups=groups,
            result_count=sum(len(group.results) for group in groups),
            websearch_syntax=has_websearch_syntax(),
        )
        return self.render_to_response(context, status=400 if query.problem == Problem.TOO_LONG else 200)

    def get_breadcrumbs(self, context):
        return [Crumb("Search", reverse("search:results"))]

    def get_structured_data(self, context):
        return [{"@context": "https://schema.org", "@type": "SearchResultsPage", "name": "Search"}]
