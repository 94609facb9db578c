from django.apps import AppConfig


class WorkoutsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "workouts"

    def ready(self):
        # Guide and exercise pages list workouts; articles and exercises cannot import them.
        from articles.guide_page import sections as guide_sections
        from exercises.exercise_page import sections as exercise_sections

        from .page_sections import ExerciseWorkoutsSection, GuideWorkoutsSection

        guide_sections.register(GuideWorkoutsSection())
        exercise_sections.register(ExerciseWorkoutsSection())
