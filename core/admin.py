"""Admin pieces every content app shares.

- ``ExplainsDeleteRefusal``: an object that may not be deleted says why, in the
  admin, on every route (the Delete button, a delete URL typed by hand, "Delete selected").
- ``PublishableAdmin``: draft, scheduled and published states, "publish now"
  and "back to draft" actions, and deleting kept to never-published drafts for editors.
- ``MarkdownPreviewMixin``: a "Preview" button that renders the form's
  Markdown through the public pipeline without saving.
- ``ImageAdminMixin``: the image upload with the validator's own messages.
- ``DraftChangesMixin``: changes to a saved page kept aside as a draft, previewed,
  then published through the usual save (or discarded); readers see the saved page meanwhile.
- ``TextBoxesMixin``: texts keep their line breaks as stored, and a one-line text of a sentence or two
  (a summary, a study's title) sits in a box that shows all of it.
"""

import json
import uuid
from datetime import datetime
from functools import partial

import reversion
from axes import admin as axes_admin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected
from django.contrib.admin.models import LogEntry
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import (
    AdminFileWidget,
    AdminTextareaWidget,
    AutocompleteSelect,
    AutocompleteSelectMultiple,
)
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.exceptions import FieldError, PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db import models, transaction
from django.http import QueryDict
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from reversion.admin import VersionAdmin
from reversion.models import Version

from . import page_cache
from .change_details import describe_changes
from .models import DraftChange, Publishable, SlugRedirect
from .pending_uploads import PENDING_SALT, PENDING_UPLOADS, delete_abandoned
from .preview import build_preview

PREVIEW = "_preview"


def key_accepts(choice_field, value):
    """Could ``value``, as posted, name a row of ``choice_field`` (a ModelChoiceField)? Decided without a query."""
    options = choice_field.queryset.model._meta
    key = options.get_field(choice_field.to_field_name) if choice_field.to_field_name else options.pk
    try:
        key.run_validators(key.to_python(value))
    except (ValidationError, TypeError):
        return False
    return True


class ChosenValuesChecked:
    """An autocomplete widget that shows again only chosen values its model's key could hold.

    Shown again with a form's errors, Django's widget looks up the submitted values as
    they came: "abc", or a number too large for the database, made a 500 instead of
    the form's own "Select a valid choice".
    """

    def optgroups(self, name, value, attr=None):
        field = self.choices.field
        return super().optgroups(name, [chosen for chosen in value if key_accepts(field, chosen)], attr)


class CheckedAutocompleteSelect(ChosenValuesChecked, AutocompleteSelect):
    pass


class CheckedAutocompleteSelectMultiple(ChosenValuesChecked, AutocompleteSelectMultiple):
    pass


class CheckedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Refuses a chosen value its model's key could not hold before asking the database.

    Django's field asks with the values as they came, and SQLite cannot even take a
    number over 2**63: a 500, where a single choice (a foreign key) gets its error.
    """

    def clean(self, value):
        if isinstance(value, (list, tuple)):
            for chosen in value:
                if chosen not in self.empty_values and not key_accepts(self, chosen):
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": chosen}
                    )
        return super().clean(value)


class CheckedChoicesMixin:
    """For admins and inlines: chosen values that could not be keys are form errors, never a 500 (see above)."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = CheckedAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = CheckedAutocompleteSelectMultiple(db_field, self.admin_site, using=kwargs.get("using"))
        kwargs.setdefault("form_class", CheckedModelMultipleChoiceField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class CheckedLookupsMixin:
    """For admins: a list address asking for a date no calendar holds (``?published_at__year=99999``) or a sort by a
    column that cannot be sorted (``?o=3``) gets Django's own "invalid lookup" answer (back to the list, ``?e=1``).

    Django's date drill-down builds the date before any check, and orders by a column before asking whether it can:
    a ``ValueError``, ``OverflowError`` or ``FieldError``, and a 500.
    """

    def get_changelist_instance(self, request):
        try:
            return super().get_changelist_instance(request)
        except (ValueError, OverflowError, FieldError) as error:
            raise IncorrectLookupParameters(error) from error


# A one-line text this long or longer is a sentence or two: Django's 20-character-wide input hid most of it.
SENTENCE_LENGTH = 300


def is_sentence(db_field):
    """A one-line text long enough for a sentence or two (a summary, a study's title), not a choice."""
    one_line = isinstance(db_field, models.CharField) and not db_field.choices
    return one_line and (db_field.max_length or 0) >= SENTENCE_LENGTH


class TextBox(AdminTextareaWidget):
    """The admin's text box, its line breaks kept as stored (a line feed each).

    Browsers send a text box's line breaks as CR LF, so a text saved untouched differed from the stored one:
    the history recorded it as changed ("Changed Principles. Principles: .") and the stored text changed form.
    """

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        return value.replace("\r\n", "\n") if isinstance(value, str) else value


class TextBoxField(forms.CharField):
    """A text from a ``TextBox``: unchanged when only its first or last blank lines differ from the stored text.

    The field strips those when saving, so a text stored with a final line break (the seed's) was "changed" by
    every save that left it alone.
    """

    widget = TextBox

    def has_changed(self, initial, data):
        return super().has_changed(initial.strip() if isinstance(initial, str) else initial, data)


class SentenceBox(forms.Textarea):
    """A box that wraps a one-line text so all of it shows; a line break typed into it is saved as a space."""

    def __init__(self, attrs=None):
        super().__init__({"rows": 4, "cols": 80, "class": "sentence-box", **(attrs or {})})

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        return " ".join(value.split()) if isinstance(value, str) else value


class TextBoxesMixin:
    """For admins and inlines: every text in a ``TextBox`` (a ``TextBoxField``), and one-line texts of
    ``SENTENCE_LENGTH`` characters or more in a ``SentenceBox``.

    The editor review found a citation typed at the end of a summary refused while the box showed only the
    summary's first words.
    """

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if "widget" not in kwargs:
            if isinstance(db_field, models.TextField):
                kwargs.update(form_class=TextBoxField, widget=TextBox)
            elif is_sentence(db_field):
                kwargs["widget"] = SentenceBox
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class PublicationStateFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("draft", "Draft"), ("scheduled", "Scheduled"), ("published", "Published")]

    def queryset(self, request, queryset):
        if self.value() == "draft":
            return queryset.drafts()
        if self.value() == "scheduled":
            return queryset.scheduled()
        if self.value() == "published":
            return queryset.published()
        return queryset


def delete_selected_unless_refused(modeladmin, request, queryset):
    """Django's "Delete selected", after each object's ``delete_refusal``: one refusal stops it, with the reasons."""
    refusals = [reason for obj in queryset if (reason := modeladmin.delete_refusal(request, obj))]
    for reason in refusals[:5]:
        modeladmin.message_user(request, reason, messages.ERROR)
    if len(refusals) > 5:
        modeladmin.message_user(request, f"… and {len(refusals) - 5} more that cannot be deleted.", messages.ERROR)
    if refusals:
        return None  # back to the list, nothing deleted
    return delete_selected(modeladmin, request, queryset)


delete_selected_unless_refused.allowed_permissions = ("delete",)
delete_selected_unless_refused.short_description = delete_selected.short_description


class ExplainsDeleteRefusal:
    """Objects that may not be deleted say why, in the admin, whatever the route.

    ``delete_refusal(request, obj)`` returns the reason (what to do instead) or
    None. The delete page of a refused object sends the editor back to its
    form with the reason; "Delete selected" refuses the whole selection with
    each reason; ``delete_queryset`` refuses too, so no other route deletes it.
    """

    def delete_refusal(self, request, obj):
        return None

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and not (obj is not None and self.delete_refusal(request, obj))

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        reason = obj is not None and self.delete_refusal(request, obj)
        if reason and super().has_delete_permission(request):
            self.message_user(request, reason, messages.ERROR)
            meta = self.model._meta
            return redirect(reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk]))
        return super().delete_view(request, object_id, extra_context)

    def delete_queryset(self, request, queryset):
        if any(self.delete_refusal(request, obj) for obj in queryset):
            raise PermissionDenied
        super().delete_queryset(request, queryset)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if "delete_selected" in actions:
            _, name, description = actions["delete_selected"]
            actions["delete_selected"] = (delete_selected_unless_refused, name, description)
        return actions


