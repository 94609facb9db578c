"""Admin helpers for tests: read an admin form the way a browser submits it, so tests change fields and post it
back; find admin URLs and the errors shown in an inline."""

import re
from html.parser import HTMLParser

from django.urls import reverse

CHANGE_FORM = re.compile(r'<form[^>]*id="\w+_form"')


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.data = {}
        self._select = None
        self._select_multiple = False
        self._option = None
        self._textarea = None

    def _add(self, name, value, multiple=False):
        if multiple:
            self.data.setdefault(name, []).append(value)
        else:
            self.data[name] = value

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and "__prefix__" not in name:
            kind = attrs.get("type", "text")
            if kind in {"submit", "file", "button", "image", "reset"}:
                return
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self._add(name, attrs.get("value", "on"), multiple=kind == "checkbox")
                return
            self.data[name] = attrs.get("value", "")
        elif tag == "select" and name and "__prefix__" not in name:
            self._select = name
            self._select_multiple = "multiple" in attrs
            if self._select_multiple:
                self.data.setdefault(name, [])
            else:
                self.data[name] = ""
        elif tag == "option" and self._select:
            if "selected" in attrs:
                self._add(self._select, attrs.get("value", ""), multiple=self._select_multiple)
        elif tag == "textarea" and name and "__prefix__" not in name:
            self._textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            # Browsers drop the one newline that follows <textarea>.
            text = self.data[self._textarea] + data
            self.data[self._textarea] = text[1:] if text.startswith("\n") and not self.data[self._textarea] else text


def form_data(response):
    """Every field of the admin form in ``response`` with the value a browser would send."""
    html = response.content.decode()
    start = CHANGE_FORM.search(html).start()
    end = html.index("</form>", start)
    reader = _FormReader()
    reader.feed(html[start:end])
    reader.data.pop("csrfmiddlewaretoken", None)
    return reader.data


def admin_url(model, view="changelist", *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def inline_errors(response, model):
    """The errors of each form of the inline formset that edits ``model``, on a change form shown again."""
    for inline in response.context["inline_admin_formsets"]:
        if inline.formset.model is model:
            return [form.errors for form in inline.formset.forms]
    raise AssertionError(f"no inline for {model.__name__}")


def unknown_study(slug):
    """What an editor is told when a text cites a study that does not exist."""
    return f"No study has the slug {slug}. Add the study first, or correct the citation."
