import re

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Layout
from django import forms

from . import addresses, consent

HONEYPOT_FIELD = "website"
_LOCAL_PATH = re.compile(r"/(?!/)[\x21-\x7e]{0,199}")


class AddressField(forms.CharField):
    """An email address we can deliver to, returned in its normalised spelling."""

    widget = forms.EmailInput(attrs={"autocomplete": "email"})
    default_error_messages = {"required": "Enter your email address."}

    def to_python(self, value):
        # Checked before CharField strips whitespace, so a trailing "\r\nBcc: ..." is refused, not trimmed.
        if isinstance(value, str):
            addresses.check_raw(value)
        return super().to_python(value)

    def validate(self, value):
        super().validate(value)
        addresses.validate_deliverable(value)

    def clean(self, value):
        return addresses.normalise(super().clean(value))


class SignupForm(forms.Form):
    """Email, an unticked consent box naming what the reader gets, and a honeypot people never see."""

    email = AddressField(label="Email address", max_length=addresses.MAX_LENGTH)
    consent = forms.BooleanField(
        label=consent.current_wording(),
        error_messages={"required": "Tick the box to agree to the emails: we only send them to people who do."},
    )
    source = forms.CharField(required=False, widget=forms.HiddenInput)
    website = forms.CharField(
        label="Leave this field empty",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        # The template writes <form>, so the honeypot can sit outside the layout. No CSRF token:
        # views.SubscribeView refuses cross-site posts instead.
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout("source", "email", "consent")

    def clean_source(self):
        """The page the form was on; anything but a plain local path is dropped, never an error a reader can't fix."""
        source = self.cleaned_data["source"]
        return source if _LOCAL_PATH.fullmatch(source) else ""


def is_bot(data):
    """True when the honeypot field, invisible to people, was filled in."""
    return bool(data.get(HONEYPOT_FIELD, "").strip())
