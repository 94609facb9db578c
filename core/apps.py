from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares and that holds no domain: page cache, Markdown, images, SEO, admin mixins."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Site"

    def ready(self):
        from . import page_cache

        page_cache.connect_signals()
