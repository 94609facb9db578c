from django.urls import path
from django.views.generic import TemplateView

from . import views
from .middleware import read_only
from .social_cards import site_card_view

app_name = "core"

urlpatterns = [
    path("healthz/", views.healthz, name="healthz"),
    path("readyz/", views.readyz, name="readyz"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("card.png", read_only(site_card_view), name="site_card"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
]
