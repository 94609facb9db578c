"""Exercises, the muscles they train, and the studies that back the claims."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from articles.markup import HELP_TEXT, cited_keys
from articles.models import (
    Illustrated,
    JointAction,
    KeepsOldSlugs,
    Muscle,
    MuscleGroup,
    Publishable,
    RenderedMarkdownModel,
)
from articles.social_cards import SocialCard


class Study(KeepsOldSlugs):
    """A published paper, cited in Markdown as ``[@<slug>]``."""

    slug = models.SlugField(unique=True, help_text="Cite it in Markdown as [@slug], e.g. [@maeo-2021].")
    authors = models.CharField(max_length=300, help_text="As cited, e.g. 'Maeo S, Huang M, Wu Y, et al.'")
    title = models.CharField(max_length=300)
    journal = models.CharField(max_length=200, help_text="Abbreviated, e.g. 'Med Sci Sports Exerc'.")
    year = models.PositiveSmallIntegerField()
    volume = models.CharField(max_length=20, blank=True)
    issue = models.CharField(max_length=20, blank=True)
    pages = models.CharField(max_length=30, blank=True)
    doi = models.CharField("DOI", max_length=200, blank=True, help_text="E.g. 10.1249/MSS.0000000000002523")
    finding = models.CharField(max_length=400, help_text="What the study found, in one plain sentence.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "authors"]
        verbose_name_plural = "studies"

    def __str__(self):
        first_author = self.authors.split(",")[0].strip()
        return f"{first_author} ({self.year}): {self.title}"

    def get_absolute_url(self):
        return reverse("exercises:study", kwargs={"slug": self.slug})

    def structured_data(self, origin):
        """The study as a schema.org ScholarlyArticle, for any page that cites it."""
        from .structured_data import scholarly_article

        return scholarly_article(self, origin)

    @property
    def doi_url(self):
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def citation(self):
        """Vancouver-style reference: authors. title. journal. year;vol(issue):pages."""
        text = f"{self.authors}. {self.title}. {self.journal}. {self.year}"
        if self.volume:
            text += f";{self.volume}"
            if self.issue:
                text += f"({self.issue})"
        if self.pages:
            text += f":{self.pages}"
        return text + "."


class Exercise(Publishable, RenderedMarkdownModel, Illustrated, KeepsOldSlugs):
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
    muscle_group = models.ForeignKey(
        MuscleGroup,
        on_delete=models.PROTECT,
        related_name="exercises",
        help_text="The guide that discusses this exercise.",
    )
    summary = models.CharField(max_length=300, help_text="One sentence for lists and cards.")
    equipment = models.CharField(max_length=20, choices=Equipment.choices)
    mechanics = models.CharField(max_length=20, choices=Mechanics.choices)
    description = models.TextField(help_text=HELP_TEXT)
    cues = models.TextField("coaching cues", blank=True, help_text="A Markdown list. " + HELP_TEXT)
    recommended = models.BooleanField(
        default=True, help_text="Untick for an exercise the guide discusses but leaves out."
    )
    verdict = models.TextField(
        blank=True,
        help_text="Why the guide recommends it, or why it is left out. " + HELP_TEXT,
    )
    joint_actions = models.ManyToManyField(JointAction, blank=True, related_name="exercises")
    substitutes = models.ManyToManyField("self", blank=True, symmetrical=False, related_name="substitute_for")
    position = models.PositiveSmallIntegerField(default=0, help_text="Lower comes first in the guide.")

    description_html = models.TextField(editable=False, blank=True)
    cues_html = models.TextField(editable=False, blank=True)
    verdict_html = models.TextField(editable=False, blank=True)

    markdown_fields = ("description", "cues", "verdict")

    class Meta:
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("exercises:detail", kwargs={"slug": self.slug})

    def social_card(self):
        """Reads ``muscle_group``: fetch it with select_related."""
        return SocialCard(
            kind="exercises",
            slug=self.slug,
            title=self.name,
            kicker=f"{self.muscle_group.name} exercise",
            url=reverse("exercises:social_card", kwargs={"slug": self.slug}),
        )

    def clean(self):
        super().clean()
        check_citations(self)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        sync_citations(self)

    def involvements_by_role(self):
        """Involvements grouped by role, in role order, from prefetched rows."""
        groups = {role: [] for role in MuscleInvolvement.Role.values}
        for involvement in self.involvements.all():
            groups[involvement.role].append(involvement)
        return [(MuscleInvolvement.Role(role), rows) for role, rows in groups.items() if rows]

    def muscle_roles(self, muscles):
        """``{muscle pk: role}`` for ``muscles``, from prefetched involvements.

        A head with no involvement of its own takes its muscle's: an editor who
        records "biceps femoris: primary" means both heads. Muscles the exercise
        has no record for are left out.
        """
        own = {involvement.muscle_id: involvement.role for involvement in self.involvements.all()}
        roles = {}
        for muscle in muscles:
            role = own.get(muscle.pk) or own.get(muscle.parent_id)
            if role:
                roles[muscle.pk] = role
        return roles


class MuscleInvolvement(models.Model):
    """How one exercise involves one muscle or head."""

    class Role(models.TextChoices):
        PRIMARY = "primary", "Primary"
        SECONDARY = "secondary", "Secondary"
        NOT_TRAINED = "not_trained", "Not trained"

    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="involvements")
    muscle = models.ForeignKey(Muscle, on_delete=models.CASCADE, related_name="involvements")
    role = models.CharField(max_length=12, choices=Role.choices)
    note = models.CharField(max_length=300, blank=True, help_text="Why, in one sentence.")

    class Meta:
        ordering = ["exercise", "muscle__group", "muscle__position", "muscle__name"]
        constraints = [
            models.UniqueConstraint(fields=["exercise", "muscle"], name="unique_involvement_per_muscle"),
        ]

    def __str__(self):
        return f"{self.exercise}: {self.muscle} ({self.get_role_display()})"


class CitationManager(models.Manager):
    def get_queryset(self):
        # A citation is never shown without its study: fetch them together,
        # including when a page prefetches ``citations``.
        return super().get_queryset().select_related("study")


class Citation(models.Model):
    """A study cited by a guide or an exercise, kept in step with their Markdown.

    Rows are written by ``sync_citations`` whenever the citing object is saved;
    they answer "which pages cite this study?" without scanning text.
    """

    study = models.ForeignKey(Study, on_delete=models.CASCADE, related_name="citations")
    guide = models.ForeignKey(MuscleGroup, null=True, blank=True, on_delete=models.CASCADE, related_name="citations")
    exercise = models.ForeignKey(Exercise, null=True, blank=True, on_delete=models.CASCADE, related_name="citations")
    position = models.PositiveSmallIntegerField(default=0)

    objects = CitationManager()

    class Meta:
        ordering = ["position"]
        base_manager_name = "objects"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(guide__isnull=True) ^ models.Q(exercise__isnull=True),
                name="citation_cites_from_guide_or_exercise",
            ),
            models.UniqueConstraint(fields=["study", "guide"], name="unique_citation_per_guide"),
            models.UniqueConstraint(fields=["study", "exercise"], name="unique_citation_per_exercise"),
        ]

    def __str__(self):
        return f"{self.source} cites {self.study}"

    @property
    def source(self):
        return self.guide or self.exercise


def validate_cited_studies(slugs):
    missing = set(slugs) - set(Study.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    if missing:
        raise ValidationError(
            "No study has the slug " + ", ".join(sorted(missing)) + ". Add the study first, or correct the citation."
        )


def citation_errors(texts):
    """``{field: message}`` for each Markdown text in ``texts`` that cites a study that does not exist."""
    cited = {field: cited_keys(text) for field, text in texts.items()}
    slugs = {slug for keys in cited.values() for slug in keys}
    known = set(Study.objects.filter(slug__in=slugs).values_list("slug", flat=True)) if slugs else set()
    errors = {}
    for field, keys in cited.items():
        missing = [slug for slug in keys if slug not in known]
        if missing:
            errors[field] = (
                "No study has the slug " + ", ".join(missing) + ". Add the study first, or correct the citation."
            )
    return errors


def check_citations(obj):
    """Raise a ValidationError on each Markdown field of ``obj`` that cites an unknown study."""
    errors = citation_errors({field: getattr(obj, field) for field in obj.markdown_fields})
    if errors:
        raise ValidationError(errors)


def sync_citations(source):
    """Make ``source``'s Citation rows match the studies its Markdown cites."""
    field = "guide" if isinstance(source, MuscleGroup) else "exercise"
    slugs = source.cited_study_slugs()
    studies = {study.slug: study for study in Study.objects.filter(slug__in=slugs)}
    Citation.objects.filter(**{field: source}).exclude(study__slug__in=slugs).delete()
    for position, slug in enumerate(slugs):
        if slug in studies:
            Citation.objects.update_or_create(study=studies[slug], **{field: source}, defaults={"position": position})
