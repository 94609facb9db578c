from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "Newsletter"

    def ready(self):
        from articles.guide_page import after_article
        from core.housekeeping import register

        # Connect the new-guide draft to guide saves, and what a subscriber's deletion leaves to the deletion;
        # register the system checks and the worker's chore.
        from . import announcements, checks, forgetting  # noqa: F401
        from .page_sections import GuideSignupSection
        from .retention import delete_unconfirmed_signups

        after_article.register(GuideSignupSection())  # articles may not import newsletter
        register(delete_unconfirmed_signups)  # the worker's housekeeping; core may not import newsletter
