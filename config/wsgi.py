"""
WSGI config for config project.

It exposes the WSGI callable as a module-level variable named ``application``.

For more information on this file, see
https://docs.djangoproject.com/en/5.2/howto/deployment/wsgi/
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

from core.request_charset import RefuseUnreadableCharsets  # noqa: E402 - after the settings module is named

application = RefuseUnreadableCharsets(get_wsgi_application())
