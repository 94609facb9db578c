from django.urls import path

from core.social_cards import SocialCardView

from . import views
from .models import Workout

app_name = "workouts"

urlpatterns = [
    path("workouts/", views.WorkoutListView.as_view(), name="list"),
    path("workouts/build/", views.WorkoutBuildView.as_view(), name="build"),
    path("workouts/build/sheet.csv", views.WorkoutBuildCSVView.as_view(), name="build_csv"),
    path("workouts/<slug:slug>/", views.WorkoutDetailView.as_view(), name="detail"),
    path("workouts/<slug:slug>/sheet.csv", views.WorkoutSheetCSVView.as_view(), name="sheet_csv"),
    path(
        "workouts/<slug:slug>/card.png",
        SocialCardView.as_view(model=Workout, select_related=("muscle_group",)),
        name="social_card",
    ),
]
