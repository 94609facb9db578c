"""The editors' side of studies, and what every admin of citing content shares.

``CitesStudiesAdmin`` is mixed into the admins of guides, exercises and
workouts: the Markdown preview numbers their citations and lists the studies,
and the read-only ``CitationInline`` shows which studies a saved object cites.
Unknown citations are refused by the model (``CitesStudies.clean``), so every
form that edits a citing model checks them without code of its own.
"""

import reversion
from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from core.admin import (
    ChangeDetailsMixin,
    DraftChangesMixin,
    ExplainsDeleteRefusal,
    OptimisticLockMixin,
    RestorableAdmin,
    TextBoxesMixin,
)

from .models import Citation, Study, citing_models
from .references import ReferenceList

reversion.register(Study)  # its own fields only: restoring it never deletes inline rows


class CitesStudiesAdmin:
    """For admins of content whose Markdown cites studies: the preview numbers and lists them."""

    def reference_list(self):
        return ReferenceList()


class CitationInline(GenericTabularInline):
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

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("study")

    @admin.display(description="study")
    def study_link(self, citation):
        return format_html(
            '<a href="{}">{}</a> · cited as [@{}]',
            reverse("admin:studies_study_change", args=[citation.study_id]),
            citation.study,
            citation.study.slug,
        )


class CitedFilter(admin.SimpleListFilter):
    title = "cited"
    parameter_name = "cited"

    def lookups(self, request, model_admin):
        return [("public", "By a published page"), ("no", "By nothing")]

    def queryset(self, request, queryset):
        if self.value() == "public":
            return queryset.published()
        if self.value() == "no":
            return queryset.filter(citations=None)
        return queryset


@admin.register(Study)
class StudyAdmin(
    TextBoxesMixin,
    DraftChangesMixin,
    ChangeDetailsMixin,
    OptimisticLockMixin,
    ExplainsDeleteRefusal,
    RestorableAdmin,
):
    """Studies are public only while a published page cites them; one that nothing cites may be deleted.

    Changes to a cited study may be kept as a draft, as for guides, exercises and workouts.
    """

    list_display = ["slug", "authors", "year", "journal", "design", "title"]
    list_filter = [CitedFilter, "design", "year"]
    search_fields = ["slug", "authors", "title", "journal", "doi"]
    readonly_fields = ["cited_by"]
    fieldsets = [
        (None, {"fields": ["slug", "authors", "title", "journal", "year", "volume", "issue", "pages", "doi"]}),
        (
            "What was studied",
            {"fields": ["design", "participants", "population", "training_status", "duration", "measure", "finding"]},
        ),
        ("Cited by", {"fields": ["cited_by"]}),
    ]

    def delete_refusal(self, request, obj):
        if not obj.citations.exists():
            return None
        return (
            f"“{obj.slug}” is cited, so it cannot be deleted: the citing texts would point at nothing. "
            "Remove its citations first (its form lists them under “Cited by”), then delete it."
        )

    @admin.display(description="cited by")
    def cited_by(self, study):
        if study.pk is None:
            return "Cite it in Markdown as [@slug] once it is saved."
        citations = study.citations.prefetch_related(
            GenericPrefetch("source", [model.objects.all() for model in citing_models()])
        )
        links = []
        for citation in citations:
            source = citation.source
            meta = source._meta
            links.append((reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[source.pk]), source))
        if not links:
            return "Nothing cites it yet, so readers cannot see it. It can be deleted."
        return format_html_join(", ", '<a href="{}">{}</a>', links)
