"""A site whose readers signed up again before the fix gets their rows' earlier dates cleared by ``migrate``."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from newsletter.models import Subscriber

BEFORE = [("newsletter", "0006_edition_help_text")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.mark.django_db(transaction=True)
def test_dates_from_before_a_readers_latest_signup_are_cleared_and_every_row_kept():
    now, day = timezone.now(), timedelta(days=1)
    rows = {  # email: (status, consent_at, confirmed_at, unsubscribed_at) as the old code left them
        "again-pending@example.com": ("pending", now, now - 3 * day, now - 2 * day),
        "again-confirmed@example.com": ("confirmed", now - day, now, now - 2 * day),
        "again-unsubscribed@example.com": ("unsubscribed", now - day, now - 3 * day, now),
        "confirmed@example.com": ("confirmed", now - 2 * day, now - day, None),
        "unsubscribed@example.com": ("unsubscribed", now - 3 * day, now - 2 * day, now - day),
    }
    try:
        migrate(BEFORE)
        for email, (status, consent_at, confirmed_at, unsubscribed_at) in rows.items():
            Subscriber.objects.create(
                email=email,
                status=status,
                consent_at=consent_at,
                consent_version="x",
                confirmed_at=confirmed_at,
                unsubscribed_at=unsubscribed_at,
            )
    finally:
        call_command("migrate", verbosity=0)

    dates = {row.email: (row.status, row.confirmed_at, row.unsubscribed_at) for row in Subscriber.objects.all()}
    assert dates == {
        "again-pending@example.com": ("pending", None, None),
        "again-confirmed@example.com": ("confirmed", now, None),
        "again-unsubscribed@example.com": ("unsubscribed", None, now),  # this signup was never confirmed
        "confirmed@example.com": ("confirmed", now - day, None),
        "unsubscribed@example.com": ("unsubscribed", now - 2 * day, now - day),
    }
