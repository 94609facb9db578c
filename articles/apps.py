from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    """Muscle-group guides and their anatomy."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Guides and anatomy"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .glossary import forget_terms
        from .models import GlossaryTerm

        post_save.connect(forget_terms, sender=GlossaryTerm, dispatch_uid="glossary-forget-on-save")
        post_delete.connect(forget_terms, sender=GlossaryTerm, dispatch_uid="glossary-forget-on-delete")
