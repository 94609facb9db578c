"""``manage.py worker``: django-tasks-db's ``db_worker`` (same options), after queueing again the
tasks that a dead worker left running (core/abandoned_tasks.py), and looking for such tasks again
every TASKS_ABANDONED_CHECK_EVERY seconds while it runs, when it also does the apps' housekeeping
chores (core/housekeeping.py).

Give each worker a stable ``--worker-id``, unique among the workers running at once (``make run``,
``make worker`` and deploy/serve.sh do): a worker restarted under its id takes back at once what
it was running when it died. Without one, or when its machine never comes back, such tasks are
taken back by any running worker once they have run longer than TASKS_ABANDONED_AFTER.
"""

import logging
import threading

from django.conf import settings
from django.db import connection
from django_tasks_db.management.commands import db_worker

from core.abandoned_tasks import requeue_abandoned
from core.housekeeping import run_chores

logger = logging.getLogger(__name__)


def keep_taking_back_abandoned_tasks(every, stop):
    """Until ``stop`` is set: every ``every`` seconds, queue again the tasks running past the cutoff, and run
    the housekeeping chores.

    Runs in a thread of its own beside the worker's loop, with its own database connection. Every
    worker does it; each task is taken back once, by whichever worker's update comes first.
    """
    while not stop.wait(every):
        try:
            requeued = requeue_abandoned()
            if requeued:
                logger.warning("Queued again %d task(s) that a lost worker left running: %s", len(requeued), requeued)
        except Exception:
            logger.exception("Could not look for tasks a lost worker left running; trying again later")
        try:
            run_chores()
        finally:
            connection.close()


class Command(db_worker.Command):
    help = "Queue again the tasks a dead worker left running, then run the database task worker (db_worker)."

    def handle(self, *args, **options):
        requeued = requeue_abandoned(options["worker_id"])
        if requeued:
            names = ", ".join(requeued)
            self.stderr.write(f"Queued again {len(requeued)} task(s) that a stopped worker left running: {names}")
        run_chores()
        stop = threading.Event()
        watcher = threading.Thread(
            target=keep_taking_back_abandoned_tasks,
            args=(settings.TASKS_ABANDONED_CHECK_EVERY, stop),
            name="abandoned-tasks",
            daemon=True,
        )
        watcher.start()
        try:
            super().handle(*args, **options)
        finally:
            stop.set()
