"""Gunicorn settings for Muscle Guide: `make serve`, `make bench` and production.

Run with ``gunicorn -c config/gunicorn.conf.py`` (add ``--bind`` to change the address).
Django's own settings stay in config/settings.py; this file only sizes the server.

Process count: the page cache keeps its pages and its "generation" (what makes
pages fresh after a save) in the cache named by ``CACHE_URL``. Local memory is
private to each process, so with it the server runs ONE process (with threads);
a save in one process could otherwise leave another serving stale pages. With a
shared cache (Redis), ``WEB_CONCURRENCY`` processes run, two per core by default.
"""

import multiprocessing
import os

wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

_cache_url = os.environ.get("CACHE_URL") or "locmem://"
shared_cache = not _cache_url.startswith(("locmem:", "dummy:"))
workers = int(os.environ.get("WEB_CONCURRENCY") or (2 * multiprocessing.cpu_count() if shared_cache else 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS") or 4)
# Import Django once in the master: workers fork with the app loaded and share its release key.
preload_app = True
# Recycle workers now and then so a slow leak can never take the site down.
max_requests = 5000
max_requests_jitter = 500
timeout = 30
graceful_timeout = 20
keepalive = 5
# Access logs cost throughput; a proxy in front usually keeps them. GUNICORN_ACCESSLOG=- prints them.
accesslog = os.environ.get("GUNICORN_ACCESSLOG") or None
errorlog = "-"
# X-Forwarded-Proto/-For are trusted only from nginx: behind it gunicorn listens on a unix socket that
# only nginx reaches (gunicorn trusts socket peers); on a TCP port it trusts no one, loopback included.
forwarded_allow_ips = ""
# No control socket: several servers (bench, serve) may run on one machine.
control_socket_disable = True


def post_fork(server, worker):
    """Never share a database connection opened in the master with a forked worker."""
    from django.db import connections

    connections.close_all()


def on_starting(server):
    """Refuse to start on a system check error (e.g. production without SITE_URL), as manage.py would."""
    from django.core.management import call_command

    call_command("check")  # the app is preloaded, so Django is set up; raises on an error
    if not shared_cache and workers > 1:
        server.log.warning(
            "CACHE_URL is %s with %d workers: a save is seen only by the worker that made it. "
            "Use Redis (CACHE_URL=redis://...) or one worker.",
            _cache_url,
            workers,
        )
