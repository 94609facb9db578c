"""Newsletter pages: the signup form, its POST endpoint, and the pages behind the email links.

Every view answers a method it does not take with a readable 405 page; the
site-wide ``MethodNotAllowedMiddleware`` gives that answer before the CSRF check,
so a PUT gets 405, not 403. Two views take POSTs without a CSRF token: the signup,
which refuses posts from other sites by what the browser says (``core.cross_site``), so
the pages showing its form carry nothing per visitor and are cached whole; and the
one-click unsubscribe, which mail programs post without a token.
"""

import logging

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView, View

from core.cross_site import is_cross_site
from core.middleware import allowed_methods
from core.seo import Crumb, SeoMixin

from . import ratelimit, subscriptions
from .forms import SignupForm, is_bot
from .models import Subscriber
from .tasks import send_signup_email
from .tokens import BadToken, ExpiredToken, read_confirm_token, read_unsubscribe_token

logger = logging.getLogger(__name__)


class NewsletterView(View):
    """A wrong method gets a 405 page that explains where the signup form posts."""

    def http_method_not_allowed(self, request, *args, **kwargs):
        response = render(request, "newsletter/method_not_allowed.html", status=405)
        response["Allow"] = ", ".join(allowed_methods(type(self)))
        return response


class SignupPageView(SeoMixin, NewsletterView, TemplateView):
    template_name = "newsletter/signup.html"
    http_method_names = ["get", "head"]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "form": new_signup_form()}

    def get_breadcrumbs(self, context):
        return [Crumb("Newsletter", reverse("newsletter:signup"))]

    def get_structured_data(self, context):
        url = self.origin + reverse("newsletter:signup")
        return [{"@context": "https://schema.org", "@type": "WebPage", "name": "Newsletter", "url": url}]


@method_decorator(csrf_exempt, name="dispatch")
class SubscribeView(NewsletterView):
    """Where the signup forms post. The answer is the same "check your inbox" redirect for every address.

    No CSRF token: a signup changes no session and only emails a confirmation link to the
    address given (double opt-in). A post that a browser says another site sent is refused;
    the honeypot and the rate limits keep programs out.
    """

    http_method_names = ["post"]

    def post(self, request):
        if is_cross_site(request):
            logger.info("Newsletter signup posted from another site; refused.")
            return render(request, "newsletter/cross_site.html", status=403)
        if is_bot(request.POST):
            logger.info("Newsletter honeypot filled in; nothing stored or sent.")
            return redirect("newsletter:check_inbox")
        if not ratelimit.allow_signup_from(request):
            return rate_limited(request)
        form = SignupForm(request.POST)
        if not form.is_valid():
            return render(request, "newsletter/signup.html", {"form": form}, status=400)
        if not ratelimit.allow_signup_for(form.cleaned_data["email"]):
            return rate_limited(request)
        signup = subscriptions.sign_up(form.cleaned_data["email"], form.cleaned_data["source"])
        send_signup_email(signup, request)
        return redirect("newsletter:check_inbox")


class CheckInboxView(NewsletterView, TemplateView):
    template_name = "newsletter/check_inbox.html"
    http_method_names = ["get", "head"]


@method_decorator(never_cache, name="dispatch")
@method_decorator(csrf_exempt, name="dispatch")
class ConfirmView(NewsletterView):
    """The link in the confirmation email: GET shows a "Confirm my subscription" button, only its POST confirms.

    Mail scanners and link previews open links with GET, so a GET must not sign anyone up. No CSRF token, as
    for unsubscribing: the signed token in the URL, which only the address's owner has, is what authorises the
    POST, and a token's cookie kept readers who block cookies from confirming.
    """

    http_method_names = ["get", "head", "post"]  # HEAD as GET: link checkers and mail scanners use it

    def get(self, request, token):
        return self.answer(request, token, subscriptions.find_signup)

    def post(self, request, token):
        return self.answer(request, token, subscriptions.confirm)

    def answer(self, request, token, action):
        try:
            subscriber = action(*read_confirm_token(token))
        except ExpiredToken:
            return link_problem(request, "expired", status=410)
        except BadToken:
            return link_problem(request, "damaged", status=400)
        if subscriber is None:
            return link_problem(request, "superseded", status=410)
        if subscriber.status != Subscriber.Status.CONFIRMED:
            return render(request, "newsletter/confirm.html", {"subscriber": subscriber})
        return render(request, "newsletter/confirmed.html", {"subscriber": subscriber})


@method_decorator(never_cache, name="dispatch")
@method_decorator(csrf_exempt, name="dispatch")
class UnsubscribeView(NewsletterView):
    """GET shows a button; POST unsubscribes.

    The POST is either that button or a mail program's one-click unsubscribe (RFC 8058), which has no
    CSRF token: the signed token in the URL is what authorises it, so this view is CSRF-exempt on purpose.
    """

    http_method_names = ["get", "head", "post"]  # HEAD as GET: link checkers and mail scanners use it

    def get(self, request, token):
        try:
            subscriber_id = read_unsubscribe_token(token)
        except BadToken:
            return render(request, "newsletter/unsubscribe_damaged.html", status=400)
        subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
        return render(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})

    def post(self, request, token):
        try:
            subscriber_id = read_unsubscribe_token(token)
        except BadToken:
            return render(request, "newsletter/unsubscribe_damaged.html", status=400)
        subscriptions.unsubscribe(subscriber_id)
        return render(request, "newsletter/unsubscribed.html")


def new_signup_form(source=None):
    return SignupForm(initial={"source": source or reverse("newsletter:signup")})


def link_problem(request, problem, status):
    """A confirmation link that no longer works: say why, and offer the form to get a new one."""
    context = {"problem": problem, "form": new_signup_form()}
    return render(request, "newsletter/link_problem.html", context, status=status)


def rate_limited(request):
    response = render(request, "newsletter/rate_limited.html", status=429)
    response["Retry-After"] = str(settings.NEWSLETTER_RATE_LIMIT_WINDOW)
    return response
