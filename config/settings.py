"""Settings for Muscle Guide.

Every Django setting that differs between a laptop and production is read from
the environment here (besides, ``config/gunicorn.conf.py`` reads the server's
sizing, and ``createeditor`` an optional password). With no variables set the site runs in
development mode on a SQLite file in the project; ``DJANGO_DEBUG=0`` switches
to production, which refuses to start without a real secret key.
"""

import math
import os
import zlib
from collections import Counter
from datetime import timedelta
from email.utils import parseaddr
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)


def looks_random(text):
    """Whether ``text`` could be a random key: varied characters and no repeated pattern.

    Varied: at least 128 bits by the frequencies of its characters (50 times one letter has 0).
    No pattern: it barely compresses (a word repeated shrinks to a fraction; random text does not).
    """
    counts = Counter(text)
    bits = -sum(count * math.log2(count / len(text)) for count in counts.values())
    return bits >= 128 and len(zlib.compress(text.encode(), 9)) >= 0.6 * len(text)


_DEV_SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG=0 (production).")
    SECRET_KEY = _DEV_SECRET_KEY
elif not DEBUG and (SECRET_KEY.startswith("django-insecure") or len(SECRET_KEY) < 50 or not looks_random(SECRET_KEY)):
    # 50 times one letter, or a word repeated, is long but guessable.
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is too weak for production: use at least 50 random characters, e.g. "
        "python -c 'import secrets; print(secrets.token_urlsafe(50))'."
    )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

INSTALLED_APPS = [
    "core.apps.AdminConfig",  # django.contrib.admin on the site's own AdminSite
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",  # login throttling (core/login_throttle.py)
    "crispy_forms",
    "crispy_bootstrap5",
    "csp",
    "reversion",  # saved versions of content, restorable in the admin
    "django_tasks",
    "django_tasks_db",
    # Apps depend downward only: each may import the ones above it, never one below.
    "core",  # shared pieces that know no domain
    "studies",  # the evidence
    "articles",  # guides and anatomy
    "exercises",
    "workouts",
    # On top of the content apps.
    "newsletter",
    "search",
    "pages",  # the site's own pages: about, privacy, contact
]

# Apps whose rows readers see: saving one refreshes the page cache, and editors may edit them.
CONTENT_APPS = ("studies", "articles", "exercises", "workouts", "pages")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A cached page answers here, before the work below that only a render needs; it stores the
    # headers the middleware below added (CSP, Permissions-Policy, X-Frame-Options) with the page.
    "core.page_cache.PageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before CSRF, so a form body Django cannot read gets 400 (or 413), not a 500.
    "core.middleware.UnreadableBodyMiddleware",
    # Before CSRF, so a POST to a page that only reads gets 405, not 403.
    "core.middleware.MethodNotAllowedMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers (e.g. simultaneous newsletter signups) queue for the write lock instead of
    # failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update({"timeout": 20, "transaction_mode": "IMMEDIATE"})

