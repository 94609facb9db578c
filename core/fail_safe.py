"""Warn about a failing dependency (the cache, say) now and then, not once per request, and rest it.

When Redis is down every request meets the same failure; a full traceback per
request buried the logs (75,000 lines in 20 seconds). ``warn`` logs the first
failure of a kind with its reason, then stays quiet about that kind for a
minute, counting what it skipped, so the log says how often it happened.

A hung Redis costs each call its timeout; ``resting`` tells callers to skip a
kind that failed in the last few seconds, so an outage costs one request a
timeout now and then instead of every request.
"""

import threading
import time

INTERVAL_SECONDS = 60
RETRY_SECONDS = 5
# The default cache, whoever uses it (the page cache, the glossary's terms): one Redis, so one rest for all,
# and a cache that hangs costs a request one timeout rather than one per use.
CACHE = "cache"

_lock = threading.Lock()
_last_logged = {}  # kind -> (monotonic time of the last line, failures since)
_failed_at = {}  # kind -> monotonic time of the last failure


def warn(logger, kind, message, error, *args):
    """Log ``message % args`` with ``error``'s type and text, at most once a minute for ``kind``."""
    now = time.monotonic()
    with _lock:
        _failed_at[kind] = now
        logged_at, skipped = _last_logged.get(kind, (None, 0))
        if logged_at is not None and now - logged_at < INTERVAL_SECONDS:
            _last_logged[kind] = (logged_at, skipped + 1)
            return False
        _last_logged[kind] = (now, 0)
    suffix = f" ({skipped} more since the last warning)" if skipped else ""
    logger.warning(message + ": %s: %s" + suffix, *args, type(error).__name__, error)
    return True


def resting(kind):
    """Whether ``kind`` failed within the last ``RETRY_SECONDS``: skip it meanwhile."""
    failed_at = _failed_at.get(kind)
    return failed_at is not None and time.monotonic() - failed_at < RETRY_SECONDS


def last_failure(kind):
    """The monotonic time ``kind`` last failed in this process, or None."""
    return _failed_at.get(kind)


def attempt(kind, logger, message, call, default=None):
    """``call()``, or ``default`` while ``kind`` rests or when the call fails (warned about as ``warn`` does)."""
    if resting(kind):
        return default
    try:
        return call()
    except Exception as error:
        warn(logger, kind, message, error)
        return default


def reset():
    """Forget what failed and what was logged (for tests)."""
    with _lock:
        _last_logged.clear()
        _failed_at.clear()
