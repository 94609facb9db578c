"""Guides become part of a library: old addresses move to core, guides get a sources text, and the
seed's invented author becomes the site's own team.
"""

from django.db import migrations, models

# The seed of the first release credited an invented person; a row still holding that bio
# (never edited by an editor) is credited to the site's team instead, with no credentials.
INVENTED_AUTHOR = "Sam Carter"
INVENTED_BIO_MARK = "This profile is a placeholder"
TEAM = "Muscle Guide editors"
TEAM_BIO = (
    "The Muscle Guide editors write and check the guides against the studies they cite. "
    "We are not your coach or your doctor: use the guides as education, not medical advice."
)


def move_old_addresses_to_core(apps, schema_editor):
    Old = apps.get_model("articles", "SlugRedirect")
    New = apps.get_model("core", "SlugRedirect")
    for old in Old.objects.all():
        new = New.objects.create(content_type_id=old.content_type_id, object_id=old.object_id, old_slug=old.old_slug)
        New.objects.filter(pk=new.pk).update(created_at=old.created_at)
    ContentType = apps.get_model("contenttypes", "ContentType")
    old_type = ContentType.objects.filter(app_label="articles", model="slugredirect").first()
    if old_type is not None:
        new_type, _ = ContentType.objects.get_or_create(app_label="core", model="slugredirect")
        # The admin's history of old addresses follows them; permissions on the old model grant nothing now.
        apps.get_model("admin", "LogEntry").objects.filter(content_type=old_type).update(content_type=new_type)
        apps.get_model("auth", "Permission").objects.filter(content_type=old_type).delete()


def credit_the_team(apps, schema_editor):
    Author = apps.get_model("articles", "Author")
    if Author.objects.filter(name=TEAM).exists():
        return
    Author.objects.filter(name=INVENTED_AUTHOR, bio__contains=INVENTED_BIO_MARK).update(
        name=TEAM, bio=TEAM_BIO, is_team=True
    )


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0004_editors_group'),
        ('core', '0001_initial'),
        ('admin', '0003_logentry_add_action_flag_choices'),
        ('auth', '0012_alter_user_first_name_max_length'),
    ]

    operations = [
        migrations.AddField(
            model_name='author',
            name='is_team',
            field=models.BooleanField(default=False, help_text="Tick for a byline such as 'Muscle Guide editors': credited as an organisation, not a person.", verbose_name="the site's own team"),
        ),
        migrations.AddField(
            model_name='musclegroup',
            name='sources',
            field=models.TextField(blank=True, help_text="Further reading the guide draws on, e.g. a published article it follows. Markdown: **bold**, *italic*, [link text](https://example.org), lists with '- ', headings with '## '. Cite a study with its slug in square brackets, e.g. [@maeo-2021]; it appears as a numbered reference. HTML and scripts are removed."),
        ),
        migrations.AddField(
            model_name='musclegroup',
            name='sources_html',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AlterField(
            model_name='author',
            name='bio',
            field=models.TextField(help_text='Two or three sentences shown under each guide. Claim only credentials the person really has.'),
        ),
        migrations.RunPython(move_old_addresses_to_core, migrations.RunPython.noop),
        migrations.RunPython(credit_the_team, migrations.RunPython.noop),
        migrations.DeleteModel(
            name='SlugRedirect',
        ),
    ]
