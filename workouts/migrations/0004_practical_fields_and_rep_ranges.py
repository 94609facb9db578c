"""A workout says how to run it (how often, rest, effort, warm-up, progression); reps may be a range or a time."""

import django.core.validators
from django.db import migrations, models


def copy_reps(apps, schema_editor):
    """A fixed target of N reps becomes the range N to N."""
    WorkoutItem = apps.get_model("workouts", "WorkoutItem")
    for item in WorkoutItem.objects.all():
        item.reps_min = item.reps_max = item.reps
        item.save(update_fields=["reps_min", "reps_max"])


class Migration(migrations.Migration):

    dependencies = [
        ('exercises', '0006_global_exercises'),
        ('workouts', '0003_editors_permissions'),
    ]

    operations = [
        migrations.AddField(
            model_name='workout',
            name='effort',
            field=models.TextField(blank=True, help_text="E.g. reps in reserve. Markdown: **bold**, *italic*, [link text](https://example.org), lists with '- ', headings with '## '. Cite a study with its slug in square brackets, e.g. [@maeo-2021]; it appears as a numbered reference. HTML and scripts are removed.", verbose_name='how hard'),
        ),
        migrations.AddField(
            model_name='workout',
            name='effort_html',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name='workout',
            name='frequency',
            field=models.TextField(blank=True, help_text="Sessions a week. Markdown: **bold**, *italic*, [link text](https://example.org), lists with '- ', headings with '## '. Cite a study with its slug in square brackets, e.g. [@maeo-2021]; it appears as a numbered reference. HTML and scripts are removed.", verbose_name='how often'),
        ),
        migrations.AddField(
            model_name='workout',
            name='frequency_html',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name='workout',
            name='progression',
            field=models.TextField(blank=True, help_text="When to add weight or reps, e.g. once every set reaches the top of the range. Markdown: **bold**, *italic*, [link text](https://example.org), lists with '- ', headings with '## '. Cite a study with its slug in square brackets, e.g. [@maeo-2021]; it appears as a numbered reference. HTML and scripts are removed."),
        ),
        migrations.AddField(
            model_name='workout',
            name='progression_html',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name='workout',
            name='rest',
            field=models.TextField(blank=True, help_text="Markdown: **bold**, *italic*, [link text](https://example.org), lists with '- ', headings with '## '. Cite a study with its slug in square brackets, e.g. [@maeo-2021]; it appears as a numbered reference. HTML and scripts are removed.", verbose_name='rest between sets'),
        ),
        migrations.AddField(
            model_name='workout',
            name='rest_html',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name='workout',
            name='warm_up',
            field=models.TextField(blank=True, help_text="Markdown: **bold**, *italic*, [link text](https://example.org), lists with '- ', headings with '## '. Cite a study with its slug in square brackets, e.g. [@maeo-2021]; it appears as a numbered reference. HTML and scripts are removed.", verbose_name='warm-up'),
        ),
        migrations.AddField(
            model_name='workout',
            name='warm_up_html',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name='workoutitem',
            name='reps_max',
            field=models.PositiveSmallIntegerField(blank=True, default=1, help_text='For a range such as 8-12, the top of it; the same number (or empty) for a fixed target.', validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(600)], verbose_name='up to'),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name='workoutitem',
            name='reps_min',
            field=models.PositiveSmallIntegerField(default=1, help_text='E.g. 8.', validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(600)], verbose_name='reps (or seconds)'),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name='workoutitem',
            name='unit',
            field=models.CharField(choices=[('reps', 'Repetitions'), ('seconds', 'Seconds')], default='reps', max_length=8),
        ),
        migrations.RunPython(copy_reps, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='workoutitem',
            name='reps',
        ),
        migrations.AddConstraint(
            model_name='workoutitem',
            constraint=models.CheckConstraint(condition=models.Q(('reps_max__gte', models.F('reps_min'))), name='reps_range_in_order'),
        ),
    ]
