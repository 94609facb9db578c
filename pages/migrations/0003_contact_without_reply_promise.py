"""The Contact page no longer promises that replies to the newsletter reach the editors.

Replies arrive only where ``EDITORS_EMAIL`` is set (it is the newsletter's
Reply-To), so the page itself now shows the address, or says there is none,
from that setting. The body is changed only while it still holds the first
seed's words (blank space aside): a page an editor rewrote is left alone. The
words are frozen here.
"""

from django.db import migrations

from core.markup import render_markdown

OLD_BODY = """\
**Found a mistake?** If a guide says something a cited study does not support, or a study's
details are wrong, tell the editors: we check it against the study and correct the guide.

**Newsletter readers** can reply to any newsletter email to reach the editors, including to ask
us to delete your address entirely (see [privacy](/pages/privacy/)). To stop the emails at once,
use the unsubscribe link at the bottom of any of them.

We cannot give personal training or medical advice.
"""

NEW_BODY = """\
**Found a mistake?** If a guide says something a cited study does not support, or a study's
details are wrong, write to the editors (below): we check it against the study and correct the guide.

**Newsletter readers**: to stop the emails at once, use the unsubscribe link at the bottom of any
of them. To have your address deleted entirely, write to the editors (see [privacy](/pages/privacy/)).

We cannot give personal training or medical advice.
"""


def words(text):
    return " ".join((text or "").split())


def update_contact(apps, schema_editor):
    Page = apps.get_model("pages", "Page")
    for page in Page.objects.filter(slug="contact"):
        if words(page.body) == words(OLD_BODY):
            page.body = NEW_BODY
            page.body_html = render_markdown(NEW_BODY, anchor_prefix="body")
            page.save(update_fields=["body", "body_html"])


class Migration(migrations.Migration):
    dependencies = [("pages", "0002_editors_permissions")]

    operations = [migrations.RunPython(update_contact, migrations.RunPython.noop)]
