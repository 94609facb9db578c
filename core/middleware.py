"""Site-wide middleware: response headers Django and django-csp do not send, and readable 405s."""

from django.conf import settings
from django.shortcuts import render
from django.views.generic import View


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
    """Answer 405, not a CSRF 403, when a class-based view does not take the request's method.

    ``CsrfViewMiddleware`` refuses an unsafe request without a token before the view can
    say it never accepts that method, so a POST to a reading page would get "forbidden".
    A wrong method is not a forgery: this middleware, placed before the CSRF middleware,
    answers it with a readable 405 and an ``Allow`` header, so views can keep Django's
    CSRF protection on. A view with its own ``http_method_not_allowed`` (the newsletter's
    explains its signup endpoint) gives that answer instead of the generic page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        view_class = getattr(view_func, "view_class", None)
        if view_class is None:
            return None
        allowed = allowed_methods(view_class)
        if request.method.upper() in allowed:
            return None
        if view_class.http_method_not_allowed is not View.http_method_not_allowed:
            view = view_class(**view_func.view_initkwargs)
            view.setup(request, *view_args, **view_kwargs)
            return view.http_method_not_allowed(request, *view_args, **view_kwargs)
        response = render(request, "405.html", {"allowed": allowed}, status=405)
        response["Allow"] = ", ".join(allowed)
        return response


def allowed_methods(view_class):
    """The methods a class-based view answers; HEAD comes with GET, as ``View.setup`` arranges."""
    return [
        method.upper()
        for method in view_class.http_method_names
        if hasattr(view_class, method) or (method == "head" and hasattr(view_class, "get"))
    ]
