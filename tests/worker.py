"""Run the queued background tasks inside the test, with the task worker's own code.

The tests use the same database task backend as production; this plays
``manage.py db_worker --batch`` in the test's process and transaction (the
command itself would install signal handlers and close the test's connection).
"""

from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def run_queued_tasks(limit=10_000):
    """Run every task that is due, including those queued meanwhile; return how many ran.

    A task that raised fails the test with its traceback.
    """
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="tests",
        excluded_queue_names=[],
    )
    ran = 0
    while ran < limit and (result := DBTaskResult.objects.ready().first()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        result.refresh_from_db()
        assert result.status != "FAILED", result.traceback
        ran += 1
    return ran


def queued_tasks():
    """The names of the tasks waiting to run, e.g. ["deliver_signup_email"]."""
    return [result.task_name for result in DBTaskResult.objects.ready()]
