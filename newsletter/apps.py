from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "Newsletter"

    def ready(self):
        from articles.guide_page import after_article

        # Connect the new-guide draft to guide saves, and what a subscriber's deletion leaves to the deletion;
        # register the system checks.
        from . import announcements, checks, forgetting  # noqa: F401
        from .page_sections import GuideSignupSection

        after_article.register(GuideSignupSection())  # articles may not import newsletter
