from django.db import migrations, models

from core.markup import cited_keys, render_inline_markdown


def render_notes(apps, schema_editor):
    """Existing notes get their rendering, and the studies they cite their citation rows."""
    MuscleInvolvement = apps.get_model("exercises", "MuscleInvolvement")
    Study = apps.get_model("studies", "Study")
    Citation = apps.get_model("studies", "Citation")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = None
    for involvement in MuscleInvolvement.objects.exclude(note=""):
        involvement.note_html = render_inline_markdown(involvement.note)
        involvement.save(update_fields=["note_html"])
        keys = cited_keys(involvement.note)
        studies = Study.objects.in_bulk(keys, field_name="slug")
        if studies and content_type is None:
            content_type, _ = ContentType.objects.get_or_create(app_label="exercises", model="muscleinvolvement")
        for position, slug in enumerate(key for key in keys if key in studies):
            Citation.objects.get_or_create(
                study=studies[slug], content_type=content_type, object_id=involvement.pk, defaults={"position": position}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0011_publish_date_help"),
        ("studies", "0002_editors_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddField(
            model_name="muscleinvolvement",
            name="note_html",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AlterField(
            model_name="muscleinvolvement",
            name="note",
            field=models.CharField(
                blank=True,
                help_text="Why, in one sentence. Markdown: **bold**, *italic*, [link text](https://example.org). "
                "Cite a study with its slug in square brackets, e.g. [@maeo-2021]; it appears as a numbered reference.",
                max_length=300,
            ),
        ),
        migrations.RunPython(render_notes, migrations.RunPython.noop),
    ]
