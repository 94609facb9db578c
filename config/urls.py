from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import TemplateView

from articles.sitemaps import sitemaps as article_sitemaps
from config.views import favicon, healthz
from exercises.sitemaps import sitemaps as exercise_sitemaps
from newsletter.sitemaps import sitemaps as newsletter_sitemaps
from workouts.sitemaps import sitemaps as workout_sitemaps

SITEMAPS = {**article_sitemaps, **exercise_sitemaps, **workout_sitemaps, **newsletter_sitemaps}

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz/", healthz, name="healthz"),
    path("favicon.ico", favicon),
    path("", include("articles.urls")),
    path("", include("exercises.urls")),
    path("", include("workouts.urls")),
    path("", include("newsletter.urls")),
    path("", include("search.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
