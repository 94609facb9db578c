"""A shared cache of whole public pages that any content save makes fresh at once.

Every reader page looks the same to every anonymous visitor, so it is rendered
once and then served from the cache (``CACHE_URL``: local memory, or Redis
shared by all servers). Correctness comes first:

- Only GET and HEAD requests from visitors carrying no cookie but the CSRF
  cookie are served from or stored into the cache, and only with no query
  string or one made of the parameters the view declares make a distinct page
  (:func:`query_parameters`: a search's ``q``, a list's ``page`` and filters). A
  session cookie (every logged-in editor) or a messages cookie means the page
  is rendered for that visitor alone.
- Only plain 200 answers are stored: none that sets a cookie, says
  ``private``/``no-store``/``no-cache``, changes the session or queues a
  message, and none from the admin or from views marked with :func:`exempt`.
- Nothing on a stored page is per visitor: no page a reader sees renders a CSRF
  token (the newsletter signup refuses cross-site posts by what the browser says,
  ``core.cross_site``), and an answer that used one is never stored. So every
  anonymous reader gets the same bytes, with one ETag, ``Cache-Control: public``
  and a short ``max-age`` that shared proxies may use too.
- Every stored page is stamped with the site-wide *generation* it was rendered
  in, and is served only while that generation is current. Saving, deleting or
  relinking any content model, and any POST by a staff user (admin actions
  that use ``QuerySet.update()`` send no signals), replaces the generation, so
  every page is rendered afresh on its next view. The generation is read
  before the view runs: a render that races a save is stamped with the dead
  generation. The generation and the page come back in one cache round trip.
- Items scheduled for a future date are noted when saved; when the first such
  date passes, the generation is replaced too. A cache that lost the record
  (evicted, restarted) starts a new generation with the schedule read from the
  database. ``PAGE_CACHE_SECONDS`` bounds the life of any entry whatever happens.
- Each stored page is compressed once, when stored (gzip, and Brotli), and served
  in the encoding the client accepts, with ``Vary: Accept-Encoding``
  (``core.compression``).
- Served pages carry an ``ETag`` (one per encoding); a browser revalidating with it gets a 304.
  ``stale-while-revalidate`` lets a browser show its copy at once while it asks.
- The key is the page, not the request's noise: with ``SITE_URL`` set (required
  in production) neither the Host header nor its port is part of it, and
  tracking parameters (``utm_*``, ``fbclid``, ``gclid``, ``mc_*``, ``ref``) are
  ignored. A declared query is part of the key, its parameters in a fixed order,
  so ``?q=curl`` is one page however it was linked to. A parameter the view does
  not declare, or a query string over ``MAX_QUERY_LENGTH``, is rendered every
  time and never stored, so made-up parameters cannot fill the cache; nor is any
  answer but a 200 (a search too long to run is a 400).
- No stampede: when a page is stale, one request renders it (it holds a short
  lock in the cache) while the others are served the stale copy; with no copy
  at all they wait briefly for the fresh one, then render it themselves.
- The admin's Preview saves nothing, so it leaves the pages alone
  (:func:`changes_nothing`).
- If the cache backend fails, pages are rendered as if there were no cache, a
  warning is logged now and then (``core.fail_safe``), not a traceback per
  request, and the process leaves the cache alone for a few seconds (a Redis
  that hangs costs one short timeout, not one per request).
- A refresh the cache missed is owed, not lost: recorded in the database for
  every process, replayed by a process that met the failure before it serves
  from the cache again, and by the worker's housekeeping (:func:`owe_refresh`).
"""

import functools
import hashlib
import logging
import re
import time
import uuid
from urllib.parse import parse_qsl, urlencode

from django.apps import apps
from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import transaction
from django.db.models import Max
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse, QueryDict
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers

