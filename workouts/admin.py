"""The editors' side of workouts: a workout with its ordered items, edited in one form."""

import reversion
from django.contrib import admin, messages
from django.db.models import F
from django.forms.models import BaseInlineFormSet

from core.admin import CheckedChoicesMixin, MarkdownPreviewMixin, PublicationStateFilter, PublishableAdmin
from studies.admin import CitationInline, CitesStudiesAdmin

from .models import Workout, WorkoutItem

reversion.register(Workout)  # its own fields only: restoring it never deletes inline rows

# Rows changing places are moved out of the way first; positions stay far below this.
PARKING_OFFSET = 20000


class WorkoutItemFormSet(BaseInlineFormSet):
    """Lets editors reorder items by typing new positions, including swapping two of them.

    Duplicate positions among the submitted rows are refused by the formset's
    own uniqueness check; on save, rows that move or go are first parked at a
    free position so the database's one-position-per-workout rule holds at
    every step.
    """

    def save(self, commit=True):
        if commit:
            moving = [
                form.instance.pk
                for form in self.initial_forms
                if form.instance.pk and (form in self.deleted_forms or "position" in form.changed_data)
            ]
            if moving:
                WorkoutItem.objects.filter(pk__in=moving).update(position=F("position") + PARKING_OFFSET)
        return super().save(commit)


class WorkoutItemInline(CheckedChoicesMixin, admin.TabularInline):
    model = WorkoutItem
    formset = WorkoutItemFormSet
    fields = ["position", "exercise", "sets", "reps_min", "reps_max", "unit", "rest_min", "rest_max", "note"]
    autocomplete_fields = ["exercise"]
    ordering = ["position"]
    verbose_name = "exercise in the workout"
    verbose_name_plural = "exercises in order (type 1, 2, 3... in position; change the numbers to reorder)"

    def get_extra(self, request, obj=None, **kwargs):
        return 3 if obj is None else 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("exercise")


@admin.register(Workout)
class WorkoutAdmin(CitesStudiesAdmin, MarkdownPreviewMixin, PublishableAdmin):
    save_as = True  # "Save as new" copies the workout and its exercises, as a draft
    list_display = ["name", "muscle_group", "goal", "state", "updated_at"]
    list_filter = [PublicationStateFilter, "muscle_group"]
    list_select_related = ["muscle_group"]
    search_fields = ["name", "slug", "summary", "goal"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["updated_at"]
    inlines = [WorkoutItemInline, CitationInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "muscle_group", "goal", "summary"]}),
        ("Publishing", {"fields": ["status", "published_at", "updated_at"]}),
        ("How to run it", {"fields": ["frequency", "rest", "effort", "warm_up", "warm_up_minutes", "progression"]}),
        ("Why it is built this way", {"fields": ["principles"]}),
    ]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        guide = obj.muscle_group
        if obj.status == Workout.Status.PUBLISHED and not guide.is_public:
            # Workout.objects.published(): a workout is public only with its guide.
            message = f"Readers see this workout once its guide, {guide.name}, is published."
            self.message_user(request, message, messages.WARNING)
