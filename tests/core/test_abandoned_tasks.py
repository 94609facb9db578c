"""Tasks a dead worker left running are queued again when a worker starts (core/abandoned_tasks.py).

``manage.py worker`` itself, killed and restarted, is tested with a real mail server in
tests/newsletter/test_delivery.py.
"""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.abandoned_tasks import requeue_abandoned
from tests.worker import run_queued_tasks

pytestmark = pytest.mark.django_db


def signup_left_running(client, worker_id, started_ago=timedelta(0)):
    """A signup whose confirmation task ``worker_id`` claimed, then died running: it never finished."""
    client.post("/newsletter/subscribe/", {"email": "reader@example.com", "consent": "on", "source": "/"})
    result = DBTaskResult.objects.ready().get()
    result.claim(worker_id)
    DBTaskResult.objects.filter(pk=result.pk).update(started_at=timezone.now() - started_ago)
    return result


def test_a_worker_starting_under_its_id_takes_back_what_it_was_running(client):
    signup_left_running(client, "worker-1")

    assert requeue_abandoned("worker-1") == ["deliver_signup_email"]
    assert run_queued_tasks() == 1
    assert [message.to for message in mail.outbox] == [["reader@example.com"]]
    assert "Confirm" in mail.outbox[0].subject


def test_another_workers_task_is_left_to_it_while_it_may_still_be_running(client):
    signup_left_running(client, "worker-2", started_ago=timedelta(minutes=5))

    assert requeue_abandoned("worker-1") == []
    assert DBTaskResult.objects.running().count() == 1
    assert run_queued_tasks() == 0


def test_a_task_running_longer_than_any_task_runs_is_taken_back_whoever_claimed_it(client, settings):
    settings.TASKS_ABANDONED_AFTER = 3600
    signup_left_running(client, "worker-2", started_ago=timedelta(hours=2))

    assert requeue_abandoned(None) == ["deliver_signup_email"]
    run_queued_tasks()
    assert len(mail.outbox) == 1


def test_finished_tasks_are_never_run_again(client):
    client.post("/newsletter/subscribe/", {"email": "reader@example.com", "consent": "on", "source": "/"})
    run_queued_tasks()
    DBTaskResult.objects.update(worker_ids=["worker-1"])

    assert requeue_abandoned("worker-1") == []
    assert run_queued_tasks() == 0
    assert len(mail.outbox) == 1
