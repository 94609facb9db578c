"""Exercises, the muscles they train, and what each guide says about them.

An exercise belongs to no guide: the squat is one page whether the
quadriceps guide recommends it or the hamstrings guide leaves it out. A guide
chooses exercises through ``GuideExercise``, an ordered link that carries its
verdict and the reason, with citations. An exercise's involvements may name
muscles of any guide.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse

from articles.anatomy import Role, group_by_role
from articles.models import JointAction, Muscle, MuscleGroup
from core.markup import HELP_TEXT, INLINE_HELP_TEXT, render_inline_markdown
from core.models import Illustrated, KeepsOldSlugs, Publishable, published_rule
from core.social_cards import SocialCard
from studies.models import CitesStudies

from .movement import JOINTS, LIMITS, Implement, Pose, Support

ANGLE_HELP = {
    "trunk": "Trunk lean from upright, in degrees: forward +, backward − (90: lying face down; −90: face up).",
    "hip": "Hip flexion: the thigh brought forward from the line of the trunk (0: in line).",
    "knee": "Knee flexion (0: straight).",
    "ankle": "Ankle: toes pulled up + from a right angle to the shin (0); foot pointed −.",
}


def angle_field(position, joint):
    low, high = LIMITS[joint]
    return models.SmallIntegerField(
        f"{position} {joint} angle",
        null=True,
        blank=True,
        validators=[MinValueValidator(low), MaxValueValidator(high)],
        help_text=f"{ANGLE_HELP[joint]} From {low} to {high}.",
    )


class Movement(models.Model):
    """The fields of an exercise's movement figure: what the body rests on, what it moves, and two positions."""

    movement_support = models.CharField("the body rests on", max_length=20, choices=Support.choices, blank=True)
    movement_implement = models.CharField("it moves", max_length=20, choices=Implement.choices, blank=True)
    start_trunk = angle_field("start", "trunk")
    start_hip = angle_field("start", "hip")
    start_knee = angle_field("start", "knee")
    start_ankle = angle_field("start", "ankle")
    end_trunk = angle_field("end", "trunk")
    end_hip = angle_field("end", "hip")
    end_knee = angle_field("end", "knee")
    end_ankle = angle_field("end", "ankle")

    movement_fields = (
        "movement_support",
        "movement_implement",
        *(f"{position}_{joint}" for position in ("start", "end") for joint in JOINTS),
    )

    class Meta:
        abstract = True

    def pose(self, position):
        """The ``Pose`` at "start" or "end", or None while any of its angles is unset."""
        angles = [getattr(self, f"{position}_{joint}") for joint in JOINTS]
        return None if None in angles else Pose(*angles)

    @property
    def has_movement(self):
        return bool(self.movement_support and self.movement_implement and self.pose("start") and self.pose("end"))

    def clean(self):
        super().clean()
        values = {name: getattr(self, name) for name in self.movement_fields}
        given = [name for name, value in values.items() if value not in (None, "")]
        if given and len(given) < len(values):
            raise ValidationError(
                {
                    name: "Fill in every field of the movement figure, or none of them."
                    for name, value in values.items()
                    if value in (None, "")
                }
            )


def same_name(text):
    """Names compared as readers read them: case and spacing aside."""
    return " ".join(text.split()).casefold()


def name_clashes(exercise, others):
    """``{field: message}`` where ``exercise``'s name, or one of its other names, is another exercise's name.

    Two pages for one exercise split its readers and its search results (an editor added "Barbell hip
    thrust" while "Hip thrust" already had that other name). Two exercises may share an other name.
    """
    name, aliases = same_name(exercise.name), {same_name(alias) for alias in exercise.alias_list}
    errors = {}
    for other in others:
        if name and name in {same_name(other.name), *(same_name(alias) for alias in other.alias_list)}:
            errors["name"] = f"The exercise {other.name} already goes by this name: edit that one, or choose another."
        elif same_name(other.name) in aliases:
            errors["aliases"] = f"{other.name} is another exercise's name: remove it from the other names."
    return errors


