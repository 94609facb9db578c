"""Workouts: ordered exercises with sets and reps, how to run them, and the reasoning behind them."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from articles.models import MuscleGroup
from core.markup import HELP_TEXT
from core.models import KeepsOldSlugs, Publishable, PublishableQuerySet, published_rule
from core.social_cards import SocialCard
from exercises.models import Exercise
from studies.models import CitesStudies

from .duration import rest_in_words, session_length

# Addresses under /workouts/ that are pages of their own, not workouts.
RESERVED_SLUGS = ("build",)


def workout_published_rule(through="", now=None):
    """A workout's publication rule: published, and its guide too (a workout is part of its guide's page).

    ``through`` applies it across a relation ("workout__" from a WorkoutItem), as a join.
    """
    now = timezone.now() if now is None else now
    return published_rule(through, now) & published_rule(f"{through}muscle_group__", now)


class WorkoutQuerySet(PublishableQuerySet):
    def published(self, now=None):
        """Published, and its guide too (``workout_published_rule``): it goes when the guide goes.

        Every public list, page, sitemap and search reads workouts through this.
        """
        return self.filter(workout_published_rule(now=now))


class Workout(Publishable, CitesStudies, KeepsOldSlugs):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(
        unique=True, help_text="The page's address, e.g. quadriceps-workout for /workouts/quadriceps-workout/."
    )
    muscle_group = models.ForeignKey(
        MuscleGroup, on_delete=models.PROTECT, related_name="workouts", help_text="The guide it belongs to."
    )
    goal = models.CharField(max_length=200, help_text="E.g. strength and muscle growth.")
    summary = models.CharField(max_length=300, help_text="One sentence for lists.")
    principles = models.TextField(help_text="Why the workout is built this way. " + HELP_TEXT)
    frequency = models.TextField("how often", blank=True, help_text="Sessions a week. " + HELP_TEXT)
    rest = models.TextField("rest between sets", blank=True, help_text=HELP_TEXT)
    effort = models.TextField("how hard", blank=True, help_text="E.g. reps in reserve. " + HELP_TEXT)
    warm_up = models.TextField("warm-up", blank=True, help_text=HELP_TEXT)
    progression = models.TextField(
        blank=True,
        help_text="When to add weight or reps, e.g. once every set reaches the top of the range. " + HELP_TEXT,
    )
    warm_up_minutes = models.PositiveSmallIntegerField(
        "warm-up (minutes)",
        null=True,
        blank=True,
        validators=[MaxValueValidator(120)],
        help_text="About how long the warm-up takes. With a rest on every exercise, the page shows how long the "
        "whole workout takes.",
    )

    principles_html = models.TextField(editable=False, blank=True)
    frequency_html = models.TextField(editable=False, blank=True)
    rest_html = models.TextField(editable=False, blank=True)
    effort_html = models.TextField(editable=False, blank=True)
    warm_up_html = models.TextField(editable=False, blank=True)
    progression_html = models.TextField(editable=False, blank=True)

    # In reading order on the workout page: how to run it, then why it is built this way.
    markdown_fields = ("frequency", "rest", "effort", "warm_up", "progression", "principles")

    objects = WorkoutQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": f"/workouts/{self.slug}/ is the workout builder's address; choose another."})

    def get_absolute_url(self):
        return reverse("workouts:detail", kwargs={"slug": self.slug})

    @property
    def session_length(self):
        """How long it takes (``duration.session_length``) with the items it shows: prefetch ``items``."""
        return session_length(self.items.all(), self.warm_up_minutes)

    def social_card(self):
        """Reads ``muscle_group``: fetch it with select_related."""
        return SocialCard(
            kind="workouts",
            slug=self.slug,
            title=self.name,
            kicker=f"{self.muscle_group.name} workout",
            url=reverse("workouts:social_card", kwargs={"slug": self.slug}),
        )


class WorkoutItemQuerySet(models.QuerySet):
    def public(self, now=None):
        """The items readers see, each with its exercise: those whose exercise is published (a draft is left out).

        The exercise comes as pages that list it need it (``Exercise.page_only_fields`` deferred).
        """
        return (
            self.filter(published_rule("exercise__", now))
            .select_related("exercise")
            .defer(*Exercise.page_only_fields("exercise__"))
        )


class WorkoutItem(models.Model):
    class Unit(models.TextChoices):
        REPS = "reps", "Repetitions"
        SECONDS = "seconds", "Seconds"

    workout = models.ForeignKey(Workout, on_delete=models.CASCADE, related_name="items")
    exercise = models.ForeignKey(Exercise, on_delete=models.PROTECT, related_name="workout_items")
    position = models.PositiveSmallIntegerField(help_text="1 for the first exercise, 2 for the next, ...")
    sets = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(20)])
    reps_min = models.PositiveSmallIntegerField(
        "reps (or seconds)", validators=[MinValueValidator(1), MaxValueValidator(600)], help_text="E.g. 8."
    )
    reps_max = models.PositiveSmallIntegerField(
        "up to",
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text="For a range such as 8-12, the top of it; the same number (or empty) for a fixed target.",
        blank=True,
    )
    unit = models.CharField(max_length=8, choices=Unit.choices, default=Unit.REPS)
    rest_min = models.PositiveSmallIntegerField(
        "rest (seconds)",
        null=True,
        blank=True,
        validators=[MaxValueValidator(900)],
        help_text="Between its sets, e.g. 120. Used to say how long the workout takes.",
    )
    rest_max = models.PositiveSmallIntegerField(
        "rest up to", null=True, blank=True, validators=[MaxValueValidator(900)], help_text="E.g. 180."
    )
    note = models.CharField(max_length=200, blank=True)

    objects = WorkoutItemQuerySet.as_manager()

    class Meta:
        ordering = ["workout", "position"]
        constraints = [
            models.UniqueConstraint(fields=["workout", "position"], name="unique_position_per_workout"),
            models.CheckConstraint(condition=models.Q(reps_max__gte=models.F("reps_min")), name="reps_range_in_order"),
        ]

    def __str__(self):
        return f"{self.position}. {self.exercise}: {self.target}"

    def save(self, *args, **kwargs):
        if self.reps_max is None:
            self.reps_max = self.reps_min
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.reps_max is None and self.reps_min is not None:
            self.reps_max = self.reps_min
        if self.reps_min and self.reps_max and self.reps_max < self.reps_min:
            raise ValidationError({"reps_max": "The top of the range must be at least the bottom."})
        if self.rest_max is not None and self.rest_min is None:
            raise ValidationError({"rest_min": "Give the shortest rest too, or leave both empty."})
        if self.rest_min is not None and self.rest_max is not None and self.rest_max < self.rest_min:
            raise ValidationError({"rest_max": "The longest rest must be at least the shortest."})

    @property
    def reps(self):
        """The target per set in words: '8', '8-12', or '30 s'."""
        span = str(self.reps_min) if self.reps_max == self.reps_min else f"{self.reps_min}–{self.reps_max}"
        return f"{span} s" if self.unit == self.Unit.SECONDS else span

    @property
    def target(self):
        return f"{self.sets} × {self.reps}"

    @property
    def rest(self):
        """The rest between its sets in words ('2–3 min'), or '' if the editor gave none."""
        return rest_in_words(self.rest_min, self.rest_max)
