from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "Newsletter"

    def ready(self):
        from articles.guide_page import after_article

        from . import (
            announcements,  # noqa: F401  (connects the new-guide draft to guide saves)
            checks,  # noqa: F401 - registers the system checks
        )
        from .page_sections import GuideSignupSection

        after_article.register(GuideSignupSection())  # articles may not import newsletter
