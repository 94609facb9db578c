from django.urls import path

from . import views

app_name = "exercises"

urlpatterns = [
    path("exercises/", views.ExerciseListView.as_view(), name="list"),
    path("exercises/<slug:slug>/", views.ExerciseDetailView.as_view(), name="detail"),
    path("studies/", views.StudyListView.as_view(), name="study_list"),
    path("studies/<slug:slug>/", views.StudyDetailView.as_view(), name="study"),
]
