"""Views and view mixins every app shares: old-slug redirects, the liveness and readiness probes, the favicon."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

from . import fail_safe, page_cache
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


logger = logging.getLogger(__name__)


def csrf_failure(request, reason=""):
    """``CSRF_FAILURE_VIEW``: the site's own 403 page, in its layout, instead of Django's bare one."""
    return render(request, "403_csrf.html", status=403)


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


@read_only
@page_cache.exempt
@never_cache
@require_safe
def readyz(request):
    """A readiness probe: 200 when the database and the cache both answer, else 503 naming what failed.

    A load balancer sends no readers to a server that is not ready; ``/healthz/`` stays the
    liveness probe (the process answers), so a database outage does not restart every server.
    """
    failed = [name for name, check in (("database", _database_answers), ("cache", _cache_answers)) if not check()]
    if failed:
        return HttpResponse("not ready: " + ", ".join(failed) + "\n", content_type="text/plain", status=503)
    return HttpResponse("ready\n", content_type="text/plain")


def _database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception as error:
        fail_safe.warn(logger, "readyz-database", "Readiness: the database does not answer", error)
        return False


def _cache_answers():
    key, value = "readyz:" + uuid.uuid4().hex, uuid.uuid4().hex
    try:
        cache.set(key, value, timeout=10)
        answered = cache.get(key) == value
        cache.delete(key)
        return answered
    except Exception as error:
        fail_safe.warn(logger, "readyz-cache", "Readiness: the cache does not answer", error)
        return False
