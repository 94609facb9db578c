"""The guide fields leave the exercise (their values now live in GuideExercise), and studies leave this app."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('exercises', '0007_move_verdicts_and_studies'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='exercise',
            name='muscle_group',
        ),
        migrations.RemoveField(
            model_name='exercise',
            name='position',
        ),
        migrations.RemoveField(
            model_name='exercise',
            name='recommended',
        ),
        migrations.RemoveField(
            model_name='exercise',
            name='verdict',
        ),
        migrations.RemoveField(
            model_name='exercise',
            name='verdict_html',
        ),
        migrations.DeleteModel(
            name='Citation',
        ),
        migrations.DeleteModel(
            name='Study',
        ),
    ]
