"""Security headers, the Content-Security-Policy, the 500 page and the production settings."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.template.loaders.app_directories import get_app_template_dirs
from django.test import Client, RequestFactory
from django.views.defaults import server_error

ROOT = Path(__file__).resolve().parents[2]


def csp_directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("url", ["/", "/guides/hamstrings/", "/exercises/squat/", "/no/such/page/", "/admin/login/"])
def test_every_answer_carries_the_security_headers(client, seeded, url):
    response = client.get(url)
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert "Content-Security-Policy" in response


def test_the_content_security_policy_allows_nothing_inline_and_nothing_foreign(client, seeded):
    response = client.get("/guides/hamstrings/")
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    directives = csp_directives(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    for sources in directives.values():
        assert all(source.startswith("'") or source == "data:" for source in sources), sources


def template_files():
    """Our page templates. Email templates (an ``email`` folder) are left out: mail clients need
    inline styles, and no browser applies the site's CSP to an email."""
    dirs = [ROOT / "templates", *get_app_template_dirs("templates")]
    own = [d for d in dirs if ROOT in Path(d).parents or Path(d) == ROOT / "templates"]
    return sorted(
        path for d in own for path in Path(d).rglob("*.html") if ".venv" not in path.parts and "email" not in path.parts
    )


INLINE = [
    (re.compile(r"\sstyle\s*=", re.I), "a style attribute"),
    (re.compile(r"<style", re.I), "a <style> element"),
    (re.compile(r"\son[a-z]+\s*=", re.I), "an event-handler attribute"),
    (re.compile(r"javascript:", re.I), "a javascript: URL"),
    # A <script> is allowed only with src=, or as data (JSON, JSON-LD), which CSP does not run.
    (re.compile(r"<script(?![^>]*\ssrc=)(?![^>]*type=\"application/(ld\+)?json\")", re.I), "an inline <script>"),
    # Page weight: nothing fetched from another site, no image without its size (layout shift).
    (re.compile(r"<(script|img|iframe|source)\b[^>]*\ssrc=\"(https?:)?//", re.I), "a third-party resource"),
    (
        re.compile(r"<link\b[^>]*rel=\"(stylesheet|preload|icon|modulepreload)\"[^>]*href=\"(https?:)?//", re.I),
        "a third-party resource",
    ),
    (
        re.compile(r"<img\b(?![^>]*\swidth=)[^>]*>|<img\b(?![^>]*\sheight=)[^>]*>", re.I),
        "an image without width and height",
    ),
]


def test_our_templates_have_no_inline_script_or_style_nor_foreign_or_unsized_resources():
    files = template_files()
    assert ROOT / "templates" / "500.html" in files and len(files) > 10
    problems = [
        f"{path.relative_to(ROOT)}: {what}"
        for path in files
        for pattern, what in INLINE
        if pattern.search(path.read_text())
    ]
    assert problems == []


def test_the_stylesheets_load_nothing_from_elsewhere():
    for name in ["site.css", "diagrams.css"]:
        text = (ROOT / "static" / "css" / name).read_text()
        assert "@import" not in text and not re.search(r"url\(\s*['\"]?(https?:)?//", text), name
    css = (ROOT / "static" / "css" / "site.css").read_text()
    assert "font-family: system-ui" in css  # system fonts: no web font to download


def test_the_500_page_needs_no_database_and_no_context_and_uses_the_stylesheet():
    # No db fixture: any query would raise here.
    response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong" in html
    assert 'rel="stylesheet" href="/static/css/site.css"' in html
    assert "style=" not in html


# --- Production settings, each in a fresh Python process -------------------------------------


def production_env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CACHE_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="muscleguide.example,testserver",
        SITE_URL="https://muscleguide.example",
        EDITORS_EMAIL="editors@muscleguide.example",
        DEFAULT_FROM_EMAIL="Muscle Guide <newsletter@muscleguide.example>",
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


def run(args, env):
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client
client = Client()
out = {}
for name, kwargs in [("https", {"secure": True}), ("http", {}),
                     ("proxied", {"headers": {"x-forwarded-proto": "https"}})]:
    response = client.get("/healthz/", **kwargs)
    out[name] = {"status": response.status_code, "headers": dict(response.headers)}
