import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.CreateModel(
            name='Study',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(help_text='Cite it in Markdown as [@slug], e.g. [@maeo-2021].', unique=True)),
                ('authors', models.CharField(help_text="As cited, e.g. 'Maeo S, Huang M, Wu Y, et al'.", max_length=300)),
                ('title', models.CharField(max_length=300)),
                ('journal', models.CharField(help_text="Abbreviated, e.g. 'Med Sci Sports Exerc'.", max_length=200)),
                ('year', models.PositiveSmallIntegerField()),
                ('volume', models.CharField(blank=True, max_length=20)),
                ('issue', models.CharField(blank=True, max_length=20)),
                ('pages', models.CharField(blank=True, max_length=30)),
                ('doi', models.CharField(blank=True, help_text='E.g. 10.1249/MSS.0000000000002523', max_length=200, verbose_name='DOI')),
                ('design', models.CharField(choices=[('meta_analysis', 'Systematic review and meta-analysis'), ('systematic_review', 'Systematic review'), ('randomised_trial', 'Randomised controlled trial'), ('within_participant', 'Within-participant trial (one leg or arm against the other)'), ('single_group', 'Single-group training study'), ('acute_emg', 'Acute EMG study (muscle activity in one session)'), ('other', 'Other')], default='other', max_length=20)),
                ('participants', models.PositiveIntegerField(blank=True, help_text='Leave empty if the paper does not say.', null=True, verbose_name='number of participants')),
                ('population', models.CharField(blank=True, help_text="Who took part, in a few words, e.g. 'healthy adults'.", max_length=120)),
                ('training_status', models.CharField(choices=[('trained', 'Trained'), ('untrained', 'Untrained'), ('mixed', 'Trained and untrained'), ('not_stated', 'Not stated')], default='not_stated', max_length=12)),
                ('duration', models.CharField(blank=True, help_text="E.g. '12 weeks, twice a week'. Empty for a one-session study.", max_length=120)),
                ('measure', models.CharField(blank=True, help_text="How the outcome was measured, e.g. 'muscle volume by MRI', 'muscle thickness by ultrasound'.", max_length=120, verbose_name='outcome measured')),
                ('finding', models.CharField(help_text='What the study as a whole found, in one or two plain sentences.', max_length=400)),
                ('updated_at', models.DateTimeField(auto_now=True)),
            ],
            options={
                'verbose_name_plural': 'studies',
                'ordering': ['-year', 'authors'],
            },
        ),
        migrations.CreateModel(
            name='Citation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('object_id', models.PositiveBigIntegerField()),
                ('position', models.PositiveSmallIntegerField(default=0, help_text='Order of first citation in the text.')),
                ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype')),
                ('study', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='citations', to='studies.study')),
            ],
            options={
                'ordering': ['position'],
                'indexes': [models.Index(fields=['content_type', 'object_id'], name='citation_source')],
                'constraints': [models.UniqueConstraint(fields=('content_type', 'object_id', 'study'), name='unique_citation_per_source')],
            },
        ),
    ]
