"""DOIs pasted as links (https://doi.org/10...) or with "doi:" become bare, as the form now stores them.

The page builds the link itself, so a stored link showed as https://doi.org/https://doi.org/... .
Anything else is left as it is: no guess is made at what an editor meant.
"""

import re

from django.db import migrations

PREFIX = re.compile(r"^\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)  # studies.doi.PREFIX, frozen here


def bare_dois(apps, schema_editor):
    Study = apps.get_model("studies", "Study")
    for study in Study.objects.exclude(doi="").only("pk", "doi"):
        bare = PREFIX.sub("", study.doi).strip()
        if bare != study.doi:
            Study.objects.filter(pk=study.pk).update(doi=bare)


class Migration(migrations.Migration):
    dependencies = [("studies", "0002_editors_permissions")]

    operations = [migrations.RunPython(bare_dois, migrations.RunPython.noop)]
