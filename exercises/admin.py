"""The editors' side of exercises and studies, and the guide admin with its citations.

Guides live in ``articles``, which cannot know studies; so the guide admin is
re-registered here with what needs them: citation checks on its Markdown, the
cited studies in the preview, and the read-only list of studies it cites.
"""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from articles.admin import (
    ImageAdminMixin,
    MarkdownPreviewMixin,
    MuscleGroupAdmin,
    PublicationStateFilter,
    PublishableAdmin,
)
from articles.forms import MuscleGroupForm
from articles.models import MuscleGroup

from .models import Citation, Exercise, MuscleInvolvement, Study, citation_errors


class CitesStudiesMixin:
    """For admins of content whose Markdown cites studies: the preview lists them."""

    def find_studies(self, slugs):
        return list(Study.objects.filter(slug__in=slugs))


class CitationInline(admin.TabularInline):
    """Citations are written from the Markdown on save, so they are shown, never edited."""

    model = Citation
    fields = ["study_link"]
    readonly_fields = ["study_link"]
    extra = 0
    can_delete = False
    verbose_name = "study cited"
    verbose_name_plural = "studies cited (read from the Markdown when saved)"

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="study")
    def study_link(self, citation):
        return format_html(
            '<a href="{}">{}</a> · cited as [@{}]',
            reverse("admin:exercises_study_change", args=[citation.study_id]),
            citation.study,
            citation.study.slug,
        )


class GuideCitationInline(CitationInline):
    fk_name = "guide"


class ExerciseCitationInline(CitationInline):
    fk_name = "exercise"


class GuideForm(MuscleGroupForm):
    """The guide form (with its diagram upload), refusing citations of studies that do not exist."""

    def clean(self):
        cleaned_data = super().clean()
        texts = {name: cleaned_data.get(name, "") for name in MuscleGroup.markdown_fields if name in self.fields}
        for name, message in citation_errors(texts).items():
            self.add_error(name, message)
        return cleaned_data


admin.site.unregister(MuscleGroup)


@admin.register(MuscleGroup)
class GuideAdmin(CitesStudiesMixin, MuscleGroupAdmin):
    form = GuideForm
    inlines = [*MuscleGroupAdmin.inlines, GuideCitationInline]


class MuscleInvolvementInline(admin.TabularInline):
    model = MuscleInvolvement
    extra = 1
    fields = ["muscle", "role", "note"]
    autocomplete_fields = ["muscle"]
    verbose_name = "muscle trained (or not)"
    verbose_name_plural = "muscles: primary, secondary and not trained"


@admin.register(Exercise)
class ExerciseAdmin(CitesStudiesMixin, MarkdownPreviewMixin, ImageAdminMixin, PublishableAdmin):
    list_display = ["name", "muscle_group", "equipment", "mechanics", "recommended", "state", "position"]
    list_filter = [PublicationStateFilter, "muscle_group", "equipment", "recommended", "mechanics"]
    list_select_related = ["muscle_group"]
    search_fields = ["name", "slug", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["joint_actions", "substitutes"]
    readonly_fields = ["updated_at", "image_preview"]
    inlines = [MuscleInvolvementInline, ExerciseCitationInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "muscle_group", "summary", "equipment", "mechanics", "position"]}),
        ("Verdict", {"fields": ["recommended", "verdict"]}),
        ("Publishing", {"fields": ["status", "published_at", "updated_at"]}),
        ("Image", {"fields": ["image", "image_alt", "image_preview"]}),
        ("How to do it", {"fields": ["description", "cues"]}),
        ("Related", {"fields": ["joint_actions", "substitutes"]}),
    ]


@admin.register(Study)
class StudyAdmin(admin.ModelAdmin):
    list_display = ["slug", "authors", "year", "journal", "title"]
    list_filter = ["year", "journal"]
    search_fields = ["slug", "authors", "title", "journal", "doi"]
    readonly_fields = ["cited_by"]
    fields = ["slug", "authors", "title", "journal", "year", "volume", "issue", "pages", "doi", "finding", "cited_by"]

    @admin.display(description="cited by")
    def cited_by(self, study):
        if study.pk is None:
            return "Cite it in Markdown as [@slug] once it is saved."
        citations = study.citations.select_related("guide", "exercise")
        if not citations:
            return "Nothing cites it yet."
        links = []
        for citation in citations:
            source = citation.source
            url = reverse(f"admin:{source._meta.app_label}_{source._meta.model_name}_change", args=[source.pk])
            links.append((url, source))
        return format_html_join(", ", '<a href="{}">{}</a>', links)
