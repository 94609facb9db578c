"""The editors' side of exercises, and of what each guide says about them.

An exercise is edited once, whatever guides discuss it. What a guide says
about it (recommended or left out, and why) is a ``GuideExercise``, edited
from either side: on the guide's form (an inline this module adds to
``MuscleGroupAdmin.extra_inlines``) or on the exercise's form.
"""

import reversion
from django.contrib import admin
from django.db.models import Prefetch
from django.forms.models import BaseInlineFormSet
from django.template.loader import render_to_string

from articles.admin import MuscleGroupAdmin
from articles.anatomy import EXERCISE_LEGEND, legend, roles_by_muscle
from articles.models import Muscle, MuscleGroup
from core.admin import (
    ChangeDetailsMixin,
    CheckedChoicesMixin,
    ImageAdminMixin,
    MarkdownPreviewMixin,
    OptimisticLockMixin,
    PublicationStateFilter,
    PublishableAdmin,
    RestorableAdmin,
    TextBoxesMixin,
)
from studies.admin import CitationInline, CitesStudiesAdmin

from .exercise_page import exercise_movement, involved_muscles
from .models import Exercise, GuideExercise, MuscleInvolvement

reversion.register(Exercise)  # its own fields only: restoring it never deletes inline rows
reversion.register(GuideExercise)  # a verdict and its reason, restorable from the "exercises in guides" admin


class OnceEachFormSet(BaseInlineFormSet):
    """Rows that must differ (a guide discusses an exercise once) say so in the editor's words.

    ``repeated``: what the rows choose ("exercise", "guide", "muscle"); Django's own words were
    "Please correct the duplicate data for exercise".
    """

    repeated = ""

    def get_unique_error_message(self, unique_check):
        return f"The same {self.repeated} is chosen in two rows: each {self.repeated} goes in this list once."

    def get_form_error(self):
        return f"This {self.repeated} is already in another row: choose another {self.repeated}, or remove this row."


def once_each(repeated):
    return type(f"Once{repeated.title()}FormSet", (OnceEachFormSet,), {"repeated": repeated})


class GuideExerciseInline(TextBoxesMixin, CheckedChoicesMixin, admin.StackedInline):
    """On a guide's form: the exercises it discusses, in order, each with its verdict and reason."""

    model = GuideExercise
    formset = once_each("exercise")
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
    formset = once_each("guide")
    fields = [("guide", "verdict", "position"), "reason"]
    autocomplete_fields = ["guide"]
    ordering = ["guide__position"]
    verbose_name = "guide that discusses it"
    verbose_name_plural = "guides that discuss it: their verdicts and reasons"


MuscleGroupAdmin.extra_inlines.append(GuideExerciseInline)


def unpublished_exercises(guide):
    """A warning when a published (or scheduled) guide discusses exercises readers cannot see yet.

    Its page lists only published exercises: a guide whose exercises are all drafts shows none.
    """
    if guide.status != guide.Status.PUBLISHED:
        return []
    hidden = [
        link.exercise.name for link in guide.exercise_links.select_related("exercise") if not link.exercise.is_public
    ]
    if not hidden:
        return []
    they, them = ("it is", "it") if len(hidden) == 1 else ("they are", "them")
    return [
        f"Readers do not see {', '.join(hidden)} on this guide yet: {they} not published. "
        f"Publish {them} under Exercises to show {them} here."
    ]


MuscleGroupAdmin.save_warnings.append(unpublished_exercises)


class MuscleInvolvementInline(TextBoxesMixin, CheckedChoicesMixin, admin.TabularInline):
    model = MuscleInvolvement
    formset = once_each("muscle")
    fields = ["muscle", "role", "note"]
    autocomplete_fields = ["muscle"]
    verbose_name = "muscle trained (or not)"
    verbose_name_plural = "muscles of any guide: primary, secondary and not trained"

    def get_extra(self, request, obj=None, **kwargs):
        """Several empty rows at once (rows left empty are ignored): an exercise trains several muscles and heads."""
        return 6 if obj is None else 3

    def get_queryset(self, request):
        # Each row is named by its exercise and muscle (a head by its parent): fetched with the rows.
        return super().get_queryset(request).select_related("exercise", "muscle__parent")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "muscle":
            kwargs["queryset"] = Muscle.objects.select_related("parent")  # the chosen head's label names its muscle
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


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
    save_as = True  # "Save as new" copies the exercise, its muscles and verdicts, as a draft
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
        (
            "Movement figure",
            {
                "description": "The site draws the exercise from the side at the start and the end of a rep "
                "from these angles, and shades the muscles it trains. Press Preview to see the figure "
                "(shaded by the muscles saved so far).",
                "fields": [
                    ("movement_support", "movement_implement"),
                    ("start_trunk", "start_hip", "start_knee", "start_ankle"),
                    ("end_trunk", "end_hip", "end_knee", "end_ankle"),
                ],
            },
        ),
    ]

    class Media:
        css = {"all": ["css/diagrams.css"]}  # the movement figure in the preview, as readers see it

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        links = GuideExercise.objects.select_related("guide").order_by("guide__position")
        return queryset.prefetch_related(Prefetch("guide_links", queryset=links)), may_have_duplicates

    def autocomplete_label(self, exercise):
        """An exercise belongs to no guide: name the guides that discuss it, and their verdicts."""
        verdicts = "; ".join(
            f"{link.guide.name.lower()}: {'recommended' if link.is_recommended else 'left out'}"
            for link in exercise.guide_links.all()
        )
        return f"{exercise} ({verdicts})" if verdicts else f"{exercise} (in no guide yet)"

    def preview_figures(self, form, obj):
        """The movement figure from the angles in the form, shaded by the exercise's saved muscles."""
        cleaned = getattr(form, "cleaned_data", {})
        if any(name in form.errors for name in Exercise.movement_fields):
            return []
        draft = Exercise(name=cleaned.get("name") or "This exercise", slug=cleaned.get("slug") or "preview")
        for name in Exercise.movement_fields:
            setattr(draft, name, cleaned.get(name))
        if not draft.has_movement:
            return []
        saved = obj if obj is not None and obj.pk else None
        if saved is not None:
            draft.pk = saved.pk
        muscles = involved_muscles(draft, show_drafts=True) if saved else []
        roles = roles_by_muscle(draft.involvements.all(), muscles) if saved else {}
        figure = exercise_movement(draft, muscles, roles)
        legend_rows = legend(figure.shapes, EXERCISE_LEGEND)
        return [render_to_string("exercises/includes/movement.html", {"figure": figure, "legend": legend_rows})]


@admin.register(GuideExercise)
class GuideExerciseAdmin(
    TextBoxesMixin,
    CitesStudiesAdmin,
    MarkdownPreviewMixin,
    CheckedChoicesMixin,
    ChangeDetailsMixin,
    OptimisticLockMixin,
    RestorableAdmin,
):
    """Every guide's verdicts in one list, to compare or reorder them; a stale save is refused, versions restorable."""

    list_display = ["exercise", "guide", "verdict", "position"]
    list_editable = ["verdict", "position"]
    list_filter = ["guide", "verdict"]
    list_select_related = ["exercise", "guide"]
    search_fields = ["exercise__name", "guide__name", "reason"]
    autocomplete_fields = ["guide", "exercise"]
    readonly_fields = ["updated_at"]
    fields = [("guide", "exercise"), ("verdict", "position"), "reason", "updated_at"]
    inlines = [CitationInline]
