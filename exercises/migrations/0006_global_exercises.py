"""Exercises stop belonging to one guide: a guide now chooses them through GuideExercise."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0005_library'),
        ('exercises', '0005_study_updated_at'),
        ('studies', '0001_initial'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='exercise',
            options={'ordering': ['name']},
        ),
        migrations.AddField(
            model_name='exercise',
            name='aliases',
            field=models.CharField(blank=True, help_text="Other names readers search for, separated by commas, e.g. 'RDL' or 'Nordic curl, Nordic'.", max_length=200, verbose_name='other names'),
        ),
        migrations.AddField(
            model_name='exercise',
            name='mistakes',
            field=models.TextField(blank=True, help_text="A Markdown list of 3-5. Markdown: **bold**, *italic*, [link text](https://example.org), lists with '- ', headings with '## '. Cite a study with its slug in square brackets, e.g. [@maeo-2021]; it appears as a numbered reference. HTML and scripts are removed.", verbose_name='common mistakes'),
        ),
        migrations.AddField(
            model_name='exercise',
            name='mistakes_html',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name='exercise',
            name='safety',
            field=models.TextField(blank=True, help_text="Markdown: **bold**, *italic*, [link text](https://example.org), lists with '- ', headings with '## '. Cite a study with its slug in square brackets, e.g. [@maeo-2021]; it appears as a numbered reference. HTML and scripts are removed.", verbose_name='safety notes'),
        ),
        migrations.AddField(
            model_name='exercise',
            name='safety_html',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name='exercise',
            name='steps',
            field=models.TextField(blank=True, help_text="A numbered Markdown list: '1. ...', one step a line. Markdown: **bold**, *italic*, [link text](https://example.org), lists with '- ', headings with '## '. Cite a study with its slug in square brackets, e.g. [@maeo-2021]; it appears as a numbered reference. HTML and scripts are removed.", verbose_name='how to do it'),
        ),
        migrations.AddField(
            model_name='exercise',
            name='steps_html',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.CreateModel(
            name='GuideExercise',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('verdict', models.CharField(choices=[('recommended', 'Recommended'), ('left_out', 'Discussed but left out')], default='recommended', max_length=12)),
                ('reason', models.TextField(help_text="Why the guide recommends it, or why it is left out. Shown on the guide and on the exercise's page. Markdown: **bold**, *italic*, [link text](https://example.org), lists with '- ', headings with '## '. Cite a study with its slug in square brackets, e.g. [@maeo-2021]; it appears as a numbered reference. HTML and scripts are removed.")),
                ('position', models.PositiveSmallIntegerField(default=0, help_text='Lower comes first in the guide.')),
                ('reason_html', models.TextField(blank=True, editable=False)),
                ('exercise', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='guide_links', to='exercises.exercise')),
                ('guide', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='exercise_links', to='articles.musclegroup')),
            ],
            options={
                'verbose_name': 'exercise in a guide',
                'verbose_name_plural': 'exercises in guides',
                'ordering': ['guide', 'position', 'pk'],
            },
        ),
        migrations.AddConstraint(
            model_name='guideexercise',
            constraint=models.UniqueConstraint(fields=('guide', 'exercise'), name='unique_exercise_per_guide'),
        ),
    ]
