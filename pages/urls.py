from django.urls import path

from .views import PageView

app_name = "pages"

urlpatterns = [
    path("pages/<slug:slug>/", PageView.as_view(), name="detail"),
]
