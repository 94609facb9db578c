"""Muscle-group guides and the anatomy they teach.

A guide is written about one muscle group (hamstrings, quadriceps, ...). The
group is made of muscles, some of which have heads (biceps femoris has a long
and a short head); each muscle crosses joints and performs joint actions.
"""

from functools import partial

from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import Signal, receiver
from django.urls import reverse
from django.utils import timezone

from . import images
from .diagram import SHAPE_ID_PATTERN, shape_ids, validate_svg
from .markup import HELP_TEXT, cited_keys, render_markdown
from .social_cards import SocialCard


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: published, and due."""
        return self.filter(status=Publishable.Status.PUBLISHED, published_at__lte=timezone.now())

    def visible_to(self, user):
        """Staff preview drafts and scheduled items at their URL; everyone else sees published ones."""
        return self if user.is_staff else self.published()


class Publishable(models.Model):
    """Draft, published or scheduled (published with a future date)."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        "publish date",
        default=timezone.now,
        help_text="A published item with a future date stays hidden until then.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED and self.published_at <= timezone.now()

    @property
    def publication_state(self):
        """ "draft", "scheduled" (published, with a date still to come) or "published"."""
        if self.status == self.Status.DRAFT:
            return "draft"
        return "published" if self.published_at <= timezone.now() else "scheduled"


class RenderedMarkdownModel(models.Model):
    """Renders Markdown fields to stored HTML on save.

    ``markdown_fields`` names the Markdown source fields; each has an
    ``<name>_html`` sibling holding its sanitised rendering, so pages never
    render Markdown on a request.
    """

    markdown_fields = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.render_markdown_fields()
        super().save(*args, **kwargs)

    def cited_study_slugs(self):
        """Slugs of the studies this object's Markdown cites, first citation first."""
        slugs = []
        for field in self.markdown_fields:
            slugs.extend(cited_keys(getattr(self, field)))
        return list(dict.fromkeys(slugs))

    def render_markdown_fields(self):
        for field in self.markdown_fields:
            setattr(self, f"{field}_html", render_markdown(getattr(self, field)))


# Sent after an object of a KeepsOldSlugs model is saved with a new slug:
# ``sender`` is the model, with ``instance`` and ``old_slug``.
slug_changed = Signal()


class SlugRedirectManager(models.Manager):
    def record_move(self, obj, old_slug, was_public):
        """Remember that ``obj`` left ``old_slug``, if readers could have seen it there."""
        content_type = ContentType.objects.get_for_model(obj)
        # The object now lives at its new slug, so an old redirect from there is moot.
        self.filter(content_type=content_type, old_slug=obj.slug).delete()
        if was_public:
            self.update_or_create(content_type=content_type, old_slug=old_slug, defaults={"object_id": obj.pk})

    def find(self, queryset, old_slug):
        """The object of ``queryset`` that used to live at ``old_slug``, or None."""
        moved = self.filter(content_type=ContentType.objects.get_for_model(queryset.model), old_slug=old_slug).values(
            "object_id"
        )
        return queryset.prefetch_related(None).filter(pk__in=moved).first()


class SlugRedirect(models.Model):
    """An old slug of a published page, so links to its old address keep working (301)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    old_slug = models.SlugField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SlugRedirectManager()

    class Meta:
        verbose_name = "old address"
        verbose_name_plural = "old addresses"
        constraints = [
            models.UniqueConstraint(fields=["content_type", "old_slug"], name="unique_old_slug_per_type"),
        ]

    def __str__(self):
        return f"{self.content_type.name}: {self.old_slug}"


class KeepsOldSlugs(models.Model):
    """Records the old slug of a public page whose slug changes, for a 301 from the old URL."""

    slug_redirects = GenericRelation(SlugRedirect)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        before = None
        if not self._state.adding:
            fields = ["slug", "status", "published_at"] if isinstance(self, Publishable) else ["slug"]
            before = type(self)._base_manager.filter(pk=self.pk).values(*fields).first()
        super().save(*args, **kwargs)
        if before and before["slug"] != self.slug:
            was_public = "status" not in before or (
                before["status"] == Publishable.Status.PUBLISHED and before["published_at"] <= timezone.now()
            )
            SlugRedirect.objects.record_move(self, before["slug"], was_public)
            slug_changed.send(sender=type(self), instance=self, old_slug=before["slug"])


class Illustrated(models.Model):
    """A photo or illustration, stored as resized renditions (see ``images``).

    The raw upload is never stored: on save it is checked, cleaned of metadata
    and written as renditions whose names go in ``image_renditions``, so pages
    build ``<picture>`` markup without a query. Files an object no longer uses
    are deleted once the transaction commits.
    """

    image = models.ImageField(
        upload_to="images/",
        blank=True,
        validators=[images.validate_upload],
        help_text=images.HELP_TEXT,
    )
    image_alt = models.CharField(
        "alt text",
        max_length=250,
        blank=True,
        help_text="Required with an image: what it shows, for readers who cannot see it. "
        "E.g. 'Lifter at the bottom of a Romanian deadlift, back flat'.",
    )
    image_renditions = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        before = set()
        if not self._state.adding:
            stored = type(self)._base_manager.filter(pk=self.pk).values("image", "image_renditions").first()
            before = images.files_of(stored["image"], stored["image_renditions"]) if stored else set()
        if self.image and not self.image._committed:
            directory = f"images/{self._meta.app_label}/{self._meta.model_name}"
            self.image, self.image_renditions = images.store(self.image.file, directory)
        elif not self.image:
            self.image_renditions = []
        super().save(*args, **kwargs)
        stale = before - images.files_of(self.image.name, self.image_renditions)
        if stale:
            transaction.on_commit(partial(images.delete_files, stale))

    def clean(self):
        super().clean()
        if self.image and not self.image_alt.strip():
            raise ValidationError({"image_alt": "Describe the image for readers who cannot see it."})

    @property
    def picture(self):
        """What ``includes/picture.html`` needs, or None without an image."""
        if not self.image_renditions:
            return None
        return images.Picture.from_renditions(self.image_renditions, self.image_alt)


@receiver(post_delete, dispatch_uid="articles.delete_image_files")
def delete_image_files(sender, instance, **kwargs):
    if isinstance(instance, Illustrated):
        files = images.files_of(instance.image.name, instance.image_renditions)
        if files:
            transaction.on_commit(partial(images.delete_files, files))


class Author(models.Model):
    name = models.CharField(max_length=120, unique=True)
    bio = models.TextField(help_text="Two or three sentences shown under each guide.")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class MuscleGroup(Publishable, RenderedMarkdownModel, Illustrated, KeepsOldSlugs):
    """A muscle group and the guide written about it."""

    name = models.CharField(max_length=80, unique=True, help_text="E.g. Hamstrings.")
    slug = models.SlugField(
        unique=True,
        help_text="The guide's address, e.g. quadriceps for /guides/quadriceps/. "
        "Changing it later keeps the old address working.",
    )
    title = models.CharField(max_length=160, help_text="The guide's headline.")
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

    markdown_fields = ("introduction", "anatomy", "exercises_intro", "left_out_intro", "wrap_up")

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
        help_text="The id of this muscle's shape in the group's anatomy diagram, e.g. hs-semitendinosus.",
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