from . import compression, fail_safe
from .models import OwedPageRefresh, Publishable

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# After the cache fails, this process renders without it for a few seconds (``fail_safe.RETRY_SECONDS``).
FAIL_SAFE_KIND = fail_safe.CACHE
# Headers set afresh for each answer (the outer middleware add their own on the way out).
UNSTORED_HEADERS = {"content-length", "content-encoding", "etag", "set-cookie"}
CSP_HEADERS = {"content-security-policy", "content-security-policy-report-only"}
CONDITIONAL_HEADERS = {"HTTP_IF_MATCH", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_UNMODIFIED_SINCE"}
SCHEDULE_LENGTH = 20
# Query parameters added by newsletters, ads and social sites: the page is the same without them.
TRACKING_PARAMETER = re.compile(r"^(utm_.*|mc_.*|fbclid|gclid|ref)$", re.IGNORECASE)
# A longer query string is never a page worth keeping (a search box holds 200 characters).
MAX_QUERY_LENGTH = 512
# One render of a stale page at a time: the lock lives at most this long (a render takes milliseconds).
RENDER_LOCK_SECONDS = 10
# With no copy at all, wait at most this long for another request's render before rendering too.
WAIT_FOR_RENDER_SECONDS = 1.0
WAIT_STEP_SECONDS = 0.02
_PROCESS_RELEASE = uuid.uuid4().hex[:8]


def exempt(view):
    """Mark a view whose answers are never looked up in, nor stored into, the page cache."""
    view.page_cache_exempt = True
    return view


def changes_nothing(request):
    """Mark a staff POST that saves nothing (the admin's Preview): it does not refresh the pages."""
    request.page_cache_changes_nothing = True


def query_parameters(*names):
    """Declare the query parameters that make a distinct page of a view (a function or a class-based view).

    Its answers to a query string of only these (and tracking) parameters are cached,
    one entry per query; ``page_cache_query``, the attribute it sets, may be set on a
    class directly too (``core.pagination.PagedListMixin`` declares ``page``).
    """

    def declare(view):
        view.page_cache_query = frozenset(names)
        return view

    return declare


def declared_parameters(view):
    """The query parameters ``view`` (a resolved view function) declares; see :func:`query_parameters`."""
    declared = getattr(view, "page_cache_query", None)
    if declared is None:
        declared = getattr(getattr(view, "view_class", None), "page_cache_query", ())
    return frozenset(declared)


@functools.lru_cache(maxsize=4096)
def cacheable_path(urlconf, path):
    """The query parameters that make distinct pages of ``path``, or None if its answers are never cached.

    None for a 404, the admin and views marked :func:`exempt`. Remembered per process,
    so a cached page is served without resolving its URL again.
    """
    try:
        match = resolve(path, urlconf)
    except Resolver404:
        return None
    if getattr(match.func, "page_cache_exempt", False) or "admin" in match.namespaces:
        return None
    return declared_parameters(match.func)


def untracked(pairs):
    return [(name, value) for name, value in pairs if not TRACKING_PARAMETER.match(name)]


def page_query(query_string):
    """The query string's pairs without tracking parameters, or None when nothing else is left."""
    return untracked(parse_qsl(query_string, keep_blank_values=True)) or None


def without_tracking(request):
    """Let the view see ``request`` as its page is cached: without tracking parameters.

    They are left out of the cache key, so they must not reach the page either: a
    list's canonical address and page links would otherwise carry one reader's
    ``utm_source`` to every reader of that page.
    """
    pairs = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    kept = untracked(pairs)
    if len(kept) < len(pairs):
        cleaned = urlencode(kept)
        request.META["QUERY_STRING"] = cleaned
        request.GET = QueryDict(cleaned)


def cache_query(query_string, declared):
    """The part of ``query_string`` that makes the page, in a fixed order: "" for none, None if it is not cacheable.

    Sorted by name only, so repeated values keep their order (the last one is the one a view reads).
    """
    if not query_string:
        return ""
    pairs = page_query(query_string)
    if pairs is None:
        return ""
    if len(query_string) > MAX_QUERY_LENGTH or any(name not in declared for name, _ in pairs):
        return None
    return urlencode(sorted(pairs, key=lambda pair: pair[0]))


# --- The generation --------------------------------------------------------------------------


def _now():
    return timezone.now().timestamp()


def _new_generation(previous=None, scheduled=()):
    """Start a new generation, carrying forward the publication dates still to come."""
    now = _now()
    dates = set(previous[1]) if previous else set()
    dates.update(scheduled)
    record = (uuid.uuid4().hex[:12], tuple(sorted(d for d in dates if d > now))[:SCHEDULE_LENGTH])
    cache.set(GENERATION_KEY, record, timeout=None)
    return record


def current_generation(record):
    """The generation now, from its stored record; replaced once a scheduled date has passed.

    A record the cache lost (evicted, or a cache restart) is started again with the schedule read
    from the database, so an item scheduled before still appears on its date.
    """
    if record is None:
        record = _new_generation(scheduled=upcoming_publications())
    elif record[1] and record[1][0] <= _now():
        record = _new_generation(record)
    return record[0]


def upcoming_publications():
    """The first publication dates still to come of every content model's scheduled items, as timestamps.

    One query, a UNION over the models: it runs only when the cache has lost the record.
    """
    dates = [
        model.objects.scheduled().order_by().values_list("published_at", flat=True)
        for model in apps.get_models()
        if issubclass(model, Publishable) and is_content_model(model)
    ]
    if not dates:
        return []
    soonest = dates[0].union(*dates[1:]).order_by("published_at")[:SCHEDULE_LENGTH]
    return [date.timestamp() for date in soonest]


def refresh_all(scheduled=()):
    """Make every cached page stale; ``scheduled`` adds timestamps at which to do it again.

    If the cache fails, or rests after failing (``core.fail_safe``: every save of a bulk admin action
    would wait for a hung Redis's timeout), the refresh is owed instead (:func:`owe_refresh`).
    """
    if fail_safe.resting(FAIL_SAFE_KIND):
        owe_refresh()
        return
    try:
        _replace_generation(scheduled)
    except Exception as error:
        fail_safe.warn(logger, FAIL_SAFE_KIND, "Could not replace the page-cache generation", error)
        owe_refresh()


# --- Refreshes the cache missed ----------------------------------------------------------------

_owed_at = None  # monotonic time this process last owed a refresh
_looked_at = None  # monotonic time this process last looked for owed refreshes (and replayed them, if any)
_replay_drops = []


def replay_drops(key):
    """Have a replayed refresh drop ``key``, a cached part of pages dropped on every save (the glossary's terms)."""
    if key not in _replay_drops:
        _replay_drops.append(key)


def owe_refresh():
    """Remember a refresh the cache missed, in this process and in the database, to replay once it answers.

    A refresh that cannot reach the cache (a save while Redis is down or hung) must still happen
    once it answers, or readers get the old pages for up to ``PAGE_CACHE_SECONDS``. The process
    that missed it may not be the next to serve, nor ever serve again, so the debt is written where
    every process sees it: one ``OwedPageRefresh`` row per missed refresh, in the save's own
    transaction (a save rolled back owes nothing). A process looks for rows only when it has
    reason to, so a warm cached page still costs no query:

    - it owes a refresh itself, or met a failing cache (any use of it, the glossary's included),
      since it last looked: it looks before its next use of the cache and replays them then;
    - the worker's housekeeping (:func:`replay_owed_refreshes`, every ``TASKS_ABANDONED_CHECK_EVERY``
      seconds) looks whatever happened, for an outage no serving process noticed (Redis cut off
      from one server only) or a process that stopped owing.

    A replay drops the cached parts of pages registered with :func:`replay_drops` (the glossary's
    terms), starts one new generation with the publication dates still to come read from the
    content (so the dates of the missed saves are not lost), then deletes the rows it saw: rows
    written meanwhile stay for the next look, and a replay whose cache fails deletes nothing.
    """
    global _owed_at
    _owed_at = time.monotonic()
    try:
        with transaction.atomic():  # a savepoint inside the save's transaction: a failure here spoils nothing
            OwedPageRefresh.objects.create()
    except Exception as error:  # the database failing too: this process still replays it
        fail_safe.warn(logger, "owed-page-refresh", "Could not record an owed page refresh", error)


def _has_reason_to_look():
    """Whether this process owes a refresh, or met a failing cache, since it last looked for owed refreshes."""
    failed_at = fail_safe.last_failure(FAIL_SAFE_KIND)
    return any(at is not None and (_looked_at is None or at >= _looked_at) for at in (_owed_at, failed_at))


def _replace_generation(scheduled=(), only_if_owed=False, look=False):
    """Start a new generation, replaying the refreshes owed if this process has reason to look for them.

    With ``only_if_owed``, start one only to replay them; ``look`` looks in the database whatever
    happened (the worker's housekeeping). Raises if the cache fails: nothing is deleted then.
    """
    global _looked_at
    looking = look or _has_reason_to_look()
    if not looking and only_if_owed:
        return
    started = time.monotonic()
    owed_here = _owed_at is not None and (_looked_at is None or _owed_at >= _looked_at)
    last_owed = None
    if looking:
        with transaction.atomic():  # a savepoint inside a save's transaction: a failure here spoils nothing
            last_owed = OwedPageRefresh.objects.aggregate(last=Max("pk"))["last"]
    replaying = owed_here or last_owed is not None
    if replaying:
        if _replay_drops:
            cache.delete_many(_replay_drops)
        scheduled = [*scheduled, *upcoming_publications()]
    if replaying or not only_if_owed:
        _new_generation(cache.get(GENERATION_KEY), scheduled)
    if last_owed is not None:
        with transaction.atomic():
            OwedPageRefresh.objects.filter(pk__lte=last_owed).delete()
        logger.info("Replayed the page-cache refreshes the cache missed (up to #%s)", last_owed)
    if looking:
        _looked_at = started


def replay_owed_refreshes():
    """The worker's housekeeping: replay any refresh a process owes, even one no serving process will look for."""
    if fail_safe.resting(FAIL_SAFE_KIND):
        return
    try:
        _replace_generation(only_if_owed=True, look=True)
    except Exception as error:
        fail_safe.warn(logger, FAIL_SAFE_KIND, "Could not replay the owed page-cache refreshes", error)


def reset():
    """Forget what this process owes and when it last looked (for tests; the database rows stay)."""
    global _owed_at, _looked_at
    _owed_at = _looked_at = None


def is_content_model(model):
    """Rows of the apps readers see (``settings.CONTENT_APPS``); logins, sessions and subscribers change no page."""
    return model._meta.app_label in settings.CONTENT_APPS


def _scheduled_date(instance):
    """The future publication date of a published item, as a timestamp, else None."""
    if getattr(instance, "publication_state", None) == "scheduled":  # a Publishable's, by the one rule
        return instance.published_at.timestamp()
    return None


def _content_changed(sender, using, instance=None, **kwargs):
    if not is_content_model(sender) or kwargs.get("action", "post_").startswith("pre_"):
        return
    scheduled = [date] if (date := _scheduled_date(instance)) else []
    refresh_all(scheduled)
    # Again after commit: a page rendered between the save and the commit showed the old rows. A refresh owed
    # instead is a row of the save's transaction, which no process can see before the commit: looked for then.
    if transaction.get_connection(using).in_atomic_block:
        transaction.on_commit(refresh_all, using=using)


def connect_signals():
    """Called from ``CoreConfig.ready``: every content app's saves refresh the pages."""
    post_save.connect(_content_changed, dispatch_uid="page_cache.post_save")
    post_delete.connect(_content_changed, dispatch_uid="page_cache.post_delete")
    m2m_changed.connect(_content_changed, dispatch_uid="page_cache.m2m_changed")


# --- The middleware --------------------------------------------------------------------------


class PageCacheMiddleware:
    """Serve and store whole public pages; see the module docstring for the rules.

    It sits near the top of ``MIDDLEWARE``, inside only ``SecurityMiddleware`` (HTTPS
    redirect, HSTS and the other headers it adds to every answer) and WhiteNoise: a
    hit answers before the session, CSRF, authentication, message and URL work that
    a render needs. A stored page keeps the headers the middleware inside added when
    it was rendered (CSP, Permissions-Policy, X-Frame-Options), so a hit carries the
    same ones; a page whose CSP names a nonce is never stored.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = settings.PAGE_CACHE_SECONDS
        self.release = settings.PAGE_CACHE_RELEASE or _PROCESS_RELEASE
        self.allowed_cookies = {settings.CSRF_COOKIE_NAME}
        self.max_age = settings.PAGE_CACHE_MAX_AGE
        self.stale_while_revalidate = settings.PAGE_CACHE_STALE_WHILE_REVALIDATE

    def __call__(self, request):
        miss = None
        query = self._cache_query(request)
        if query is not None and not fail_safe.resting(FAIL_SAFE_KIND):
            request.get_host()  # a Host outside ALLOWED_HOSTS gets its 400, cached page or not
            found = self._look_up(request, query)
            if isinstance(found, HttpResponse):
                return found
            miss = found
        if query is not None:
            without_tracking(request)  # the page is stored for every reader of the address without them
        response = self.get_response(request)
        if miss is not None:
            key, generation, locked = miss
            if self._storable(request, response):
                self._store(request, response, key, generation)
            elif locked:
                self._forget(key)  # the page is gone or changed into what is never stored: no stale copy either
            if locked:
                self._unlock(key)
        if self._personal(request):
            patch_cache_control(response, private=True)
            if (
                request.method not in {"GET", "HEAD", "OPTIONS", "TRACE"}
                and self._is_editor(request)
                and not getattr(request, "page_cache_changes_nothing", False)
            ):
                refresh_all()
        return response

    def _look_up(self, request, query):
        """The cached answer, or ``(key, generation, locked)`` for a page to render and store, or None."""
        key = self._key(request, query)
        try:
            _replace_generation(only_if_owed=True)  # after a failing cache, no page before the refreshes owed
            found = cache.get_many([GENERATION_KEY, key])
            generation = current_generation(found.get(GENERATION_KEY))
            entry = found.get(key)
            if entry is not None and entry["generation"] == generation:
                return self._serve(request, entry)
            # Stale or missing: render it here, unless another request already is.
            locked = cache.add(self._lock_key(key), 1, RENDER_LOCK_SECONDS)
            if not locked:
                if entry is not None:
                    return self._serve(request, entry)  # the stale copy, while the other request renders
                entry = self._wait_for_render(key, generation)
                if entry is not None:
                    return self._serve(request, entry)
        except Exception as error:
            fail_safe.warn(logger, FAIL_SAFE_KIND, "Page cache unavailable; rendering %s", error, request.path)
            return None
        return key, generation, locked

    def _lock_key(self, key):
        return key + ":rendering"

    def _wait_for_render(self, key, generation):
        """Another request is rendering a page never stored: wait briefly for its copy."""
        deadline = time.monotonic() + WAIT_FOR_RENDER_SECONDS
        while time.monotonic() < deadline:
            time.sleep(WAIT_STEP_SECONDS)
            found = cache.get_many([key, self._lock_key(key)])
            entry = found.get(key)
            if entry is not None and entry["generation"] == generation:
                return entry
            if self._lock_key(key) not in found:
                return None  # that render stored nothing (a 404, say): render our own
        return None

    def _forget(self, key):
        try:
            cache.delete(key)
        except Exception as error:
            fail_safe.warn(logger, FAIL_SAFE_KIND, "Could not drop the stale copy of %s", error, key)

    def _unlock(self, key):
        try:
            cache.delete(self._lock_key(key))
        except Exception as error:
            fail_safe.warn(logger, FAIL_SAFE_KIND, "Could not release the render lock of %s", error, key)

    # Which requests and responses qualify.

    def _personal(self, request):
        """A visitor whose cookies may change the page (a session, messages, anything else)."""
        return not self.allowed_cookies.issuperset(request.COOKIES)

    def _is_editor(self, request):
        """Staff can change content; anyone else's POST (with made-up cookies, say) cannot empty the cache."""
        user = getattr(request, "user", None)
        return user is not None and user.is_staff

    def _cache_query(self, request):
        """The query that, with the path, names this request's page in the cache; None if it may not be cached."""
        if self.timeout <= 0 or request.method not in {"GET", "HEAD"} or self._personal(request):
            return None
        declared = cacheable_path(getattr(request, "urlconf", None) or settings.ROOT_URLCONF, request.path_info)
        if declared is None:
            return None
        return cache_query(request.META.get("QUERY_STRING", ""), declared)

    def _storable(self, request, response):
        cache_control = response.get("Cache-Control", "").lower()
        vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
        session = getattr(request, "session", None)
        messages = get_messages(request)  # the request's message storage, or [] without the middleware
        return (
            request.method == "GET"
            and response.status_code == 200
            and not any("'nonce-" in value for name, value in response.items() if name.lower() in CSP_HEADERS)
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # the page holds a visitor's token
            and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
            and vary <= {"cookie", "accept-encoding"}
            and not (session is not None and session.modified)
            and not getattr(messages, "added_new", False)
        )

    def _key(self, request, query=""):
        """The page's address: ``SITE_URL`` (production), the path and its ``query``, whatever Host or tracking came."""
        place = (settings.SITE_URL or f"{request.scheme}://{request.get_host()}") + request.path
        if query:
            place += f"?{query}"
        return f"page-cache:{self.release}:{hashlib.md5(place.encode()).hexdigest()}"

    # Storing and serving.

    def _store(self, request, response, key, generation):
        # Headers first, so the stored copy carries exactly what this answer says.
        patch_vary_headers(response, ["Cookie", "Accept-Encoding"])
        patch_cache_control(
            response, public=True, max_age=self.max_age, stale_while_revalidate=self.stale_while_revalidate
        )
        content = response.content
        bodies = {None: content}
        if compression.compressible(response.get("Content-Type", ""), content):
            bodies.update(compression.compress(content))
        entry = {
            "generation": generation,
            "status": response.status_code,
            "headers": [(k, v) for k, v in response.items() if k.lower() not in UNSTORED_HEADERS],
            "bodies": bodies,
            "etag": hashlib.md5(content).hexdigest(),
        }
        try:
            cache.set(key, entry, self.timeout)
        except Exception as error:
            fail_safe.warn(logger, FAIL_SAFE_KIND, "Could not store %s in the page cache", error, request.path)
            return
        self._represent(request, response, entry)

    def _serve(self, request, entry):
        response = HttpResponse(status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        etag, body = self._represent(request, response, entry)
        if CONDITIONAL_HEADERS.intersection(request.META):
            conditional = get_conditional_response(request, etag=etag, response=response)
            if conditional is not response:
                return conditional
        response.content = body
        return response

    def _represent(self, request, response, entry):
        """Give ``response`` the stored body in the encoding the client accepts, and its ETag."""
        bodies = entry["bodies"]
        encoding = compression.choose_encoding(request.headers.get("Accept-Encoding"), bodies)
        etag = f'"{entry["etag"]}-{encoding}"' if encoding else f'"{entry["etag"]}"'
        response["ETag"] = etag
        if encoding:
            response["Content-Encoding"] = encoding
        response.content = bodies[encoding]
        response["Content-Length"] = str(len(bodies[encoding]))
        return etag, bodies[encoding]
