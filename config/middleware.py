"""Site-wide response headers that Django and django-csp do not send themselves."""

from django.conf import settings


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
