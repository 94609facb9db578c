"""Tasks that a dead worker left "running", put back in the queue so that they run after all.

django-tasks-db marks a task RUNNING when a worker claims it and never looks at it again, so a worker
killed mid-task (SIGKILL, out of memory, a power cut, the autoreloader) would leave it running for
ever: a reader's confirmation email, say, never sent. Every task of this site is safe to run again
(each first reads the state it acts on: a sent confirmation's reader is no longer pending, an
edition's sent rows are never sent twice), so such a task is queued again:

- when a worker starts, the tasks it was running under the same worker id: it has just started, so
  it runs none of them now;
- tasks running longer than TASKS_ABANDONED_AFTER seconds under any worker id: no task here runs
  that long, so their worker is gone (a machine that never came back). Every running worker also
  looks for these every TASKS_ABANDONED_CHECK_EVERY seconds (core/management/commands/worker.py).

A task that died after its email reached the mail server sends that email again: a second
confirmation link is better than none. Editions never send a reader a second copy (newsletter/delivery.py).
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult


def is_abandoned(result, worker_id, cutoff):
    """Whether a running task's worker is gone: it is the worker now starting, or it ran past ``cutoff``."""
    claimed_by = result.worker_ids[-1] if result.worker_ids else None
    return (worker_id is not None and claimed_by == worker_id) or result.started_at < cutoff


def requeue_abandoned(worker_id=None):
    """Queue again every abandoned running task (see the module docstring); returns their names.

    ``worker_id``: the id of the worker about to start, whose earlier life's tasks are abandoned.
    """
    cutoff = timezone.now() - timedelta(seconds=settings.TASKS_ABANDONED_AFTER)
    requeued = []
    for result in DBTaskResult.objects.running().only("pk", "task_path", "started_at", "worker_ids"):
        if not is_abandoned(result, worker_id, cutoff):
            continue
        # Only if it is still the same run: a task that finished meanwhile stays finished.
        still_running = DBTaskResult.objects.filter(
            pk=result.pk, status=TaskResultStatus.RUNNING, started_at=result.started_at
        )
        if still_running.update(status=TaskResultStatus.READY, started_at=None):
            requeued.append(result.task_path.rsplit(".", 1)[-1])
    return requeued
