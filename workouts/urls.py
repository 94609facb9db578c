from django.urls import path

from . import views

app_name = "workouts"

urlpatterns = [
    path("workouts/", views.WorkoutListView.as_view(), name="list"),
    path("workouts/<slug:slug>/", views.WorkoutDetailView.as_view(), name="detail"),
    path("workouts/<slug:slug>/sheet.csv", views.WorkoutSheetCSVView.as_view(), name="sheet_csv"),
]
