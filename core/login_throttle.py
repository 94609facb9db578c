"""Login throttling with django-axes: who is counted, and what a locked-out editor reads.

Failed sign-ins are counted per username and client address in the database (so every
server sees the same counts); after ``AXES_FAILURE_LIMIT`` failures that pair is locked
for ``AXES_COOLOFF_TIME``, and a locked attempt is refused before any password is hashed.
Superusers see the attempts in the admin (Axes > Access attempts) and can unlock a pair
by deleting its row, or with ``manage.py axes_reset_username NAME``.
"""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.shortcuts import render


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' lockout check for sign-ins that come with a request.

    ``authenticate()`` called without one (the test client's ``login()``, a shell) is no
    client's attempt, so it is neither counted nor refused; every web sign-in has a request.
    """

    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def locked_out(request, response=None, credentials=None):
    """The page a locked-out sign-in gets (``AXES_LOCKOUT_CALLABLE``): what happened and when to try again."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": minutes,
        "username": (credentials or {}).get("username") or request.POST.get("username", ""),
        "site_header": "Muscle Guide administration",
        "title": "Sign-in paused",
    }
    return render(request, "admin/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
