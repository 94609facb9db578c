from django.apps import AppConfig


class StudiesConfig(AppConfig):
    """The evidence: studies and the pages that cite them."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "studies"
