from django.urls import path

from . import views
from .feeds import GuidesAtomFeed, GuidesFeed
from .models import MuscleGroup
from .social_cards import SocialCardView, site_card_view

app_name = "articles"

urlpatterns = [
    path("", views.GuideListView.as_view(), name="home"),
    path("guides/<slug:slug>/", views.GuideDetailView.as_view(), name="guide"),
    path("guides/<slug:slug>/card.png", SocialCardView.as_view(model=MuscleGroup), name="social_card"),
    path("card.png", site_card_view, name="site_card"),
    path("feed/", GuidesFeed(), name="feed"),
    path("feed/atom/", GuidesAtomFeed(), name="atom_feed"),
]