out["settings"] = {name: getattr(settings, name) for name in [
    "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "CSRF_COOKIE_HTTPONLY", "DEBUG"]}
print(json.dumps(out))
"""


def probe(**extra):
    result = run(["-c", PROBE], production_env(**extra))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_deploy_reports_nothing_with_production_settings():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "DEBUG"], production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_warns_when_readers_have_no_address_to_write_to():
    """The Contact page asked readers to write to the editors and then said there was no address (reader review)."""
    result = run(["manage.py", "check", "--deploy"], production_env(EDITORS_EMAIL=""))
    assert "pages.W001" in result.stderr and "EDITORS_EMAIL is not set" in result.stderr


def test_check_deploy_warns_when_emails_would_come_from_localhost():
    """With the development default, every newsletter email came from newsletter@localhost (newsletter review)."""
    result = run(["manage.py", "check", "--deploy"], production_env(DEFAULT_FROM_EMAIL=""))
    assert "newsletter.W001" in result.stderr and "newsletter@localhost" in result.stderr


def test_check_deploy_warns_when_clients_behind_a_proxy_would_all_count_as_the_proxy():
    """With the default of 0 behind nginx, anyone could lock an editor out or use up the signups (security review)."""
    behind_nginx = production_env(DJANGO_SECURE_PROXY_SSL_HEADER="1")
    result = run(["manage.py", "check", "--deploy"], behind_nginx)
    assert "core.W001" in result.stderr and "DJANGO_TRUSTED_PROXIES" in result.stderr
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "DEBUG"], {**behind_nginx, "DJANGO_TRUSTED_PROXIES": "1"}
    )
    assert result.returncode == 0 and "no issues" in result.stdout, result.stderr


def test_production_refuses_to_start_without_a_real_secret_key():
    result = run(["manage.py", "check"], production_env(DJANGO_SECRET_KEY=""))
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_site_url():
    """Absolute URLs in production come from SITE_URL, never from a request's Host header."""
    result = run(["manage.py", "check"], production_env(SITE_URL=""))
    assert result.returncode != 0
    assert "core.E001" in result.stderr and "SITE_URL must be set" in result.stderr


def test_gunicorn_refuses_to_start_without_site_url():
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    result = subprocess.run(
        [gunicorn, "-c", "config/gunicorn.conf.py", "--bind", "127.0.0.1:8174"],
        cwd=ROOT,
        env=production_env(SITE_URL=""),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "core.E001" in result.stdout + result.stderr


def test_production_redirects_to_https_and_sends_hsts_and_secure_cookies():
    out = probe()
    assert out["http"]["status"] == 301
    assert out["http"]["headers"]["Location"] == "https://testserver/healthz/"
    https = out["https"]
    assert https["status"] == 200
    assert https["headers"]["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "upgrade-insecure-requests" in https["headers"]["Content-Security-Policy"]
    assert out["settings"] == {
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_HTTPONLY": True,
        "DEBUG": False,
    }
    # Without the opt-in, a client cannot claim HTTPS through X-Forwarded-Proto.
    assert out["proxied"]["status"] == 301


def test_behind_a_proxy_the_forwarded_protocol_is_trusted_when_opted_in():
    out = probe(DJANGO_SECURE_PROXY_SSL_HEADER="1")
    assert out["proxied"]["status"] == 200
    assert "Strict-Transport-Security" in out["proxied"]["headers"]


def test_https_redirect_and_hsts_can_be_switched_off_for_plain_http_on_loopback():
    out = probe(DJANGO_SECURE_SSL_REDIRECT="0", DJANGO_SECURE_HSTS_SECONDS="0")
    assert out["http"]["status"] == 200
    assert "Strict-Transport-Security" not in out["https"]["headers"]
    assert "upgrade-insecure-requests" not in out["http"]["headers"]["Content-Security-Policy"]


STATIC_PROBE = """
import json, django
django.setup()
from django.templatetags.static import static
from django.test import Client
url = static("css/site.css")
response = Client().get(url, secure=True, headers={"accept-encoding": "gzip"})
print(json.dumps({"url": url, "status": response.status_code, "headers": dict(response.headers)}))
"""


def test_static_files_are_hashed_compressed_and_cached_for_ever(tmp_path):
    env = production_env(DJANGO_STATIC_ROOT=str(tmp_path))
    collected = run(["manage.py", "collectstatic", "--noinput", "--ignore", "admin"], env)
    assert collected.returncode == 0, collected.stderr
    result = run(["-c", STATIC_PROBE], env)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", out["url"])
    assert out["status"] == 200
    assert out["headers"]["Cache-Control"] == "max-age=315360000, public, immutable"
    assert out["headers"]["Content-Encoding"] == "gzip"


def test_the_shipped_settings_files_read_no_environment_beyond_settings_py():
    """Only config/settings.py reads Django's environment; the gunicorn file only sizes the server, and the
    test settings read only the name of the PostgreSQL test database (so parallel checkouts do not collide)."""
    allowed = {"test_settings.py": ["TEST_DATABASE_NAME"]}
    files = sorted((ROOT / "config").glob("*.py"))
    assert ROOT / "config" / "test_settings.py" in files
    for path in files:
        if path.name in {"settings.py", "gunicorn.conf.py", "wsgi.py", "asgi.py"}:
            continue
        text = path.read_text()
        names = re.findall(r"os\.environ\.get\(\s*\"(\w+)\"", text)
        assert text.count("os.environ") == len(names), path  # every read names its variable
        assert names == allowed.get(path.name, []), path


def test_test_settings_never_point_at_a_shared_cache():
    assert settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")


def test_the_favicon_address_leads_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/img/favicon.svg"


def test_a_form_refused_for_its_missing_csrf_cookie_explains_in_the_sites_layout(seeded):
    """Django's bare "Forbidden (403) CSRF verification failed" page, which suggests DEBUG=True (bad-input review)."""
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "a", "password": "b"})
    page = response.content.decode()
    assert response.status_code == 403
    assert "<h1>This form could not be sent</h1>" in page and "Allow cookies for this site" in page
    assert 'class="site-header"' in page and "DEBUG" not in page
