"""Subscribers (read-only, managers only, exportable as CSV) and editions (editors draft, managers send).

Rows only come from the double opt-in, so nobody can add one or change an
address or its consent record here. Managers can unsubscribe readers who ask by
email, delete a row when a reader asks to be forgotten, and export the list.
"""

import csv

from csp.decorators import csp_replace
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Min
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.clickjacking import xframe_options_sameorigin

from core.admin import CheckedLookupsMixin, TextBoxesMixin
from core.editors import EDITORS
from studies.models import citation_errors

from . import consent, delivery, editions, forgetting, subscriptions
from .emails import site_url
from .models import Delivery, Edition, Subscriber
from .permissions import is_newsletter_manager, may_view_subscribers
from .tasks import queue_test

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
class SubscriberAdmin(CheckedLookupsMixin, admin.ModelAdmin):
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

    def log_deletions(self, request, queryset):
        """Logged as "subscriber #12": the log outlives the row, and a forgotten reader's address must not."""
        entries = super().log_deletions(request, queryset)
        forgetting.forget_in_admin_log([entry.object_id for entry in entries])
        return entries

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


# Emails carry their styles inline, the one thing the site's policy forbids; the preview page frames them.
EMAIL_PREVIEW_CSP = {"style-src": ["'unsafe-inline'"], "frame-ancestors": ["'self'"]}


def is_editor(user):
    return user.is_active and user.is_staff and user.groups.filter(name=EDITORS).exists()


def may_draft(user):
    """Editors draft editions; managers (and superusers) draft, send and schedule them."""
    return is_newsletter_manager(user) or is_editor(user)


def may_send(user):
    return is_newsletter_manager(user) and user.has_perm("newsletter.send_edition")


class EditionForm(forms.ModelForm):
    class Meta:
        model = Edition
        fields = ["subject", "body", "guides", "exercises", "send_at"]

    def clean_body(self):
        body = self.cleaned_data["body"]
        if error := citation_errors({"body": body}).get("body"):
            raise forms.ValidationError(error)
        return body