# The lockout check runs first, so a locked-out sign-in costs no password hashing.
AUTHENTICATION_BACKENDS = [
    "core.login_throttle.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Login throttling (django-axes, core/login_throttle.py): failures counted per username and client
# address in the database, shared by every server; the pair is locked for a cool-off after a few.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT") or 5)
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES") or 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.clients.client_ip"
AXES_LOCKOUT_CALLABLE = "core.login_throttle.locked_out"
AXES_HTTP_RESPONSE_CODE = 429
# Failures are logged with the username and client address they came from, for whoever reads the logs.
AXES_SENSITIVE_PARAMETERS = []

# Staff sessions (readers have none) end after this long without a request.
SESSION_COOKIE_AGE = int(os.environ.get("DJANGO_SESSION_IDLE_SECONDS") or 4 * 3600)
SESSION_SAVE_EVERY_REQUEST = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"  # dates and numbers are still formatted the British way (Django's en_GB formats)
TIME_ZONE = "UTC"
# The site is written in one language: no translation machinery on each request (about 3% of a
# page's Python calls), as Django's settings reference advises for sites that do not translate.
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Request bodies, on every route: a form (all but its files) up to 2.5 MB, 1,000 fields and 20 files;
# any body over MAX_REQUEST_BYTES is refused with 413 before it is read (core.middleware). nginx
# (deploy/nginx.conf.template) refuses smaller: 64 KB for readers, 21 MB in the admin.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
DATA_UPLOAD_MAX_NUMBER_FILES = 20
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
MAX_REQUEST_BYTES = int(os.environ.get("DJANGO_MAX_REQUEST_BYTES") or 21 * 1024 * 1024)

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

SITE_NAME = os.environ.get("SITE_NAME", "Muscle Guide")
# Scheme and host for links in emails, e.g. https://muscleguide.example; empty: the request's host.
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/")

# Library scale: lists (/exercises/, /studies/, /workouts/) show this many items a page; the
# sitemap becomes an index of one sitemap per section once a section has more URLs than this.
LIST_PAGE_SIZE = int(os.environ.get("LIST_PAGE_SIZE", "12"))
SITEMAP_SECTION_LIMIT = int(os.environ.get("SITEMAP_SECTION_LIMIT", "2000"))

# Email: printed to the console in development, sent over SMTP in production.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL") or f"{SITE_NAME} <newsletter@localhost>"

# Newsletter: confirmation links expire after this many days; signups are limited per client
# address and per email address within a window (seconds), counted in this cache (0 = no limit).
NEWSLETTER_CONFIRM_DAYS = int(os.environ.get("NEWSLETTER_CONFIRM_DAYS", "3"))
NEWSLETTER_RATE_LIMIT_PER_IP = int(os.environ.get("NEWSLETTER_RATE_LIMIT_PER_IP", "10"))
NEWSLETTER_RATE_LIMIT_PER_EMAIL = int(os.environ.get("NEWSLETTER_RATE_LIMIT_PER_EMAIL", "3"))
NEWSLETTER_RATE_LIMIT_WINDOW = int(os.environ.get("NEWSLETTER_RATE_LIMIT_WINDOW", "3600"))
NEWSLETTER_RATE_LIMIT_CACHE = os.environ.get("NEWSLETTER_RATE_LIMIT_CACHE", "default")
# Sending: tries per email before it is marked failed, and the wait after the first failure (doubling).
NEWSLETTER_SEND_ATTEMPTS = int(os.environ.get("NEWSLETTER_SEND_ATTEMPTS", "5"))
NEWSLETTER_RETRY_SECONDS = float(os.environ.get("NEWSLETTER_RETRY_SECONDS", "60"))
# Editions: messages per second each worker sends (0: as fast as the mail server takes them); how long
# one task sends before handing over to the next (which also resumes after a worker dies); how long a
# message may stay "sending" before a dead worker is assumed and it is marked failed, never resent.
NEWSLETTER_SEND_RATE = float(os.environ.get("NEWSLETTER_SEND_RATE", "10"))
# How many runs of one edition send at once: the number of workers that should share it.
NEWSLETTER_SEND_WORKERS = int(os.environ.get("NEWSLETTER_SEND_WORKERS", "1"))
NEWSLETTER_SEND_SLICE_SECONDS = float(os.environ.get("NEWSLETTER_SEND_SLICE_SECONDS", "60"))
NEWSLETTER_CLAIM_TIMEOUT = float(os.environ.get("NEWSLETTER_CLAIM_TIMEOUT", "600"))
# How many proxies in front of Django set or append to X-Forwarded-For (0: use REMOTE_ADDR); nginx as
# shipped (deploy/) is one. Read by core.clients.client_ip (login throttling); the newsletter's signup
# limit follows it unless NEWSLETTER_TRUSTED_PROXIES says otherwise.
TRUSTED_PROXIES = int(os.environ.get("DJANGO_TRUSTED_PROXIES") or 0)
NEWSLETTER_TRUSTED_PROXIES = int(os.environ.get("NEWSLETTER_TRUSTED_PROXIES") or TRUSTED_PROXIES)

# Background tasks (django-tasks, the backport of Django 6's django.tasks): emails are queued in the
# database and sent by `manage.py worker` (`make worker`, or beside the server in `make run`).
# With PostgreSQL, workers on several machines share the queue through row locking.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
# A task still running after this long lost its worker and is queued again (`manage.py worker`,
# core/abandoned_tasks.py): when a worker starts, and by every running worker this often, so a
# machine that never comes back leaves nothing stuck. The longest run here is an edition's slice, a minute.
TASKS_ABANDONED_AFTER = float(os.environ.get("TASKS_ABANDONED_AFTER", "3600"))
TASKS_ABANDONED_CHECK_EVERY = float(os.environ.get("TASKS_ABANDONED_CHECK_EVERY", "300"))

# Errors reach people: Django mails each 500's traceback to ADMINS (DJANGO_ADMINS="Name <email>, ...")
# in production, and with SENTRY_DSN set, sentry-sdk reports it too (no personal data sent).
ADMINS = [parseaddr(address) for address in env_list("DJANGO_ADMINS", [])]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# The mailbox the editors read: the Contact page gives it to readers, and newsletter emails carry it as
# Reply-To, so a reader's reply reaches the editors. Empty: the Contact page says there is no address yet.
EDITORS_EMAIL = os.environ.get("EDITORS_EMAIL", "")
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        send_default_pii=False,
        traces_sample_rate=0,
        release=os.environ.get("DJANGO_RELEASE") or None,
        environment="development" if DEBUG else "production",
    )

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}

