from django.urls import path

from core.social_cards import SocialCardView

from . import views
from .feeds import GuidesAtomFeed, GuidesFeed
from .models import MuscleGroup

app_name = "articles"

urlpatterns = [
    path("", views.GuideListView.as_view(), name="home"),
    path("guides/<slug:slug>/", views.GuideDetailView.as_view(), name="guide"),
    path("guides/<slug:slug>/card.png", SocialCardView.as_view(model=MuscleGroup), name="social_card"),
    path("feed/", GuidesFeed(), name="feed"),
    path("feed/atom/", GuidesAtomFeed(), name="atom_feed"),
]
