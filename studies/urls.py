from django.urls import path

from . import views

app_name = "studies"

urlpatterns = [
    path("studies/", views.StudyListView.as_view(), name="list"),
    path("studies/<slug:slug>/", views.StudyDetailView.as_view(), name="detail"),
]