class Exercise(Publishable, CitesStudies, Illustrated, KeepsOldSlugs, Movement):
    class Equipment(models.TextChoices):
        BARBELL = "barbell", "Barbell"
        DUMBBELL = "dumbbell", "Dumbbells"
        MACHINE = "machine", "Machine"
        CABLE = "cable", "Cable"
        BODYWEIGHT = "bodyweight", "Bodyweight"
        OTHER = "other", "Other"

    class Mechanics(models.TextChoices):
        COMPOUND = "compound", "Compound (several joints)"
        ISOLATION = "isolation", "Isolation (one joint)"

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(
        unique=True, help_text="The page's address, e.g. leg-extension for /exercises/leg-extension/."
    )
    aliases = models.CharField(
        "other names",
        max_length=200,
        blank=True,
        help_text="Other names readers search for, separated by commas, e.g. 'RDL' or 'Nordic curl, Nordic'.",
    )
    summary = models.CharField(max_length=300, help_text="One sentence for lists and cards.")
    equipment = models.CharField(max_length=20, choices=Equipment.choices)
    mechanics = models.CharField(max_length=20, choices=Mechanics.choices)
    description = models.TextField(help_text=HELP_TEXT)
    steps = models.TextField(
        "how to do it", blank=True, help_text="A numbered Markdown list: '1. ...', one step a line. " + HELP_TEXT
    )
    mistakes = models.TextField("common mistakes", blank=True, help_text="A Markdown list of 3-5. " + HELP_TEXT)
    safety = models.TextField("safety notes", blank=True, help_text=HELP_TEXT)
    cues = models.TextField("coaching cues", blank=True, help_text="A Markdown list. " + HELP_TEXT)
    joint_actions = models.ManyToManyField(JointAction, blank=True, related_name="exercises")
    substitutes = models.ManyToManyField("self", blank=True, symmetrical=False, related_name="substitute_for")

    description_html = models.TextField(editable=False, blank=True)
    steps_html = models.TextField(editable=False, blank=True)
    mistakes_html = models.TextField(editable=False, blank=True)
    safety_html = models.TextField(editable=False, blank=True)
    cues_html = models.TextField(editable=False, blank=True)

    markdown_fields = ("description", "steps", "mistakes", "safety", "cues")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("exercises:detail", kwargs={"slug": self.slug})

    @classmethod
    def page_only_fields(cls, prefix=""):
        """The columns only the exercise's own page reads: its texts, other names, image and movement figure.

        Pages that list exercises or link to them ``defer()`` these. They leave 10 of an
        exercise's 34 columns, and the ORM's work on each row grows with every column loaded,
        however short. ``prefix`` reaches the exercise from another model ("exercise__").
        """
        own = ("aliases", "image", "image_alt", "image_renditions", *cls.movement_fields)
        return cls.stored_texts(prefix) + [f"{prefix}{name}" for name in own]

    def social_card(self):
        return SocialCard(
            kind="exercises",
            slug=self.slug,
            title=self.name,
            kicker=f"{self.get_equipment_display()} exercise",
            url=reverse("exercises:social_card", kwargs={"slug": self.slug}),
        )

    @property
    def alias_list(self):
        return [alias.strip() for alias in self.aliases.split(",") if alias.strip()]

    def clean(self):
        super().clean()
        errors = name_clashes(self, Exercise.objects.exclude(pk=self.pk).only("name", "aliases"))
        if errors:
            raise ValidationError(errors)

    def involvements_by_role(self):
        """Involvements grouped by role, strongest first, from prefetched rows."""
        return group_by_role(self.involvements.all())


class GuideExerciseQuerySet(models.QuerySet):
    def public(self, now=None):
        """Links readers can see: both the guide and the exercise are published."""
        return self.filter(published_rule("guide__", now), published_rule("exercise__", now))

    def recommended(self):
        return self.filter(verdict=GuideExercise.Verdict.RECOMMENDED)


class GuideExercise(CitesStudies):
    """What one guide says about one exercise: recommended, or discussed and left out, and why."""

    class Verdict(models.TextChoices):
        RECOMMENDED = "recommended", "Recommended"
        LEFT_OUT = "left_out", "Discussed but left out"

    guide = models.ForeignKey(MuscleGroup, on_delete=models.CASCADE, related_name="exercise_links")
    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="guide_links")
    verdict = models.CharField(max_length=12, choices=Verdict.choices, default=Verdict.RECOMMENDED)
    reason = models.TextField(
        help_text="Why the guide recommends it, or why it is left out. Shown on the guide and on the exercise's page. "
        + HELP_TEXT
    )
    position = models.PositiveSmallIntegerField(default=0, help_text="Lower comes first in the guide.")
    reason_html = models.TextField(editable=False, blank=True)
    updated_at = models.DateTimeField(auto_now=True)  # the version its admin form started from (optimistic lock)

    markdown_fields = ("reason",)

    objects = GuideExerciseQuerySet.as_manager()

    class Meta:
        ordering = ["guide", "position", "pk"]
        verbose_name = "exercise in a guide"
        verbose_name_plural = "exercises in guides"
        constraints = [models.UniqueConstraint(fields=["guide", "exercise"], name="unique_exercise_per_guide")]

    def __str__(self):
        return f"{self.guide}: {self.exercise} ({self.get_verdict_display().lower()})"

    @property
    def is_recommended(self):
        return self.verdict == self.Verdict.RECOMMENDED

    @property
    def is_public(self):
        return self.guide.is_public and self.exercise.is_public

    @classmethod
    def publicly_cited(cls, now=None):
        return cls.objects.public(now).select_related("guide", "exercise")

    def citing_pages(self):
        return [self.guide, self.exercise]


class MuscleInvolvement(CitesStudies):
    """How one exercise involves one muscle or head, of any guide.

    Its note is editor text readers see (on the exercise page and in workout
    coverage), so it is Markdown with checked citations like every other text,
    rendered inline because it follows the muscle's name on the same line.
    """

    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="involvements")
    # Protected: deleting a muscle must not silently take rows off published exercise pages.
    muscle = models.ForeignKey(Muscle, on_delete=models.PROTECT, related_name="involvements")
    role = models.CharField(max_length=12, choices=Role.choices)
    note = models.CharField(max_length=300, blank=True, help_text="Why, in one sentence. " + INLINE_HELP_TEXT)
    note_html = models.TextField(editable=False, blank=True)

    markdown_fields = ("note",)

    class Meta:
        ordering = ["exercise", "muscle__group", "muscle__position", "muscle__name"]
        constraints = [
            models.UniqueConstraint(fields=["exercise", "muscle"], name="unique_involvement_per_muscle"),
        ]

    def __str__(self):
        return f"{self.exercise}: {self.muscle} ({self.get_role_display()})"

    def render_markdown_fields(self):
        self.note_html = render_inline_markdown(self.note)

    @classmethod
    def publicly_cited(cls, now=None):
        return cls.objects.filter(published_rule("exercise__", now)).select_related("exercise")

    def citing_pages(self):
        return [self.exercise]
