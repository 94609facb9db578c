"""Muscle-group guides and the anatomy they teach.

A guide is written about one muscle group (hamstrings, quadriceps, ...). The
group is made of muscles, some of which have heads (biceps femoris has a long
and a short head); each muscle crosses joints and performs joint actions.
Which exercises a guide recommends is said in ``exercises`` (``GuideExercise``),
which builds on this app.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.text import capfirst

from core.diagram import SHAPE_ID_PATTERN, shape_ids, validate_svg
from core.markup import HELP_TEXT, cited_keys
from core.models import Illustrated, KeepsOldSlugs, Publishable, RenderedMarkdownModel
from core.social_cards import SocialCard
from studies.models import CitesStudies

from . import atlas


class Author(models.Model):
    """Who wrote a guide: a real person or the site's own team, never an invented one."""

    name = models.CharField(max_length=120, unique=True)
    bio = models.TextField(
        help_text="Two or three sentences shown under each guide. Claim only credentials the person really has."
    )
    is_team = models.BooleanField(
        "the site's own team",
        default=False,
        help_text="Tick for a byline such as 'Muscle Guide editors': credited as an organisation, not a person.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class MuscleGroup(Publishable, CitesStudies, Illustrated, KeepsOldSlugs):
    """A muscle group and the guide written about it."""

    name = models.CharField(max_length=80, unique=True, help_text="E.g. Hamstrings.")
    slug = models.SlugField(
        unique=True,
        help_text="The guide's address, e.g. quadriceps for /guides/quadriceps/. "
        "Changing it later keeps the old address working.",
    )
    title = models.CharField(max_length=160, help_text="The guide's headline.")
    aliases = models.CharField(
        "other names",
        max_length=200,
        blank=True,
        help_text="Other names readers search for, separated by commas, e.g. 'quads' for the quadriceps.",
    )
    summary = models.CharField(max_length=300, help_text="One or two sentences for lists and search results.")
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="guides")
    introduction = models.TextField(help_text=HELP_TEXT)
    anatomy = models.TextField(help_text="Shown above the anatomy table. " + HELP_TEXT)
    exercises_intro = models.TextField(
        "exercises introduction", blank=True, help_text="Shown above the recommended exercises. " + HELP_TEXT
    )
    left_out_intro = models.TextField(
        "left-out exercises introduction",
        blank=True,
        help_text="Shown above the exercises discussed but not recommended. " + HELP_TEXT,
    )
    wrap_up = models.TextField(blank=True, help_text=HELP_TEXT)
    sources = models.TextField(
        blank=True,
        help_text="Further reading the guide draws on, e.g. a published article it follows. " + HELP_TEXT,
    )
    position = models.PositiveSmallIntegerField(default=0, help_text="Lower comes first in lists.")
    diagram_svg = models.TextField(
        "anatomy diagram (SVG)",
        blank=True,
        validators=[validate_svg],
        help_text=(
            "An SVG drawing of the muscle group, shown on the guide, exercise and workout pages. Give each "
            "muscle's shape an id and enter it on the muscle; a text element with the id <shape id>-label "
            "becomes its label. Plain SVG only: no scripts, styles, event attributes or outside references."
        ),
    )

    introduction_html = models.TextField(editable=False, blank=True)
    anatomy_html = models.TextField(editable=False, blank=True)
    exercises_intro_html = models.TextField(editable=False, blank=True)
    left_out_intro_html = models.TextField(editable=False, blank=True)
    wrap_up_html = models.TextField(editable=False, blank=True)
    sources_html = models.TextField(editable=False, blank=True)

    markdown_fields = ("introduction", "anatomy", "exercises_intro", "left_out_intro", "wrap_up", "sources")

    class Meta:
        ordering = ["position", "name"]
        verbose_name = "muscle-group guide"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:guide", kwargs={"slug": self.slug})

    def social_card(self):
        return SocialCard(
            kind="guides",
            slug=self.slug,
            title=self.title,
            kicker=f"{self.name} guide",
            url=reverse("articles:social_card", kwargs={"slug": self.slug}),
        )


class Joint(models.Model):
    name = models.CharField(max_length=40, unique=True, help_text="E.g. hip, knee.")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class JointAction(models.Model):
    """A movement at a joint (hip extension, knee flexion, ...)."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(unique=True)
    joint = models.ForeignKey(Joint, on_delete=models.PROTECT, related_name="actions")
    description = models.TextField(help_text="What the action is, in plain words, for a reader.")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


def validate_atlas_shapes(value):
    unknown = [shape for shape in value or [] if shape not in atlas.BY_ID] if isinstance(value, list) else [value]
    if unknown:
        raise ValidationError(f"The atlas has no shape {', '.join(map(str, unknown))}. Pick shapes from the list.")


class AtlasShapesField(models.JSONField):
    """A list of atlas shape ids, stored as JSON and edited as checkboxes grouped by view."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("validators", [validate_atlas_shapes])
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=atlas.choices(),
            required=False,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple(attrs={"class": "atlas-choices"}),
        )


