from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "Newsletter"

    def ready(self):
        from . import announcements  # noqa: F401  (connects the new-guide draft to guide saves)
