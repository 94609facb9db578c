"""Workouts: ordered exercises with sets and reps, and the reasoning behind them."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse

from articles.markup import HELP_TEXT
from articles.models import KeepsOldSlugs, MuscleGroup, Publishable, RenderedMarkdownModel
from articles.social_cards import SocialCard
from exercises.models import Exercise, check_citations


class Workout(Publishable, RenderedMarkdownModel, KeepsOldSlugs):
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
    principles_html = models.TextField(editable=False, blank=True)

    markdown_fields = ("principles",)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("workouts:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        check_citations(self)

    def social_card(self):
        """Reads ``muscle_group``: fetch it with select_related."""
        return SocialCard(
            kind="workouts",
            slug=self.slug,
            title=self.name,
            kicker=f"{self.muscle_group.name} workout",
            url=reverse("workouts:social_card", kwargs={"slug": self.slug}),
        )


class WorkoutItem(models.Model):
    workout = models.ForeignKey(Workout, on_delete=models.CASCADE, related_name="items")
    exercise = models.ForeignKey(Exercise, on_delete=models.PROTECT, related_name="workout_items")
    position = models.PositiveSmallIntegerField(help_text="1 for the first exercise, 2 for the next, ...")
    sets = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(20)])
    reps = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(100)])
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["workout", "position"]
        constraints = [
            models.UniqueConstraint(fields=["workout", "position"], name="unique_position_per_workout"),
        ]

    def __str__(self):
        return f"{self.position}. {self.exercise}: {self.sets} x {self.reps}"
