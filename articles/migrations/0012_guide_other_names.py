"""A guide's other names, which search reads ("quads" finds the quadriceps guide).

The seeded quadriceps guide is given "Quads" here too, so a site seeded before the field
existed finds it: the field is new, so no editor has written in it yet.
"""

from django.db import migrations, models


def name_the_quads(apps, schema_editor):
    apps.get_model("articles", "MuscleGroup").objects.filter(slug="quadriceps", aliases="").update(aliases="Quads")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_glossary_terms"),
    ]

    operations = [
        migrations.AddField(
            model_name="musclegroup",
            name="aliases",
            field=models.CharField(
                blank=True,
                help_text="Other names readers search for, separated by commas, e.g. 'quads' for the quadriceps.",
                max_length=200,
                verbose_name="other names",
            ),
        ),
        migrations.RunPython(name_the_quads, migrations.RunPython.noop),
    ]
