"""Rebuild every citation row from the Markdown, now that any citing text (workouts included) has rows.

Citations used to be kept for guides and exercises only, in the exercises app;
they now live in the studies app for every text that cites, so they are
written afresh from the texts themselves.
"""

import re

from django.db import migrations

CITATION = re.compile(r"\[@([a-z0-9][a-z0-9-]*)\]")
CITING_TEXTS = {
    ("articles", "musclegroup"): ("introduction", "anatomy", "exercises_intro", "left_out_intro", "wrap_up", "sources"),
    ("exercises", "exercise"): ("description", "steps", "mistakes", "safety", "cues"),
    ("exercises", "guideexercise"): ("reason",),
    ("workouts", "workout"): ("frequency", "rest", "effort", "warm_up", "progression", "principles"),
}


def rebuild(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Study = apps.get_model("studies", "Study")
    Citation = apps.get_model("studies", "Citation")
    studies = {study.slug: study for study in Study.objects.all()}
    for (app_label, model_name), fields in CITING_TEXTS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
        for source in apps.get_model(app_label, model_name).objects.all():
            slugs = dict.fromkeys(slug for field in fields for slug in CITATION.findall(getattr(source, field) or ""))
            cited = [studies[slug] for slug in slugs if slug in studies]
            Citation.objects.filter(content_type=content_type, object_id=source.pk).delete()
            Citation.objects.bulk_create(
                Citation(study=study, content_type=content_type, object_id=source.pk, position=position)
                for position, study in enumerate(cited)
            )


class Migration(migrations.Migration):

    dependencies = [
        ("workouts", "0004_practical_fields_and_rep_ranges"),
        ("exercises", "0008_remove_guide_fields_and_studies"),
        ("studies", "0001_initial"),
        ("articles", "0005_library"),
    ]

    operations = [migrations.RunPython(rebuild, migrations.RunPython.noop)]
