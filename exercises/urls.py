from django.urls import path

from core.social_cards import SocialCardView

from . import views
from .models import Exercise

app_name = "exercises"

urlpatterns = [
    path("exercises/", views.ExerciseListView.as_view(), name="list"),
    path("exercises/<slug:slug>/", views.ExerciseDetailView.as_view(), name="detail"),
    path("exercises/<slug:slug>/card.png", SocialCardView.as_view(model=Exercise), name="social_card"),
]
