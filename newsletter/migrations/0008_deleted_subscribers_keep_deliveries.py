"""A deleted subscriber's deliveries are kept, with no subscriber, so past editions keep their counts (they were
deleted with the subscriber, and "sent" went down). Admin log entries about subscribers deleted before this
named their address; they now read "subscriber #<id>". Every row is kept."""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import F, Value
from django.db.models.functions import Concat


def forget_deleted_subscribers_in_admin_log(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    LogEntry = apps.get_model("admin", "LogEntry")
    Subscriber = apps.get_model("newsletter", "Subscriber")
    content_type = ContentType.objects.filter(app_label="newsletter", model="subscriber").first()
    if content_type is None:  # a new database: no log yet
        return
    existing = {str(pk) for pk in Subscriber.objects.values_list("pk", flat=True)}
    logged = set(LogEntry.objects.filter(content_type=content_type).values_list("object_id", flat=True))
    LogEntry.objects.filter(content_type=content_type, object_id__in=logged - existing).update(
        object_repr=Concat(Value("subscriber #"), F("object_id"))
    )


class Migration(migrations.Migration):

    dependencies = [
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("newsletter", "0007_clear_dates_of_earlier_subscriptions"),
    ]

    operations = [
        migrations.AlterField(
            model_name="delivery",
            name="subscriber",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="deliveries",
                to="newsletter.subscriber",
            ),
        ),
        migrations.RunPython(forget_deleted_subscribers_in_admin_log, migrations.RunPython.noop),
    ]
