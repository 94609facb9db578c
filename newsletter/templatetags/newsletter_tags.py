"""``{% newsletter_signup_form %}``: the signup form, for pages of other apps (the end of each guide).

No database queries: adding the form to a page leaves its query count unchanged. The blank
form is the same for every reader (no CSRF token: see ``views.SubscribeView``), so its HTML is
rendered once per page it ends and reused; rendering it through crispy-forms was a tenth of a
guide page's cold render.
"""

from functools import lru_cache

from django import template
from django.template.loader import render_to_string

from .. import addresses
from ..forms import SignupForm

register = template.Library()


@register.simple_tag(takes_context=True)
def newsletter_signup_form(context):
    request = context.get("request")
    return blank_form_html(request.path if request else "")


@lru_cache(maxsize=1024)
def blank_form_html(source):
    """The form's HTML for the page at ``source`` (only the hidden ``source`` field differs)."""
    return render_to_string("newsletter/includes/signup_form.html", {"form": SignupForm(initial={"source": source})})


@register.filter
def readable_address(address):
    """``{{ subscriber.email|readable_address }}``: an international domain shown in its own letters."""
    return addresses.readable(address)
