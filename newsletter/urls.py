from django.urls import path

from . import views

app_name = "newsletter"

urlpatterns = [
    path("newsletter/", views.SignupPageView.as_view(), name="signup"),
    path("newsletter/subscribe/", views.SubscribeView.as_view(), name="subscribe"),
    path("newsletter/check-your-inbox/", views.CheckInboxView.as_view(), name="check_inbox"),
    path("newsletter/confirm/<str:token>/", views.ConfirmView.as_view(), name="confirm"),
    path("newsletter/unsubscribe/<str:token>/", views.UnsubscribeView.as_view(), name="unsubscribe"),
]
