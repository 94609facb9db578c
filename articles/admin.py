"""The editors' side of guides, muscles, joints and authors.

A guide is edited in one form with its muscles. The exercises it discusses
are edited there too, with an inline that the ``exercises`` app adds through
``MuscleGroupAdmin.extra_inlines`` (this app cannot import that one).
"""

import reversion
from django.contrib import admin, messages
from django.db.models import Max

from core.admin import (
    CheckedChoicesMixin,
    ImageAdminMixin,
    MarkdownPreviewMixin,
    PublicationStateFilter,
    PublishableAdmin,
    TextBoxesMixin,
)
from studies.admin import CitationInline, CitesStudiesAdmin

from .anatomy import undrawn
from .atlas import drawing_shape_ids
from .forms import MuscleGroupForm
from .models import Author, GlossaryTerm, Joint, JointAction, Muscle, MuscleGroup

reversion.register(MuscleGroup)  # its own fields only: restoring it never deletes inline rows
reversion.register(GlossaryTerm)


class MuscleInline(TextBoxesMixin, CheckedChoicesMixin, admin.StackedInline):
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
        "atlas_shapes",
        ("position", "svg_shape_id"),
    ]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["joints", "actions"]

    def get_queryset(self, request):
        # Every row shows its joints and actions and names a head by its parent: fetched for all rows at once.
        return super().get_queryset(request).select_related("group", "parent").prefetch_related("joints", "actions")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "parent":
            guide_id = request.resolver_match.kwargs.get("object_id", "")
            kwargs["queryset"] = (
                Muscle.objects.filter(group_id=guide_id, parent=None) if guide_id.isdigit() else Muscle.objects.none()
            )
            kwargs["help_text"] = "For a head only. Save the guide with its muscle first; then add the heads."
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(MuscleGroup)
class MuscleGroupAdmin(CitesStudiesAdmin, MarkdownPreviewMixin, ImageAdminMixin, PublishableAdmin):
    form = MuscleGroupForm
    list_display = ["name", "title", "state", "author", "position", "updated_at"]
    list_filter = [PublicationStateFilter, "author"]
    list_select_related = ["author"]
    search_fields = ["name", "aliases", "title", "summary", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["updated_at", "image_preview"]
    inlines = [MuscleInline]
    # Inlines that apps above this one add (exercises: the exercises the guide discusses).
    extra_inlines = []
    # Checks that apps above this one add, run after each save: ``check(guide)`` returns warnings for the editor
    # (exercises: the exercises readers cannot see on the guide yet).
    save_warnings = []
    fieldsets = [
        (None, {"fields": ["name", "slug", "aliases", "title", "summary", "author", "position"]}),
        ("Publishing", {"fields": ["status", "published_at", "updated_at"]}),
        ("Image", {"fields": ["image", "image_alt", "image_preview"]}),
        ("Text", {"fields": list(MuscleGroup.markdown_fields)}),
        ("Anatomy diagram", {"fields": ["diagram_svg", "diagram_file"], "classes": ["collapse"]}),
    ]

    def render_change_form(self, request, context, *args, **kwargs):
        kept = getattr(context["adminform"].form, "kept_diagram", None)
        if kept and request.method == "POST":
            self.message_user(
                request,
                f"Your diagram “{kept}” is kept: its SVG is now in the diagram's text field (under “Anatomy "
                "diagram”) and is saved with the form. Choose the file again only to replace it.",
                messages.INFO,
            )
        return super().render_change_form(request, context, *args, **kwargs)

    def get_inlines(self, request, obj):
        return [*self.inlines, *self.extra_inlines, CitationInline]

    def get_changeform_initial_data(self, request):
        """A new guide comes last on the home page unless the editor places it (0 put it first)."""
        initial = super().get_changeform_initial_data(request)
        last = MuscleGroup.objects.aggregate(last=Max("position"))["last"]
        initial.setdefault("position", 0 if last is None else last + 1)
        return initial

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        guide = form.instance
        missing = undrawn(list(guide.muscles.all()), drawing_shape_ids(guide))
        if missing:
            names = ", ".join(str(muscle) for muscle in missing)
            self.message_user(
                request,
                f"Not in the drawing: {names}. Readers read about it in the anatomy table. To mark it, tick its "
                "shapes in the body atlas on its muscle row (a deep muscle may have none).",
                messages.WARNING,
            )
        for check in self.save_warnings:
            for warning in check(guide):
                self.message_user(request, warning, messages.WARNING)


@admin.register(Muscle)
class MuscleAdmin(TextBoxesMixin, CheckedChoicesMixin, admin.ModelAdmin):
    list_display = ["__str__", "group", "parent", "position"]
    list_filter = ["group"]
    list_select_related = ["group", "parent"]
    search_fields = ["name", "parent__name", "group__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent", "joints", "actions"]

    def get_queryset(self, request):
        # __str__ names a head by its parent: fetch it with the row (autocomplete too).
        return super().get_queryset(request).select_related("parent", "group")

    def autocomplete_label(self, muscle):
        """Muscles of every guide share one autocomplete: say whose each is."""
        return f"{muscle} ({muscle.group.name})"


@admin.register(Author)
class AuthorAdmin(TextBoxesMixin, admin.ModelAdmin):
    list_display = ["name", "is_team"]
    search_fields = ["name", "bio"]


@admin.register(Joint)
class JointAdmin(admin.ModelAdmin):
    search_fields = ["name"]


@admin.register(JointAction)
class JointActionAdmin(TextBoxesMixin, admin.ModelAdmin):
    list_display = ["name", "joint", "position"]
    list_filter = ["joint"]
    list_select_related = ["joint"]
    search_fields = ["name", "joint__name", "description"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(MarkdownPreviewMixin, PublishableAdmin):
    """Terms of the glossary page; a published term links from the first place a page uses it."""

    list_display = ["term", "slug", "state", "also_matches", "updated_at"]
    search_fields = ["term", "also_matches", "definition"]
    prepopulated_fields = {"slug": ["term"]}
    readonly_fields = ["updated_at"]
    fieldsets = [
        (None, {"fields": ["term", "slug", "also_matches", "definition"]}),
        ("Publishing", {"fields": ["status", "published_at", "updated_at"]}),
    ]
