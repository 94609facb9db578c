"""Site-wide middleware: response headers Django and django-csp do not send, readable 405s, and a 400
for a form body Django cannot read."""

from functools import wraps

from django.conf import settings
from django.core.exceptions import BadRequest, RequestDataTooBig, SuspiciousOperation
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render
from django.urls import reverse
from django.views.generic import View

from . import images

READ_ONLY_METHODS = ("GET", "HEAD")
FORM_CONTENT_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}


class PermissionsPolicyMiddleware:
    """Send ``Permissions-Policy``: the browser features the site never uses stay switched off."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy:
            response.headers.setdefault("Permissions-Policy", self.policy)
        return response


class MethodNotAllowedMiddleware:
    """Answer 405, not a CSRF 403, when a view does not take the request's method.

    ``CsrfViewMiddleware`` refuses an unsafe request without a token before the view can
    say it never accepts that method, so a POST to a reading page would get "forbidden".
    A wrong method is not a forgery: this middleware, placed before the CSRF middleware,
    answers it with a readable 405 and an ``Allow`` header, so views can keep Django's
    CSRF protection on. A view with its own ``http_method_not_allowed`` (the newsletter's
    explains its signup endpoint) gives that answer instead of the generic page. Function
    views (and Django's sitemap and feed views) say they only read with ``read_only``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        view_class = getattr(view_func, "view_class", None)
        if view_class is None:
            allowed = getattr(view_func, "allowed_methods", None)
            if allowed is None or request.method.upper() in allowed:
                return None
            return method_not_allowed(request, allowed)
        allowed = allowed_methods(view_class)
        if request.method.upper() in allowed:
            return None
        if view_class.http_method_not_allowed is not View.http_method_not_allowed:
            view = view_class(**view_func.view_initkwargs)
            view.setup(request, *view_args, **view_kwargs)
            return view.http_method_not_allowed(request, *view_args, **view_kwargs)
        return method_not_allowed(request, allowed)


def method_not_allowed(request, allowed):
    response = render(request, "405.html", {"allowed": allowed}, status=405)
    response["Allow"] = ", ".join(allowed)
    return response


def read_only(view):
    """Mark a function view (or a feed) that only reads: any method but GET and HEAD gets the 405 page."""

    @wraps(view)
    def read_only_view(request, *args, **kwargs):
        return view(request, *args, **kwargs)

    read_only_view.allowed_methods = READ_ONLY_METHODS
    return read_only_view


def allowed_methods(view_class):
    """The methods a class-based view answers; HEAD comes with GET, as ``View.setup`` arranges."""
    return [
        method.upper()
        for method in view_class.http_method_names
        if hasattr(view_class, method) or (method == "head" and hasattr(view_class, "get"))
    ]


def too_large(request, limit):
    """The 413 page: the limit, that nothing was saved, and the way back (to the admin, for an editor)."""
    context = {
        "limit": limit,
        "image_limit": images.max_upload_bytes(),
        "in_admin": request.path.startswith(reverse("admin:index")),
    }
    return render(request, "413.html", context, status=413)


class UnreadableBodyMiddleware:
    """Answer 400 (413 when too large) for a body Django refuses to read, before CSRF reads it.

    A body longer than ``MAX_REQUEST_BYTES`` is refused from its Content-Length, unread.

    ``CsrfViewMiddleware`` reads ``request.POST``; for a body Django will not decode (a form
    sent as ``charset=latin-1``, too many fields, too large) that raises an error, and
    Django's 400 and 500 handlers run the CSRF check again, which raises again: one
    anonymous request made a 500, on any address. Reading the form here first turns it
    into a plain 400 page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return render(request, "400.html", status=400)
        if length > settings.MAX_REQUEST_BYTES:
            return too_large(request, settings.MAX_REQUEST_BYTES)
        if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
            try:
                request.POST  # noqa: B018 - parsed once here; later reads reuse it
            except RequestDataTooBig:
                return too_large(request, settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
            except (BadRequest, SuspiciousOperation, MultiPartParserError, UnicodeDecodeError, ValueError):
                return render(request, "400.html", status=400)
        return self.get_response(request)
