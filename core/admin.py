"""Admin pieces every content app shares.

- ``PublishableAdmin``: draft, scheduled and published states, "publish now"
  and "back to draft" actions, and deleting kept to drafts for editors.
- ``MarkdownPreviewMixin``: a "Preview" button that renders the form's
  Markdown through the public pipeline without saving.
- ``ImageAdminMixin``: the image upload with the validator's own messages.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.storage import default_storage
from django.db import models
from django.utils import timezone
from django.utils.html import format_html

from .models import Publishable, SlugRedirect
from .preview import build_preview

PREVIEW = "_preview"


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


class PublishableAdmin(admin.ModelAdmin):
    """Admin for draft/scheduled/published content.

    Editors may delete a draft, never a published or scheduled item: readers
    may have its address. Superusers may delete anything.
    """

    actions = ["publish_now", "back_to_draft"]
    list_filter = [PublicationStateFilter]

    @admin.display(description="status", ordering="status")
    def state(self, obj):
        state = obj.publication_state
        if state == "scheduled":
            return f"Scheduled for {timezone.localtime(obj.published_at):%d %b %Y, %H:%M}"
        return state.capitalize()

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        if allowed and obj is not None and not request.user.is_superuser:
            return obj.status == Publishable.Status.DRAFT
        return allowed

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


class PreviewOnlyForm:
    """Validates as usual, then reports itself invalid so that the admin shows the form again instead of saving."""

    preview_requested = True

    def is_valid(self):
        super().is_valid()
        return False


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
        return form

    def render_change_form(self, request, context, *args, **kwargs):
        form = context["adminform"].form
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
            context["preview_lost_upload"] = bool(request.FILES)
        return super().render_change_form(request, context, *args, **kwargs)


class ImageAdminMixin:
    """The image upload, checked by the model field's validator (``images.validate_upload``).

    A plain file field replaces Django's image form field, whose one generic
    message would otherwise hide the validator's specific ones.
    """

    readonly_fields = ["image_preview"]
    formfield_overrides = {
        models.ImageField: {
            "form_class": forms.FileField,
            "widget": AdminFileWidget(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        },
    }

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
class SlugRedirectAdmin(admin.ModelAdmin):
    """Old addresses, recorded automatically; superusers may remove one that should 404 again."""

    list_display = ["old_slug", "content_type", "target", "created_at"]
    list_filter = ["content_type"]
    search_fields = ["old_slug"]
    readonly_fields = ["content_type", "object_id", "old_slug", "created_at"]

    def has_add_permission(self, request):
        return False
