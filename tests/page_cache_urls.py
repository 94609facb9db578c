"""Small views for the page-cache tests, next to the site's own URLs."""

from collections import Counter

from csp.constants import NONCE
from csp.decorators import csp_update
from django.contrib import messages
from django.http import HttpResponse
from django.template import engines
from django.urls import include, path
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from articles.models import MuscleGroup

renders = Counter()

FORM = engines["django"].from_string(
    '<form method="post" action="/submit/">{% csrf_token %}<button>Sign up</button></form>'
    '<p data-token="{{ csrf_token }}">Same token twice.</p>'
)


def counted(view):
    def wrapper(request, *args, **kwargs):
        renders[view.__name__] += 1
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    return wrapper


@counted
def form_page(request):
    return HttpResponse(FORM.render(request=request))


@counted
def plain_page(request):
    return HttpResponse("A plain page.")


@counted
@csp_update({"script-src": NONCE})
def nonce_page(request):
    """A page with an inline script allowed by a nonce: a different one for each answer."""
    return HttpResponse(f'<script nonce="{request.csp_nonce}">1</script>')


@counted
def cookie_page(request):
    response = HttpResponse("Sets a cookie.")
    response.set_cookie("seen", "1")
    return response


@counted
def message_page(request):
    messages.info(request, "Hello")
    return HttpResponse("Queues a message.")


@counted
@never_cache
def private_page(request):
    return HttpResponse("Never cache me.")


@require_POST
def submit(request):
    return HttpResponse("Thanks")


@require_POST
def bulk_retitle(request):
    """Like an admin action built on QuerySet.update(): no signal is sent."""
    MuscleGroup.objects.update(title="Retitled in bulk")
    return HttpResponse("Done")


urlpatterns = [
    path("form/", form_page),
    path("plain/", plain_page),
    path("cookie/", cookie_page),
    path("nonce/", nonce_page),
    path("message/", message_page),
    path("private/", private_page),
    path("submit/", submit),
    path("bulk-retitle/", bulk_retitle),
    path("", include("config.urls")),
]
