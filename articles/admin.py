"""The editors' side of guides, muscles, joints and authors, and the admin pieces all content apps share.

``PublishableAdmin`` (draft, scheduled, published; publish actions; drafts-only
delete), ``MarkdownPreviewMixin`` (a "Preview" button that renders the Markdown
through the public pipeline without saving) and ``ImageAdminMixin`` are used by
the exercises and workouts admins too. Guides cite studies, which live in
``exercises``: that app re-registers the guide admin with citation checks and
the list of cited studies (see ``exercises.admin.GuideAdmin``).
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.storage import default_storage
from django.db import models
from django.utils import timezone
from django.utils.html import format_html

from .forms import MuscleGroupForm
from .models import Author, Joint, JointAction, Muscle, MuscleGroup, Publishable, SlugRedirect
from .preview import build_preview

PREVIEW = "_preview"


class PublicationStateFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("draft", "Draft"), ("scheduled", "Scheduled"), ("published", "Published")]

    def queryset(self, request, queryset):
        now = timezone.now()
        published = Publishable.Status.PUBLISHED
        if self.value() == "draft":
            return queryset.filter(status=Publishable.Status.DRAFT)
        if self.value() == "scheduled":
            return queryset.filter(status=published, published_at__gt=now)
        if self.value() == "published":
            return queryset.filter(status=published, published_at__lte=now)
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
            obj.status = Publishable.Status.PUBLISHED
            obj.published_at = timezone.now()
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

    change_form_template = "admin/articles/markdown_change_form.html"

    class Media:
        css = {"all": ["articles/admin/editor.css"]}

    def find_studies(self, slugs):
        """The studies with these slugs; ``articles`` knows no studies (exercises' admins do)."""
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
            context["markdown_preview"] = build_preview(texts, self.find_studies)
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


class MuscleInline(admin.StackedInline):
    """The guide's muscles; a head is a muscle with a parent, chosen among the guide's saved muscles."""

    model = Muscle
    extra = 1
    fields = [
        ("name", "slug"),
        "parent",
        ("origin", "insertion"),
        "joints",
        "actions",
        "notes",
        ("position", "svg_shape_id"),
    ]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["joints", "actions"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "parent":
            guide_id = request.resolver_match.kwargs.get("object_id", "")
            kwargs["queryset"] = (
                Muscle.objects.filter(group_id=guide_id, parent=None) if guide_id.isdigit() else Muscle.objects.none()
            )
            kwargs["help_text"] = "For a head only. Save the guide with its muscle first; then add the heads."
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(MuscleGroup)
class MuscleGroupAdmin(MarkdownPreviewMixin, ImageAdminMixin, PublishableAdmin):
    form = MuscleGroupForm
    list_display = ["name", "title", "state", "author", "position", "updated_at"]
    list_filter = [PublicationStateFilter, "author"]
    list_select_related = ["author"]
    search_fields = ["name", "title", "summary", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["updated_at", "image_preview"]
    inlines = [MuscleInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "title", "summary", "author", "position"]}),
        ("Publishing", {"fields": ["status", "published_at", "updated_at"]}),
        ("Image", {"fields": ["image", "image_alt", "image_preview"]}),
        ("Text", {"fields": list(MuscleGroup.markdown_fields)}),
        ("Anatomy diagram", {"fields": ["diagram_svg", "diagram_file"], "classes": ["collapse"]}),
    ]


@admin.register(Muscle)
class MuscleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "group", "parent", "position"]
    list_filter = ["group"]
    list_select_related = ["group", "parent"]
    search_fields = ["name", "parent__name", "group__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent", "joints", "actions"]

    def get_queryset(self, request):
        # __str__ names a head by its parent: fetch it with the row (autocomplete too).
        return super().get_queryset(request).select_related("parent", "group")


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name", "bio"]


@admin.register(Joint)
class JointAdmin(admin.ModelAdmin):
    search_fields = ["name"]


@admin.register(JointAction)
class JointActionAdmin(admin.ModelAdmin):
    list_display = ["name", "joint", "position"]
    list_filter = ["joint"]
    list_select_related = ["joint"]
    search_fields = ["name", "joint__name", "description"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(SlugRedirect)
class SlugRedirectAdmin(admin.ModelAdmin):
    """Old addresses, recorded automatically; superusers may remove one that should 404 again."""

    list_display = ["old_slug", "content_type", "target", "created_at"]
    list_filter = ["content_type"]
    search_fields = ["old_slug"]
    readonly_fields = ["content_type", "object_id", "old_slug", "created_at"]

    def has_add_permission(self, request):
        return False
