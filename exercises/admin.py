"""The editors' side of exercises, and of what each guide says about them.

An exercise is edited once, whatever guides discuss it. What a guide says
about it (recommended or left out, and why) is a ``GuideExercise``, edited
from either side: on the guide's form (an inline this module adds to
``MuscleGroupAdmin.extra_inlines``) or on the exercise's form.
"""

from django.contrib import admin

from articles.admin import MuscleGroupAdmin
from articles.models import MuscleGroup
from core.admin import ImageAdminMixin, MarkdownPreviewMixin, PublicationStateFilter, PublishableAdmin
from studies.admin import CitationInline, CitesStudiesAdmin

from .models import Exercise, GuideExercise, MuscleInvolvement


class GuideExerciseInline(admin.StackedInline):
    """On a guide's form: the exercises it discusses, in order, each with its verdict and reason."""

    model = GuideExercise
    fk_name = "guide"
    extra = 0
    fields = [("exercise", "verdict", "position"), "reason"]
    autocomplete_fields = ["exercise"]
    ordering = ["position"]
    verbose_name = "exercise the guide discusses"
    verbose_name_plural = "exercises the guide discusses (recommended or left out, in order)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("guide", "exercise")


class ExerciseGuidesInline(GuideExerciseInline):
    """On an exercise's form: what each guide says about it."""

    fk_name = "exercise"
    fields = [("guide", "verdict", "position"), "reason"]
    autocomplete_fields = ["guide"]
    ordering = ["guide__position"]
    verbose_name = "guide that discusses it"
    verbose_name_plural = "guides that discuss it: their verdicts and reasons"


MuscleGroupAdmin.extra_inlines.append(GuideExerciseInline)


class MuscleInvolvementInline(admin.TabularInline):
    model = MuscleInvolvement
    extra = 1
    fields = ["muscle", "role", "note"]
    autocomplete_fields = ["muscle"]
    verbose_name = "muscle trained (or not)"
    verbose_name_plural = "muscles of any guide: primary, secondary and not trained"


class GuideFilter(admin.SimpleListFilter):
    title = "guide"
    parameter_name = "guide"

    def lookups(self, request, model_admin):
        return [(guide.slug, guide.name) for guide in MuscleGroup.objects.only("slug", "name")]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(guide_links__guide__slug=self.value()).distinct()
        return queryset


@admin.register(Exercise)
class ExerciseAdmin(CitesStudiesAdmin, MarkdownPreviewMixin, ImageAdminMixin, PublishableAdmin):
    list_display = ["name", "equipment", "mechanics", "state", "updated_at"]
    list_filter = [PublicationStateFilter, GuideFilter, "equipment", "mechanics"]
    search_fields = ["name", "slug", "aliases", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["joint_actions", "substitutes"]
    readonly_fields = ["updated_at", "image_preview"]
    inlines = [MuscleInvolvementInline, ExerciseGuidesInline, CitationInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "aliases", "summary", "equipment", "mechanics"]}),
        ("Publishing", {"fields": ["status", "published_at", "updated_at"]}),
        ("Image", {"fields": ["image", "image_alt", "image_preview"]}),
        ("How to do it", {"fields": list(Exercise.markdown_fields)}),
        ("Related", {"fields": ["joint_actions", "substitutes"]}),
    ]


@admin.register(GuideExercise)
class GuideExerciseAdmin(CitesStudiesAdmin, MarkdownPreviewMixin, admin.ModelAdmin):
    """Every guide's verdicts in one list, to compare or reorder them."""

    list_display = ["exercise", "guide", "verdict", "position"]
    list_editable = ["verdict", "position"]
    list_filter = ["guide", "verdict"]
    list_select_related = ["exercise", "guide"]
    search_fields = ["exercise__name", "guide__name", "reason"]
    autocomplete_fields = ["guide", "exercise"]
    inlines = [CitationInline]