class EditVersionForm(forms.Form):
    """Carries the version (the ``updated_at`` stamp) of the saved object the editor started from."""

    edit_version = forms.CharField(required=False, widget=forms.HiddenInput)

    version_field = "updated_at"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stamp = getattr(self.instance, self.version_field) if self.instance.pk else None
        self.fields["edit_version"].initial = stamp.isoformat() if stamp else ""

    def saved_version(self):
        rows = type(self.instance)._meta.base_manager.filter(pk=self.instance.pk)
        stamp = rows.values_list(self.version_field, flat=True).first()
        return stamp.isoformat() if stamp else ""

    def clean(self):
        cleaned = super().clean()
        started_from = cleaned.get("edit_version")
        if not (self.instance.pk and started_from):
            return cleaned
        current = self.saved_version()
        if started_from != current:
            # Shown again with the editor's text, now based on the current version: saving again overwrites.
            self.data = self.data.copy()
            self.data[self.add_prefix("edit_version")] = current
            raise forms.ValidationError(self.conflict_message(), code="stale")
        return cleaned

    def conflict_message(self):
        return (
            f"Not saved: while you were editing, {self.last_saved_by()}. Your changes are kept below, nothing of "
            "theirs is lost. Open the page in another tab to see their version, merge what you need, then save "
            "again: saving again replaces their version with what is in this form."
        )

    def last_saved_by(self):
        """``"edna saved it at 14:02 on 25 Nov 2026"``, from the admin's log of the object."""
        last = (
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(self.instance), object_id=str(self.instance.pk)
            )
            .select_related("user")
            .order_by("-action_time")
            .first()
        )
        if last is None:
            return "someone saved it"
        return f"{last.user.get_username()} saved it at {timezone.localtime(last.action_time):%H:%M on %d %b %Y}"


class StaleEdit(Exception):
    """The saved version changed between the form's check and its write (two saves at once)."""


class OptimisticLockMixin:
    """Two tabs, one object: a save based on a stale copy is refused, naming who saved since, and the form is kept.

    The form carries the ``updated_at`` of the version it was opened from; any
    save (the object or an inline) changes it. The form's check reads it; the
    save then claims it in the same statement that checks it (an ``UPDATE``
    guarded by the version, which locks the row until the transaction ends), so
    of two saves from one copy at once exactly one is written. The other is
    rolled back and its form shown again, where the check now names who saved.
    """

    change_form_template = "admin/core/versioned_change_form.html"

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (EditVersionForm, form), {})

    def save_model(self, request, obj, form, change):
        started_from = getattr(form, "cleaned_data", {}).get("edit_version")
        if change and started_from and not self.claim_version(obj, started_from):
            raise StaleEdit
        super().save_model(request, obj, form, change)

    def claim_version(self, obj, started_from):
        """Lock the row if it is still the version the form started from; False if another save got there first."""
        field = EditVersionForm.version_field
        still_current = type(obj)._meta.base_manager.filter(pk=obj.pk, **{field: datetime.fromisoformat(started_from)})
        return still_current.update(**{field: models.F(field)}) == 1

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleEdit:
            # Nothing was saved (the transaction rolled back): the form again, whose check now sees the newer version.
            return super().changeform_view(request, object_id, form_url, extra_context)


class ChangeDetailsMixin:
    """History says what changed, with old and new values, not only which fields (see ``change_details``)."""

    def construct_change_message(self, request, form, formsets, add=False):
        message = super().construct_change_message(request, form, formsets, add)
        details = "" if add else describe_changes(form)
        if not details:
            return message
        summary = LogEntry(change_message=json.dumps(message)).get_change_message()
        return f"{summary} {details}." if summary else f"{details}."


