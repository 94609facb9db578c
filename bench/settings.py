"""The production settings, for the benchmark: identical except that no email leaves the machine."""

from config.settings import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
# /bench/hello-cache/: the hello-world view that makes one cache round trip (bench/pages.py).
ROOT_URLCONF = "bench.urls"
