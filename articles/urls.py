from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("", views.GuideListView.as_view(), name="home"),
    path("guides/<slug:slug>/", views.GuideDetailView.as_view(), name="guide"),
]
