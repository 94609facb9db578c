"""Subscribers in the admin: read-only, visible to newsletter managers only, exportable as CSV.

Rows only come from the double opt-in, so nobody can add one or change an
address or its consent record here. Managers can unsubscribe readers who ask by
email, delete a row when a reader asks to be forgotten, and export the list.
"""

import csv

from django.contrib import admin, messages
from django.http import HttpResponse
from django.utils import timezone

from . import consent, subscriptions
from .models import Subscriber
from .permissions import is_newsletter_manager

CSV_COLUMNS = [
    ("email", "Email"),
    ("status", "Status"),
    ("created_at", "Signed up"),
    ("confirmed_at", "Confirmed"),
    ("unsubscribed_at", "Unsubscribed"),
    ("consent_at", "Consent given"),
    ("consent_version", "Consent version"),
    ("source_page", "Source page"),
]


def csv_cell(value):
    """A cell a spreadsheet will not run as a formula (an address may start with = + - or @)."""
    if value is None:
        return ""
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ["email", "status", "created_at", "confirmed_at", "unsubscribed_at", "source_page"]
    list_filter = ["status", "consent_version", "source_page", "created_at"]
    search_fields = ["email", "source_page"]
    date_hierarchy = "created_at"
    show_facets = admin.ShowFacets.ALWAYS
    actions = ["export_csv", "unsubscribe_selected"]
    fields = [
        "email",
        "status",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "consent_at",
        "consent_version",
        "consent_wording",
        "source_page",
    ]
    readonly_fields = fields

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "status_counts": self.status_counts()}
        return super().changelist_view(request, extra_context)

    def status_counts(self):
        counts = Subscriber.objects.status_counts()
        return [(label, counts[value]) for value, label in Subscriber.Status.choices]

    @admin.display(description="Consent wording")
    def consent_wording(self, obj):
        return consent.wording(obj.consent_version) or "(unknown version)"

    @admin.action(description="Export selected subscribers as CSV", permissions=["manage"])
    def export_csv(self, request, queryset):
        stamp = timezone.now().strftime("%Y-%m-%d-%H%M")
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="subscribers-{stamp}.csv"'
        writer = csv.writer(response)
        writer.writerow([title for _, title in CSV_COLUMNS])
        for subscriber in queryset.order_by("email").iterator():
            writer.writerow([csv_cell(getattr(subscriber, name)) for name, _ in CSV_COLUMNS])
        return response

    @admin.action(description="Unsubscribe selected subscribers", permissions=["manage"])
    def unsubscribe_selected(self, request, queryset):
        count = subscriptions.unsubscribe_all(queryset)
        self.message_user(request, f"Unsubscribed {count} subscriber(s).", messages.SUCCESS)

    def has_manage_permission(self, request):
        return is_newsletter_manager(request.user) and self.has_view_permission(request)

    def has_module_permission(self, request):
        return is_newsletter_manager(request.user) and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return is_newsletter_manager(request.user) and super().has_view_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return is_newsletter_manager(request.user) and super().has_delete_permission(request, obj)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
