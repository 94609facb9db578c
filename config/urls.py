from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from articles.sitemaps import sitemaps as article_sitemaps
from core.middleware import read_only
from core.sitemaps import SECTION_URL_NAME, sitemap
from exercises.sitemaps import sitemaps as exercise_sitemaps
from newsletter.sitemaps import sitemaps as newsletter_sitemaps
from pages.sitemaps import sitemaps as page_sitemaps
from studies.sitemaps import sitemaps as study_sitemaps
from workouts.sitemaps import sitemaps as workout_sitemaps

SITEMAPS = {
    **article_sitemaps,
    **exercise_sitemaps,
    **study_sitemaps,
    **workout_sitemaps,
    **newsletter_sitemaps,
    **page_sitemaps,
}

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("core.urls")),
    path("", include("articles.urls")),
    path("", include("exercises.urls")),
    path("", include("studies.urls")),
    path("", include("workouts.urls")),
    path("", include("newsletter.urls")),
    path("", include("search.urls")),
    path("", include("pages.urls")),
    path("sitemap.xml", read_only(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("sitemap-<section>.xml", read_only(sitemap_views.sitemap), {"sitemaps": SITEMAPS}, name=SECTION_URL_NAME),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
