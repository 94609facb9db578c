from articles.sitemaps import ListPageSitemap, PublishedSitemap, SiteSitemap

from .models import Exercise, Study


class ExerciseSitemap(PublishedSitemap):
    model = Exercise


class StudySitemap(SiteSitemap):
    def items(self):
        return Study.objects.order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class ExerciseListSitemap(ListPageSitemap):
    pages = {
        "exercises:list": lambda: Exercise.objects.published(),
        "exercises:study_list": lambda: Study.objects.all(),
    }


sitemaps = {"exercise-lists": ExerciseListSitemap, "exercises": ExerciseSitemap, "studies": StudySitemap}
