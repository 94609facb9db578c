"""Chores the task worker does from time to time beside its tasks, e.g. deleting signups never confirmed.

``manage.py worker`` (core/management/commands/worker.py) runs them when it starts and then every
TASKS_ABANDONED_CHECK_EVERY seconds. The apps above core, which core may not import, register
theirs from their ``AppConfig.ready()``. A chore must be cheap and safe to run on several workers at once.
"""

import logging

logger = logging.getLogger(__name__)

chores = []


def register(chore):
    """Add ``chore`` (a function without arguments) to what every worker runs from time to time."""
    if chore not in chores:
        chores.append(chore)
    return chore


def run_chores():
    """Run every registered chore; one that fails is logged and the others still run."""
    for chore in chores:
        try:
            chore()
        except Exception:
            logger.exception("Housekeeping chore %s failed; it runs again next time", chore.__qualname__)
