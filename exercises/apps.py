from django.apps import AppConfig


class ExercisesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "exercises"

    def ready(self):
        # The guide page shows the exercises its guide discusses; articles cannot import them.
        from articles.guide_page import sections

        from .guide_sections import GuideExercisesSection

        sections.register(GuideExercisesSection())
