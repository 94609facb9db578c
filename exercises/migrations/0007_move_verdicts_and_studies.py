"""Copy each exercise's guide, verdict and position into a GuideExercise, and the studies into the studies app.

Study rows keep their ids, so nothing that pointed at a study loses it; old
addresses of studies follow them to their new model.
"""

from django.core.management.color import no_style
from django.db import migrations

RECOMMENDED, LEFT_OUT = "recommended", "left_out"
STUDY_FIELDS = ("slug", "authors", "title", "journal", "year", "volume", "issue", "pages", "doi", "finding")


def move_verdicts(apps, schema_editor):
    Exercise = apps.get_model("exercises", "Exercise")
    GuideExercise = apps.get_model("exercises", "GuideExercise")
    for exercise in Exercise.objects.all():
        GuideExercise.objects.create(
            guide_id=exercise.muscle_group_id,
            exercise=exercise,
            verdict=RECOMMENDED if exercise.recommended else LEFT_OUT,
            reason=exercise.verdict,
            reason_html=exercise.verdict_html,
            position=exercise.position,
        )


def move_studies(apps, schema_editor):
    Old = apps.get_model("exercises", "Study")
    New = apps.get_model("studies", "Study")
    for old in Old.objects.all():
        New.objects.create(pk=old.pk, **{field: getattr(old, field) for field in STUDY_FIELDS})
        New.objects.filter(pk=old.pk).update(updated_at=old.updated_at)
    # Rows were inserted with their own ids: move PostgreSQL's id sequence past them.
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [New]):
            cursor.execute(sql)

    ContentType = apps.get_model("contenttypes", "ContentType")
    SlugRedirect = apps.get_model("core", "SlugRedirect")
    old_type = ContentType.objects.filter(app_label="exercises", model="study").first()
    if old_type is not None:
        new_type, _ = ContentType.objects.get_or_create(app_label="studies", model="study")
        SlugRedirect.objects.filter(content_type=old_type).update(content_type=new_type)
        # The admin's history of each study follows it too.
        apps.get_model("admin", "LogEntry").objects.filter(content_type=old_type).update(content_type=new_type)
    # Permissions on the models that leave this app grant nothing any more.
    apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="exercises", content_type__model__in=["study", "citation"]
    ).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("exercises", "0006_global_exercises"),
        ("studies", "0001_initial"),
        ("core", "0001_initial"),
        ("articles", "0005_library"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(move_verdicts, migrations.RunPython.noop),
        migrations.RunPython(move_studies, migrations.RunPython.noop),
    ]