class RestorableAdmin(VersionAdmin):
    """Saved versions that an editor can restore (django-reversion), listed under Django's own history.

    A version is kept at each save from the form; before an object's first save
    in the admin, the version it had until then (seeded, say) is kept too, so the
    first change can be undone. Only the object's own fields are versioned (models
    are registered without following inlines), so restoring a guide never deletes
    muscles that exercises point at.
    """

    object_history_template = "admin/core/object_history.html"
    change_list_template = "admin/core/restorable_change_list.html"

    @staticmethod
    def may_recover(request):
        """Only a superuser brings back what was deleted, as only a superuser may delete what was published."""
        return request.user.is_superuser

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, {"may_recover": self.may_recover(request), **(extra_context or {})})

    def recoverlist_view(self, request, extra_context=None):
        if not self.may_recover(request):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.may_recover(request):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """Restoring a version of something deleted brings it back: a recovery, for superusers only."""
        if self.get_object(request, unquote(object_id)) is None and not self.may_recover(request):
            raise PermissionDenied
        return super().revision_view(request, object_id, version_id, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":
            obj = self.get_object(request, unquote(object_id))
            if obj is not None and not Version.objects.get_for_object(obj).exists():
                with reversion.create_revision():
                    reversion.add_to_revision(obj)
                    reversion.set_comment("As it was before its first change in the admin.")
        return super().change_view(request, object_id, form_url, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        """Django's history of who changed what, with the versions to restore below it."""
        obj = self.get_object(request, unquote(object_id))
        meta = self.model._meta
        versions = []
        if obj is not None:
            for version in Version.objects.get_for_object(obj).select_related("revision__user"):
                version.url = reverse(f"admin:{meta.app_label}_{meta.model_name}_revision", args=[obj.pk, version.pk])
                versions.append(version)
        # Django's own history view (LogEntry), not reversion's list that replaces it.
        return admin.ModelAdmin.history_view(self, request, object_id, {**(extra_context or {}), "versions": versions})


SAVE_DRAFT = "_savedraft"
PUBLISH_DRAFT = "_publishdraft"
DISCARD_DRAFT = "_discarddraft"


class CheckedNotSavedForm:
    """Validates as usual (errors show), then reports itself invalid, so the admin shows the form again unsaved."""

    def is_valid(self):
        super().is_valid()
        return False


class DraftOnlyForm(CheckedNotSavedForm):
    """The admin keeps the submitted form as a draft instead of saving it."""

    draft_requested = True


class DraftBoundForm:
    """The change form filled with a kept draft (``draft_change``) when opened, instead of the saved values.

    Bound, it is validated as it is shown: a draft started from a version that
    has changed since says so (the optimistic lock's check), and publishing it
    then replaces that version only on purpose.
    """

    draft_change = None

    def __init__(self, data=None, files=None, *args, **kwargs):
        if data is None and self.draft_change is not None:
            data = draft_query_dict(self.draft_change)
        super().__init__(data, files, *args, **kwargs)

    def conflict_message(self):
        return (
            f"This draft was started from an older version of the page: since then, {self.last_saved_by()}. "
            "Publishing the draft as it is would replace those changes. Open the public page in another tab, "
            "bring what you need into the form below, then publish the draft (or discard it)."
        )


def draft_query_dict(draft):
    data = QueryDict(mutable=True)
    for name, values in draft.form_data.items():
        data.setlist(name, values)
    return data


class DraftChangesMixin:
    """Changes to a saved page prepared as a draft, previewed, then published later; readers see the saved page.

    "Save as draft" keeps the submitted change form, once valid (the object's
    fields, its inline rows and any image kept as a pending upload), in a
    ``DraftChange`` instead of saving it: nothing readers see changes (page,
    cache, feed, sitemap, search). Opening the form then shows the draft's
    values with a banner; Preview renders them; "Publish draft" saves them
    through the admin's one save path (validation, optimistic lock, history
    with a version, cache and search refresh), which removes the draft, as any
    save of the form does. "Discard draft" drops it. Anyone who may change the
    object may do each of these.
    """

    def draft_of(self, obj):
        if obj is None or obj.pk is None:
            return None
        return DraftChange.objects.of(obj).select_related("author").first()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and request.method == "POST" and DISCARD_DRAFT in request.POST:
            return self.discard_draft(request, obj)
        request.draft_change = None
        if obj is not None and self.has_change_permission(request, obj):
            request.draft_change = self.draft_of(obj)
        if request.method == "POST" and SAVE_DRAFT in request.POST:
            page_cache.changes_nothing(request)  # a draft changes no page readers see
        return super().change_view(request, object_id, form_url, extra_context)

    def discard_draft(self, request, obj):
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        page_cache.changes_nothing(request)
        draft = self.draft_of(obj)
        if draft is not None:
            draft.delete()
            self.log_change(request, obj, "Discarded the draft changes.")
            self.message_user(request, "The draft is discarded: the form shows the published version.", messages.INFO)
        return redirect(request.path)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        draft = getattr(request, "draft_change", None)
        if obj is None or obj.pk is None:
            return form
        if request.method == "POST" and SAVE_DRAFT in request.POST:
            return type(form.__name__, (DraftOnlyForm, form), {})
        if draft is not None and (request.method != "POST" or PUBLISH_DRAFT in request.POST):
            return type(form.__name__, (DraftBoundForm, form), {"draft_change": draft})
        return form

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        draft = getattr(request, "draft_change", None)
        if request.method != "POST" and draft is not None:
            kwargs["data"] = draft_query_dict(draft)
        return kwargs

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context["adminform"].form
        if getattr(form, "draft_requested", False) and obj is not None:
            kept = self.keep_draft(request, form, context, obj)
            if kept:
                return kept
        context["draft_change"] = getattr(request, "draft_change", None)
        context["may_save_draft"] = bool(obj is not None and obj.pk and getattr(obj, "is_public", True))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def keep_draft(self, request, form, context, obj):
        """Store the valid submitted form as the object's draft and go back to it; None to show the errors."""
        formsets_valid = all(inline.formset.is_valid() for inline in context["inline_admin_formsets"])
        if form.errors or not formsets_valid:
            self.message_user(request, "The draft is not saved: correct the errors below.", messages.ERROR)
            return None
        kept_files = set(getattr(form, "kept_file_fields", ()))
        if getattr(form, "pending_name", None):
            kept_files.add(form.add_prefix("image"))
        unkept = [name for name in request.FILES if name not in kept_files]
        if unkept:
            self.message_user(
                request,
                f"The draft is not saved: a draft cannot keep the file in {', '.join(unkept)}. "
                "Save the page with the file, or save the draft without it.",
                messages.ERROR,
            )
            return None
        data = {
            name: form.data.getlist(name)
            for name in form.data
            if not name.startswith("_") and name != "csrfmiddlewaretoken"
        }
        DraftChange.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            defaults={"form_data": data, "author": request.user},
        )
        self.log_change(request, obj, "Saved draft changes (not published).")
        self.message_user(
            request,
            "The draft is saved. Readers still see the published version until you press “Publish draft”.",
            messages.SUCCESS,
        )
        return redirect(request.path)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "_saveasnew" not in request.POST:
            # The form was saved (a published draft, or any save): no draft stands apart from the page any more.
            DraftChange.objects.of(obj).delete()

    def response_change(self, request, obj):
        if PUBLISH_DRAFT in request.POST:
            self.message_user(request, "The draft is published: readers see the new version now.", messages.SUCCESS)
            return redirect(request.path)
        return super().response_change(request, obj)


class PublishableAdmin(
    CheckedLookupsMixin,
    TextBoxesMixin,
    CheckedChoicesMixin,
    DraftChangesMixin,
    ChangeDetailsMixin,
    OptimisticLockMixin,
    ExplainsDeleteRefusal,
    RestorableAdmin,
):
    """Admin for draft/scheduled/published content.

    Editors may delete a draft that was never published (or scheduled), never
    anything readers may have seen or linked to, even after it went back to
    draft: only a superuser may. Superusers may delete anything.
    """

    actions = ["publish_now", "back_to_draft"]
    list_filter = [PublicationStateFilter]

    def save_model(self, request, obj, form, change):
        if "_saveasnew" in request.POST and obj.status != Publishable.Status.DRAFT:
            obj.status = Publishable.Status.DRAFT  # a copy starts as a draft, whatever the original
            self.message_user(request, "The copy is a draft: readers see it once you publish it.", messages.INFO)
        super().save_model(request, obj, form, change)
        if obj.publication_state == "scheduled":
            when = timezone.localtime(obj.published_at)
            self.message_user(request, f"Scheduled: readers see it from {when:%d %b %Y, %H:%M}.", messages.INFO)

    def delete_refusal(self, request, obj):
        if request.user.is_superuser or not obj.ever_published:
            return None
        return (
            f"“{obj}” has been published, so only a superuser can delete it: readers may have its address. "
            "Move it back to draft to hide it from readers, and ask a superuser to delete it."
        )

    @admin.display(description="status", ordering="status")
    def state(self, obj):
        state = obj.publication_state
        if state == "scheduled":
            return f"Scheduled for {timezone.localtime(obj.published_at):%d %b %Y, %H:%M}"
        return state.capitalize()

    @admin.action(description="Publish selected %(verbose_name_plural)s now", permissions=["change"])
    def publish_now(self, request, queryset):
        published = 0
        for obj in queryset:
            if obj.is_public:
                continue
            obj.publish_now()
            obj.save()
            self.log_change(request, obj, "Published now.")
            published += 1
        self.message_user(request, f"Published {published} of {len(queryset)} selected.", messages.SUCCESS)

    @admin.action(description="Move selected %(verbose_name_plural)s back to draft", permissions=["change"])
    def back_to_draft(self, request, queryset):
        moved = 0
        for obj in queryset.exclude(status=Publishable.Status.DRAFT):
            obj.status = Publishable.Status.DRAFT
            obj.save()
            self.log_change(request, obj, "Moved back to draft.")
            moved += 1
        self.message_user(request, f"Moved {moved} back to draft; readers no longer see them.", messages.SUCCESS)


class PreviewOnlyForm(CheckedNotSavedForm):
    """The admin shows the form again with the rendered Markdown instead of saving it."""

    preview_requested = True


class MarkdownPreviewMixin:
    """A "Preview" button under the change form: the Markdown as readers will see it, before saving.

    No JavaScript: the button submits the form, which is validated (errors
    show as usual), not saved and not logged, and shown again with the
    rendered text at the top.
    """

    change_form_template = "admin/core/markdown_change_form.html"

    class Media:
        css = {"all": ["core/admin/editor.css"]}

    def reference_list(self):
        """What numbers the preview's citations; None leaves them unnumbered (see ``studies.admin``)."""
        return None

    def preview_figures(self, form, obj):
        """Figures the preview shows after the text, as safe HTML, from the form's valid data (none by default)."""
        return []

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if request.method == "POST" and PREVIEW in request.POST:
            form = type(form.__name__, (PreviewOnlyForm, form), {})
            page_cache.changes_nothing(request)  # nothing is saved, so no page needs rendering again
        return form

    def render_change_form(self, request, context, *args, **kwargs):
        form = context["adminform"].form
        context["has_preview"] = True
        if getattr(form, "preview_requested", False):
            cleaned = getattr(form, "cleaned_data", {})
            texts = [
                (
                    self.model._meta.get_field(name).verbose_name.capitalize(),
                    cleaned.get(name, form.data.get(form.add_prefix(name), "")),
                )
                for name in self.model.markdown_fields
            ]
            context["markdown_preview"] = build_preview(texts, self.reference_list())
            context["markdown_preview"].figures = self.preview_figures(form, context.get("original"))
        return super().render_change_form(request, context, *args, **kwargs)


class PendingUploadForm(forms.Form):
    """Remembers an image chosen before the form was shown again (an error elsewhere, or Preview).

    Browsers never send a chosen file twice, so the admin keeps a valid upload
    in storage under a signed name that this hidden field carries; when the
    form comes back without a new file, the kept one is the upload.
    """

    image_pending = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pending_name = None
        if not self.is_bound or self.files.get(self.add_prefix("image")):
            return
        try:
            name = signing.loads(self.data.get(self.add_prefix("image_pending"), ""), salt=PENDING_SALT)
        except signing.BadSignature:
            return
        if not default_storage.exists(name):
            self.pending_expired = True  # cleared as abandoned (see ``pending_uploads``): the editor must choose again
            return
        with default_storage.open(name) as kept:
            upload = SimpleUploadedFile(name.rsplit("/", 1)[-1], kept.read())
        self.files = self.files.copy()
        self.files[self.add_prefix("image")] = upload
        self.pending_name = name

    def clean(self):
        cleaned = super().clean()
        if getattr(self, "pending_expired", False):
            self.add_error(
                "image",
                "The image you chose earlier was cleared because the form was left unsaved too long: choose it again.",
            )
        return cleaned

    def keep_upload(self):
        """Store a valid, unsaved upload and put its signed name in the form; returns the file's name or None."""
        upload = getattr(self, "cleaned_data", {}).get("image")
        if not isinstance(upload, UploadedFile) or "image" in self.errors:
            return None
        if self.pending_name is None:
            upload.seek(0)
            self.pending_name = default_storage.save(f"{PENDING_UPLOADS}/{uuid.uuid4().hex}/{upload.name}", upload)
            delete_abandoned()  # a new one kept: clear the ones forms left behind long ago
        self.data = self.data.copy()
        self.data[self.add_prefix("image_pending")] = signing.dumps(self.pending_name, salt=PENDING_SALT)
        return upload.name


class ImageAdminMixin:
    """The image upload, checked by the model field's validator (``images.validate_upload``).

    A plain file field replaces Django's image form field, whose one generic
    message would otherwise hide the validator's specific ones. A valid image
    survives a form shown again (see ``PendingUploadForm``).
    """

    readonly_fields = ["image_preview"]
    formfield_overrides = {
        models.ImageField: {
            "form_class": forms.FileField,
            "widget": AdminFileWidget(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        },
    }

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (PendingUploadForm, form), {})

    def render_change_form(self, request, context, *args, **kwargs):
        form = context["adminform"].form
        if request.method == "POST" and isinstance(form, PendingUploadForm):
            context["kept_upload"] = form.keep_upload()
        return super().render_change_form(request, context, *args, **kwargs)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if getattr(form, "pending_name", None):
            transaction.on_commit(partial(default_storage.delete, form.pending_name))

    @admin.display(description="current image")
    def image_preview(self, obj):
        if not obj.image_renditions:
            return "No image yet."
        smallest = obj.image_renditions[0]
        return format_html(
            '<img class="image-preview" src="{}" width="{}" height="{}" alt="{}">',
            default_storage.url(smallest["fallback"]),
            smallest["width"],
            smallest["height"],
            obj.image_alt,
        )


@admin.register(SlugRedirect)
class SlugRedirectAdmin(CheckedLookupsMixin, admin.ModelAdmin):
    """Old addresses, recorded automatically; superusers may remove one that should 404 again."""

    list_display = ["old_slug", "content_type", "target", "created_at"]
    list_filter = ["content_type"]
    search_fields = ["old_slug"]
    readonly_fields = ["content_type", "object_id", "old_slug", "created_at"]

    def get_queryset(self, request):
        # The "target" column: one query per kind of page, not one per row.
        return super().get_queryset(request).select_related("content_type").prefetch_related("target")

    def has_add_permission(self, request):
        return False


# django-axes's lists of sign-in attempts, with the same check of their list addresses (``CheckedLookupsMixin``).
class AccessAttemptAdmin(CheckedLookupsMixin, axes_admin.AccessAttemptAdmin):
    pass


class AccessLogAdmin(CheckedLookupsMixin, axes_admin.AccessLogAdmin):
    pass


class AccessFailureLogAdmin(CheckedLookupsMixin, axes_admin.AccessFailureLogAdmin):
    pass


for model, model_admin in [
    (AccessAttempt, AccessAttemptAdmin),
    (AccessLog, AccessLogAdmin),
    (AccessFailureLog, AccessFailureLogAdmin),
]:
    if admin.site.is_registered(model):  # AXES_ENABLE_ADMIN
        admin.site.unregister(model)
        admin.site.register(model, model_admin)
