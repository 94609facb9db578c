"""The admin site: Django's own, with autocomplete results that a model's admin may label.

A muscle is listed in an autocomplete as "Semitendinosus (Hamstrings)": in a
library of guides, a name alone does not say which guide it belongs to. A
``ModelAdmin`` with an ``autocomplete_label(obj)`` method sets the text; the
others keep ``str(obj)``. Installed by ``core.apps.AdminConfig`` (Django's way
of overriding the default site).
"""

from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView


class LabelledAutocompleteJsonView(AutocompleteJsonView):
    def serialize_result(self, obj, to_field_name):
        result = super().serialize_result(obj, to_field_name)
        label = getattr(self.model_admin, "autocomplete_label", None)
        return {**result, "text": label(obj)} if label else result


class MuscleGuideAdminSite(admin.AdminSite):
    def autocomplete_view(self, request):
        return LabelledAutocompleteJsonView.as_view(admin_site=self)(request)
