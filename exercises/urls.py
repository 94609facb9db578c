from django.urls import path

from articles.social_cards import SocialCardView

from . import views
from .models import Exercise

app_name = "exercises"

urlpatterns = [
    path("exercises/", views.ExerciseListView.as_view(), name="list"),
    path("exercises/<slug:slug>/", views.ExerciseDetailView.as_view(), name="detail"),
    path(
        "exercises/<slug:slug>/card.png",
        SocialCardView.as_view(model=Exercise, select_related=("muscle_group",)),
        name="social_card",
    ),
    path("studies/", views.StudyListView.as_view(), name="study_list"),
    path("studies/<slug:slug>/", views.StudyDetailView.as_view(), name="study"),
]
