from django.http import HttpResponse, HttpResponseRedirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from articles import page_cache


@page_cache.exempt
@require_safe
def healthz(request):
    """A liveness probe for load balancers, and the benchmark's baseline: no database, no cache."""
    return HttpResponse("ok", content_type="text/plain")


@page_cache.exempt
@require_safe
@cache_control(max_age=86400)
def favicon(request):
    """Browsers ask for /favicon.ico even on pages that link the icon (the admin's): send them to it."""
    return HttpResponseRedirect(static("img/favicon.svg"))
