from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    """Muscle-group guides and their anatomy."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Guides and anatomy"
