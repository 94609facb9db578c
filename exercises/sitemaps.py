from core.sitemaps import ListPageSitemap, PublishedSitemap

from .models import Exercise


class ExerciseSitemap(PublishedSitemap):
    model = Exercise


class ExerciseListSitemap(ListPageSitemap):
    pages = {"exercises:list": lambda: Exercise.objects.published()}


sitemaps = {"exercise-list": ExerciseListSitemap, "exercises": ExerciseSitemap}
