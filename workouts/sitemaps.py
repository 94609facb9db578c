from core.sitemaps import ListPageSitemap, PublishedSitemap

from .models import Workout


class WorkoutSitemap(PublishedSitemap):
    model = Workout


class WorkoutListSitemap(ListPageSitemap):
    pages = {"workouts:list": lambda: Workout.objects.published()}


sitemaps = {"workout-list": WorkoutListSitemap, "workouts": WorkoutSitemap}
