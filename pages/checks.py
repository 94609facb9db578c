"""System checks of the site pages: a deployed site gives readers a way to reach its editors."""

from django.conf import settings
from django.core.checks import Warning, register


@register("pages", deploy=True)
def editors_email_in_production(app_configs, **kwargs):
    """The Contact page asks readers to write to the editors, and newsletter replies go to the same address."""
    if settings.EDITORS_EMAIL:
        return []
    return [
        Warning(
            "EDITORS_EMAIL is not set: the Contact page tells readers they cannot write to the editors, "
            "and replies to the newsletter reach nobody.",
            hint="Set EDITORS_EMAIL to the mailbox the editors read, e.g. editors@muscleguide.example.",
            id="pages.W001",
        )
    ]
