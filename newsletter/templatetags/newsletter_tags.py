"""``{% newsletter_signup_form %}``: the signup form, for pages of other apps (the end of each guide).

No database queries: adding the form to a page leaves its query count unchanged.
"""

from django import template

from ..forms import SignupForm

register = template.Library()


@register.inclusion_tag("newsletter/includes/signup_form.html", takes_context=True)
def newsletter_signup_form(context):
    request = context.get("request")
    return {"form": SignupForm(initial={"source": request.path if request else ""})}
