"""The site's URLs plus one view for the benchmark: hello-world with one cache round trip."""

from django.core.cache import cache
from django.http import HttpResponse
from django.urls import include, path

from core import page_cache


@page_cache.exempt
def hello_cache(request):
    """What every cached page costs at least with Redis: one round trip, then a small answer."""
    cache.get("bench:hello")
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("bench/hello-cache/", hello_cache),
    path("", include("config.urls")),
]
