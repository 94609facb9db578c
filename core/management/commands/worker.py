"""``manage.py worker``: django-tasks-db's ``db_worker`` (same options), after queueing again the
tasks that a dead worker left running (core/abandoned_tasks.py).

Give each worker a stable ``--worker-id``, unique among the workers running at once (``make run``,
``make worker`` and deploy/serve.sh do): a worker restarted under its id takes back at once what
it was running when it died. Without one, such tasks wait for TASKS_ABANDONED_AFTER.
"""

from django_tasks_db.management.commands import db_worker

from core.abandoned_tasks import requeue_abandoned


class Command(db_worker.Command):
    help = "Queue again the tasks a dead worker left running, then run the database task worker (db_worker)."

    def handle(self, *args, **options):
        requeued = requeue_abandoned(options["worker_id"])
        if requeued:
            names = ", ".join(requeued)
            self.stderr.write(f"Queued again {len(requeued)} task(s) that a stopped worker left running: {names}")
        super().handle(*args, **options)
