"""Rows whose reader signed up again kept the dates of the earlier subscription (a pending reader shown as
confirmed and unsubscribed long ago, a confirmed one with an unsubscribed date). A date before the row's
latest signup (its consent time) belongs to that earlier subscription: cleared, as a new signup now does.
Every row is kept; only those dates change."""

from django.db import migrations
from django.db.models import F


def clear_earlier_dates(apps, schema_editor):
    Subscriber = apps.get_model("newsletter", "Subscriber")
    Subscriber.objects.filter(confirmed_at__lt=F("consent_at")).update(confirmed_at=None)
    Subscriber.objects.filter(unsubscribed_at__lt=F("consent_at")).update(unsubscribed_at=None)


class Migration(migrations.Migration):

    dependencies = [
        ("newsletter", "0006_edition_help_text"),
    ]

    operations = [
        migrations.RunPython(clear_earlier_dates, migrations.RunPython.noop),
    ]
