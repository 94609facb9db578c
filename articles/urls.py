from django.urls import path

from core.middleware import read_only
from core.social_cards import SocialCardView

from . import views
from .feeds import GuidesAtomFeed, GuidesFeed
from .models import MuscleGroup

app_name = "articles"

urlpatterns = [
    path("", views.GuideListView.as_view(), name="home"),
    path("guides/<slug:slug>/", views.GuideDetailView.as_view(), name="guide"),
    path("glossary/", views.GlossaryView.as_view(), name="glossary"),
    path("guides/<slug:slug>/card.png", SocialCardView.as_view(model=MuscleGroup), name="social_card"),
    path("feed/", read_only(GuidesFeed()), name="feed"),
    path("feed/atom/", read_only(GuidesAtomFeed()), name="atom_feed"),
]
