"""Warn about a failing dependency (the cache, say) now and then, not once per request.

When Redis is down every request meets the same failure; a full traceback per
request buried the logs (75,000 lines in 20 seconds). ``warn`` logs the first
failure of a kind with its reason, then stays quiet about that kind for a
minute, counting what it skipped, so the log says how often it happened.
"""

import threading
import time

INTERVAL_SECONDS = 60

_lock = threading.Lock()
_last_logged = {}  # kind -> (monotonic time of the last line, failures since)


def warn(logger, kind, message, error, *args):
    """Log ``message % args`` with ``error``'s type and text, at most once a minute for ``kind``."""
    now = time.monotonic()
    with _lock:
        logged_at, skipped = _last_logged.get(kind, (None, 0))
        if logged_at is not None and now - logged_at < INTERVAL_SECONDS:
            _last_logged[kind] = (logged_at, skipped + 1)
            return False
        _last_logged[kind] = (now, 0)
    suffix = f" ({skipped} more since the last warning)" if skipped else ""
    logger.warning(message + ": %s: %s" + suffix, *args, type(error).__name__, error)
    return True


def reset():
    """Forget what was logged (for tests)."""
    with _lock:
        _last_logged.clear()