class Muscle(models.Model):
    """A muscle of a group, or a head of a muscle (``parent`` set)."""

    group = models.ForeignKey(MuscleGroup, on_delete=models.CASCADE, related_name="muscles")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="heads",
        help_text="Set this for a head, e.g. the long head of biceps femoris.",
    )
    name = models.CharField(max_length=80)
    slug = models.SlugField()
    origin = models.CharField(max_length=200, blank=True)
    insertion = models.CharField(max_length=200, blank=True)
    joints = models.ManyToManyField(Joint, blank=True, related_name="muscles", help_text="The joints it crosses.")
    actions = models.ManyToManyField(JointAction, blank=True, related_name="muscles")
    notes = models.CharField(max_length=300, blank=True, help_text="One plain sentence for the anatomy table.")
    position = models.PositiveSmallIntegerField(default=0)
    svg_shape_id = models.CharField(
        "diagram shape id",
        max_length=80,
        blank=True,
        validators=[RegexValidator(SHAPE_ID_PATTERN, "Use the shape's id: a letter, then letters, digits, - or _.")],
        help_text="Only for a guide with its own drawing: the id of this muscle's shape in it, e.g. hs-semitendinosus.",
    )
    atlas_shapes = AtlasShapesField(
        "shapes in the body atlas",
        help_text="Tick where this muscle or head is in the site's body atlas, front or back view (both, if it "
        "shows in both). Every page then marks it there: the guide's diagram, and what each exercise trains. "
        "A muscle drawn as its heads needs no shape of its own: tick the heads' shapes on the heads.",
    )

    class Meta:
        ordering = ["group", "position", "name"]
        constraints = [
            models.UniqueConstraint(fields=["group", "slug"], name="unique_muscle_slug_per_group"),
        ]

    def __str__(self):
        return f"{self.parent.name} {self.name.lower()}" if self.parent_id else self.name

    @property
    def is_head(self):
        return self.parent_id is not None

    def clean(self):
        super().clean()
        if self.parent_id and self.parent.group_id != self.group_id:
            raise ValidationError({"parent": "A head must belong to a muscle of the same group."})
        if self.parent_id and self.parent.parent_id:
            raise ValidationError({"parent": "A head cannot have heads of its own."})
        if self.svg_shape_id and self.group_id:
            self.clean_svg_shape_id()

    def clean_svg_shape_id(self):
        if self.svg_shape_id not in shape_ids(self.group.diagram_svg):
            raise ValidationError(
                {"svg_shape_id": f"The {self.group.name} diagram has no shape with the id “{self.svg_shape_id}”."}
            )
        taken = Muscle.objects.filter(group_id=self.group_id, svg_shape_id=self.svg_shape_id).exclude(pk=self.pk)
        if other := taken.first():
            raise ValidationError({"svg_shape_id": f"{other} already uses this shape."})


def split_spellings(text):
    """The other spellings an editor listed, one per line or separated by commas, without blanks."""
    return [part.strip() for line in (text or "").splitlines() for part in line.split(",") if part.strip()]


class GlossaryTerm(Publishable, RenderedMarkdownModel):
    """A word the guides use that readers may not know, defined once on the glossary page.

    Guide, exercise and workout pages link the first place each published term
    appears to its definition (``articles.glossary``).
    """

    term = models.CharField(max_length=80, unique=True, help_text="As readers see it in a sentence, e.g. hip hinge.")
    slug = models.SlugField(
        unique=True, help_text="Its anchor on the glossary page: /glossary/#<slug>, e.g. hip-hinge."
    )
    also_matches = models.TextField(
        "other spellings",
        blank=True,
        help_text="Plurals and other spellings that should link here too, one per line or separated by commas, "
        "e.g. hip hinges. Case does not matter.",
    )
    definition = models.TextField(
        help_text="One to three plain sentences, in the site's own words. Markdown: **bold**, *italic*, "
        "[link text](https://example.org). Cite studies in the guides, not here."
    )
    definition_html = models.TextField(editable=False, blank=True)

    markdown_fields = ("definition",)

    class Meta:
        ordering = ["term"]
        verbose_name = "glossary term"

    def __str__(self):
        return self.term

    def get_absolute_url(self):
        return f"{reverse('articles:glossary')}#{self.slug}"

    @property
    def spellings(self):
        """The term and its other spellings, each once (case aside)."""
        spellings = {}
        for spelling in [self.term, *split_spellings(self.also_matches)]:
            spellings.setdefault(" ".join(spelling.lower().split()), spelling)
        return list(spellings.values())

    def clean(self):
        super().clean()
        if cited_keys(self.definition):
            raise ValidationError({"definition": "The glossary has no reference list: cite studies in the guides."})
        mine = {spelling.lower() for spelling in self.spellings}
        for other in GlossaryTerm.objects.exclude(pk=self.pk):
            shared = mine & {spelling.lower() for spelling in other.spellings}
            if shared:
                raise ValidationError(
                    {"also_matches": f"“{', '.join(sorted(shared))}” already links to the term “{other.term}”."}
                )