@admin.register(Edition)
class EditionAdmin(TextBoxesMixin, admin.ModelAdmin):
    """Write, preview, test and send editions; the change page shows the sending's progress."""

    list_display = ["subject", "status", "sending_time", "queued", "sent", "failed", "skipped", "created_at"]
    list_filter = ["status"]
    search_fields = ["subject", "body"]
    filter_horizontal = ["guides", "exercises"]
    fields = ["subject", "body", "guides", "exercises", "send_at", "status", "announces"]
    change_form_template = "admin/newsletter/edition/change_form.html"
    form = EditionForm

    class Media:
        css = {"all": ["newsletter/admin/edition.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).with_counts()

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        """The pickers keep the field's own help: Django adds "Hold down Control" to it, which the two-box picker
        (``filter_horizontal``: click a name, then the arrow) does not need (editor review)."""
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        field.help_text = db_field.help_text
        return field

    @admin.display(description="sent or scheduled (UTC)", ordering="started_at")
    def sending_time(self, obj):
        """When sending began, however it was started ("send at" is only set by Schedule); else the schedule."""
        if obj.started_at:
            return f"{obj.started_at:%Y-%m-%d %H:%M}"
        if obj.status == Edition.Status.SCHEDULED and obj.send_at:
            return f"scheduled for {obj.send_at:%Y-%m-%d %H:%M}"
        return "-"

    @admin.display(description="queued", ordering="queued_count")
    def queued(self, obj):
        return obj.queued_count + obj.sending_count

    @admin.display(description="sent", ordering="sent_count")
    def sent(self, obj):
        return obj.sent_count

    @admin.display(description="failed", ordering="failed_count")
    def failed(self, obj):
        return obj.failed_count

    @admin.display(description="skipped", ordering="skipped_count")
    def skipped(self, obj):
        return obj.skipped_count

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and not obj.is_editable:
            return self.fields  # what was sent stays as it was sent
        return ["status", "announces"]

    def save_model(self, request, obj, form, change):
        """Write the form's fields only, onto the edition as it is now: sending may have started since the form
        was shown (a manager's Send, a scheduled start), and the form must not undo it."""
        if not change:
            return super().save_model(request, obj, form, change)
        with transaction.atomic():
            current = Edition.objects.select_for_update().get(pk=obj.pk)
            if not current.is_editable:
                raise PermissionDenied("This edition started sending while you edited it; it can no longer change.")
            for field in Edition._meta.concrete_fields:
                if field.name not in form.fields and not field.primary_key:
                    setattr(obj, field.attname, getattr(current, field.attname))
            if obj.status == Edition.Status.SCHEDULED and self.unschedules(request, form):
                obj.status = Edition.Status.DRAFT
            super().save_model(request, obj, form, change)

    def unschedules(self, request, form):
        """A new time needs a new "Schedule"; so does any change by someone who may not send, once reviewed."""
        if "send_at" in form.changed_data:
            return True
        if form.changed_data and not may_send(request.user):
            self.message_user(
                request,
                "This edition was scheduled; your change puts it back to draft until a newsletter manager "
                "schedules it again.",
                messages.WARNING,
            )
            return True
        return False

    # Who may do what: editors draft; managers also send. Nobody edits what is being sent.

    def has_module_permission(self, request):
        return may_draft(request.user)

    def has_view_permission(self, request, obj=None):
        return may_draft(request.user)

    def has_add_permission(self, request):
        return may_draft(request.user)

    def has_change_permission(self, request, obj=None):
        return may_draft(request.user) and (obj is None or obj.is_editable)

    def has_delete_permission(self, request, obj=None):
        allowed = is_newsletter_manager(request.user) and super().has_delete_permission(request, obj)
        return allowed and (obj is None or obj.status == Edition.Status.DRAFT)

    # The edition's own pages: preview, test, send, schedule.

    def get_urls(self):
        def view(function, name):
            return path(f"<int:pk>/{name}/", self.admin_site.admin_view(function), name=f"newsletter_edition_{name}")

        return [
            view(self.preview_view, "preview"),
            view(self.preview_html_view, "preview-html"),
            view(self.send_test_view, "send-test"),
            view(self.send_view, "send"),
            view(self.resume_view, "resume"),
            view(self.schedule_view, "schedule"),
            view(self.unschedule_view, "unschedule"),
            *super().get_urls(),
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["sending"] = progress(obj)
            context["send_attempts"] = settings.NEWSLETTER_SEND_ATTEMPTS
            context["may_send"] = may_send(request.user)
            context["not_public"] = editions.not_public(obj) if obj.is_editable else []
            context["last_test"] = obj.tests.first()
            context["may_view_subscribers"] = may_view_subscribers(request.user)
            if context["may_view_subscribers"]:  # addresses (and the server's words, which may quote them)
                failed = obj.deliveries.filter(status=Delivery.Status.FAILED).select_related("subscriber")
                context["failures"] = failed[:20]
                context["retries"] = delivery.waiting_to_retry(obj.pk).select_related("subscriber")[:20]
        return super().render_change_form(request, context, add, change, form_url, obj)

    def edition_or_404(self, request, pk):
        if not may_draft(request.user):
            raise PermissionDenied
        return get_object_or_404(Edition, pk=pk)

    def preview_view(self, request, pk):
        edition = self.edition_or_404(request, pk)
        _, text = editions.preview(editions.prepare(edition, site_url(request)), site_url(request))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": edition,
            "title": f"Preview: {edition.subject}",
            "media": self.media,
            "text": text,
        }
        return TemplateResponse(request, "admin/newsletter/edition/preview.html", context)

    @method_decorator(csp_replace(EMAIL_PREVIEW_CSP))
    @method_decorator(xframe_options_sameorigin)
    def preview_html_view(self, request, pk):
        """The email's HTML alone, shown in frames on the preview page; its inline styles are allowed here only."""
        edition = self.edition_or_404(request, pk)
        html, _ = editions.preview(editions.prepare(edition, site_url(request)), site_url(request))
        return HttpResponse(html)

    def posted(self, request, pk, allowed):
        if request.method != "POST":
            response = HttpResponseNotAllowed(["POST"])
            return None, response
        edition = self.edition_or_404(request, pk)
        if not allowed(request.user):
            raise PermissionDenied
        return edition, self.change_page(edition)

    # The sending buttons of an edition that can still change submit the change form (the form="" attribute)
    # with their own name: the form is saved first, so what goes out is what the person sees, never an older
    # saved version; a form with errors is shown again and nothing is sent.

    def response_change(self, request, obj):
        if "_send_test" in request.POST:
            return self.send_test(request, obj)
        if "_send" in request.POST:
            return self.confirm_send(request, obj)
        if "_schedule" in request.POST:
            return self.schedule(request, obj)
        return super().response_change(request, obj)

    def change_page(self, edition):
        return redirect(reverse("admin:newsletter_edition_change", args=[edition.pk]))

    def send_test(self, request, edition):
        if not request.user.email:
            self.message_user(request, "Your account has no email address: add one under Users.", messages.ERROR)
        else:
            queue_test(edition, request.user.email, site_url(request))
            message = f"A test to {request.user.email} is queued: this page shows when it is sent, or why not."
            self.message_user(request, message, messages.SUCCESS)
        return self.change_page(edition)

    def confirm_send(self, request, edition):
        if not may_send(request.user):
            raise PermissionDenied
        return redirect(reverse("admin:newsletter_edition_send", args=[edition.pk]))

    def send_test_view(self, request, pk):
        edition, response = self.posted(request, pk, may_draft)
        if edition is None:
            return response
        return self.send_test(request, edition)

    def send_view(self, request, pk):
        """GET asks "Send ... to N confirmed subscribers now?" (like Django's delete confirmation); POST sends."""
        if request.method not in ("GET", "POST"):
            return HttpResponseNotAllowed(["GET", "POST"])
        edition = self.edition_or_404(request, pk)
        if not may_send(request.user):
            raise PermissionDenied
        if edition.is_editable and (hidden := editions.not_public(edition)):
            message = f"Not sent: it links to {', '.join(hidden)}, which readers cannot open yet. Publish it, "
            message += "take it out of the edition, or schedule the edition for when it is public."
            self.message_user(request, message, messages.ERROR)
            return self.change_page(edition)
        if request.method == "GET":
            return self.send_confirmation(request, edition)
        if delivery.start_sending(edition, site_url(request)):
            self.log_change(request, edition, "Sending started.")
            self.message_user(request, "Sending started: the worker delivers it in the background.", messages.SUCCESS)
        elif Edition.objects.filter(pk=edition.pk, status=Edition.Status.SENDING).exists():
            # Another press of Send (a second manager, a second tab) is not a Resume: that is its own button.
            message = "This edition is already being sent: nothing more was queued. Its page shows the progress."
            self.message_user(request, message, messages.WARNING)
        else:
            self.message_user(request, "This edition was already sent.", messages.WARNING)
        return self.change_page(edition)

    def resume_view(self, request, pk):
        """Resume sending: one more run, for a sending whose runs were lost (newsletter/delivery.py)."""
        edition, response = self.posted(request, pk, may_send)
        if edition is None:
            return response
        if delivery.resume_sending(edition, site_url(request)):
            self.log_change(request, edition, "Sending resumed.")
            self.message_user(
                request,
                "Sending resumed: one more run is queued. Nobody who already got it gets it again.",
                messages.SUCCESS,
            )
        else:
            self.message_user(request, "This edition is not being sent: there is nothing to resume.", messages.WARNING)
        return response

    def send_confirmation(self, request, edition):
        if not edition.is_editable:
            return self.change_page(edition)  # sent or being sent: its page says which, and offers Resume
        audience = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).count()
        readers = "confirmed subscriber" if audience == 1 else "confirmed subscribers"
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": edition,
            "title": f"Send “{edition.subject}” to {audience} {readers} now?",
            "audience": audience,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/newsletter/edition/send_confirmation.html", context)

    def schedule_view(self, request, pk):
        edition, response = self.posted(request, pk, may_send)
        if edition is None:
            return response
        return self.schedule(request, edition)

    def schedule(self, request, edition):
        if not may_send(request.user):
            raise PermissionDenied
        if edition.send_at is None or edition.send_at <= timezone.now():
            self.message_user(request, "Set “send at” to a time to come first.", messages.ERROR)
        elif hidden := editions.not_public(edition, edition.send_at):
            message = f"Not scheduled: at {edition.send_at:%Y-%m-%d %H:%M} UTC it would link to {', '.join(hidden)}, "
            message += "which readers could not open yet. Set “send at” to when it is public, or publish it first."
            self.message_user(request, message, messages.ERROR)
        elif delivery.schedule(edition, edition.send_at, site_url(request)):
            self.log_change(request, edition, f"Scheduled for {edition.send_at:%Y-%m-%d %H:%M} UTC.")
            self.message_user(request, f"Scheduled for {edition.send_at:%Y-%m-%d %H:%M} UTC.", messages.SUCCESS)
        else:
            self.message_user(request, "This edition was already sent or is being sent.", messages.WARNING)
        return self.change_page(edition)

    def unschedule_view(self, request, pk):
        edition, response = self.posted(request, pk, may_send)
        if edition is None:
            return response
        if delivery.unschedule(edition):
            self.log_change(request, edition, "Back to draft.")
            self.message_user(request, "Back to draft: it will not be sent.", messages.SUCCESS)
        return response


def progress(edition):
    """Counts for the edition page's progress bar: done (sent, failed, skipped) out of the frozen audience; of the
    queued, how many wait to be tried again (and the next try), and how many are due now."""
    totals = delivery.counts(edition.pk)
    total = sum(totals.values())
    done = totals["sent"] + totals["failed"] + totals["skipped"]
    queued = {"queued": totals["queued"] + totals["sending"], "total": total, "done": done}
    if queued["queued"]:
        waiting = delivery.waiting_to_retry(edition.pk).aggregate(count=Count("id"), next=Min("next_attempt_at"))
        queued.update(retrying=waiting["count"], next_retry=waiting["next"], due=delivery.due_now(edition.pk))
    return {**totals, **queued}