# --- Production readiness: caching, HTTPS and security headers ----------------------------

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write-ahead log: readers (every page) never wait for a writer.
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"


def cache_from_url(url):
    """``locmem://``, ``dummy://`` or ``redis://host:port/db`` (also ``rediss://``) as a CACHES entry."""
    scheme, _, rest = url.partition("://")
    if scheme in {"redis", "rediss"}:
        # A dead or hung Redis costs each request at most this long, then pages render uncached.
        timeout = float(os.environ.get("CACHE_TIMEOUT_SECONDS") or 0.25)
        return {
            # django-redis keeps one client per server (Django's own backend builds one per call).
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": timeout, "SOCKET_TIMEOUT": timeout},
        }
    if scheme == "locmem":
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": rest or "muscle-guide",
            "OPTIONS": {"MAX_ENTRIES": 2000},  # whole pages of 2-20 KB: room for every page of a large site
        }
    if scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(f"CACHE_URL must start with locmem://, redis://, rediss:// or dummy://, not {url!r}.")


CACHES = {"default": cache_from_url(os.environ.get("CACHE_URL") or "locmem://")}
# Whole public pages are cached (core/page_cache.py) for at most this long; any content save
# refreshes them at once. 0 turns the page cache off, as in development, where templates change.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS") or (0 if DEBUG else 600))
# How long browsers and shared proxies may keep a cached page before asking again (with its
# ETag, answered by a 304 when unchanged), and how long after that they may show their copy while
# they ask. A save is seen by a reader who already has the page within PAGE_CACHE_MAX_AGE.
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE") or 60)
PAGE_CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("PAGE_CACHE_STALE_WHILE_REVALIDATE") or 600)
# Servers running the same release (e.g. the git commit) share cached pages in Redis.
PAGE_CACHE_RELEASE = os.environ.get("DJANGO_RELEASE", "")

# Security. HTTPS settings are on in production and can be relaxed for a server that is not
# behind TLS (``make serve`` on loopback). Behind a TLS-terminating proxy that sets
# X-Forwarded-Proto, opt in with DJANGO_SECURE_PROXY_SSL_HEADER=1.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS") or (0 if DEBUG else 31536000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_HTTPONLY = CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Sent by core.middleware.PermissionsPolicyMiddleware: the site uses none of these features.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()"
)
# Everything is served by the site itself; no inline script or style anywhere (django-csp 4).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "upgrade-insecure-requests": SECURE_SSL_REDIRECT,
    },
}
