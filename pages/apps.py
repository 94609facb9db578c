from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Site pages (about, privacy, contact)"

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
