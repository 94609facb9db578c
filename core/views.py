"""Views and view mixins every app shares: old-slug redirects, the liveness probe, the favicon."""

from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from . import page_cache
from .middleware import read_only
from .models import SlugRedirect


class RedirectOldSlugMixin:
    """For a detail view by slug: an old slug of a page answers with a 301 to its current address.

    Only a miss looks for a redirect, and only among what the view may show,
    so an old address of a page that is now a draft stays 404 for readers.
    """

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            moved = SlugRedirect.objects.find(self.get_queryset(), kwargs["slug"])
            if moved is None:
                raise
            url = moved.get_absolute_url()
            if request.META.get("QUERY_STRING"):
                url += "?" + request.META["QUERY_STRING"]
            return HttpResponsePermanentRedirect(url)


@read_only
@page_cache.exempt
@require_safe
def healthz(request):
    """A liveness probe for load balancers, and the benchmark's baseline: no database, no cache."""
    return HttpResponse("ok", content_type="text/plain")


@read_only
@page_cache.exempt
@require_safe
@cache_control(max_age=86400)
def favicon(request):
    """Browsers ask for /favicon.ico even on pages that link the icon (the admin's): send them to it."""
    return HttpResponseRedirect(static("img/favicon.svg"))
