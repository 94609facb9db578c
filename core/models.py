"""Abstract models every content app builds on, and the one concrete model they share.

Nothing here knows what a guide, an exercise or a study is:

- ``Publishable``: draft, scheduled or published, with one publication rule
  (``published_rule``, ``PublishableQuerySet.published()``) that every public query uses.
- ``RenderedMarkdownModel``: editor Markdown rendered to sanitised HTML once, on save.
- ``KeepsOldSlugs`` and ``SlugRedirect``: a public page whose slug changes keeps
  its old address working with a 301.
- ``Illustrated``: an image stored as renditions (see ``images``).
- ``OwedPageRefresh``: a page-cache refresh the cache missed, replayed once it answers
  (see ``page_cache``).
"""

from functools import partial

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.signals import post_delete, pre_save
from django.dispatch import Signal, receiver
from django.utils import timezone

from . import images
from .markup import (
    CITATION_SYNTAX,
    markdown_refusal,
    removed_markup,
    removed_markup_message,
    render_markdown,
)


def published_rule(through="", now=None):
    """The publication rule, written once: published, and the publish date reached.

    ``through`` applies it across a relation (``"exercise__"``: the row's exercise is
    published). That filter joins the two tables, so the database can start from the
    smaller one; an ``exercise__in=<published exercises>`` subquery made SQLite look up
    every guide and exercise pair instead. ``now`` is the moment to judge by, a datetime
    or an expression (search compiles the rule once, with a parameter standing for the
    moment); by default, now.
    """
    now = timezone.now() if now is None else now
    return models.Q(**{f"{through}status": Publishable.Status.PUBLISHED, f"{through}published_at__lte": now})


def shown_rule(show_drafts, through="", rule=published_rule):
    """What a page shows across a relation: everything to an editor previewing drafts, else ``rule(through)``.

    ``rule`` is ``published_rule`` or a model's own (a workout's asks its guide too).
    """
    return models.Q() if show_drafts else rule(through)


def publication_state(status, published_at, now=None):
    """``published_rule`` for one item's values: "draft", "scheduled" (published, its date to come) or "published"."""
    if status != Publishable.Status.PUBLISHED:
        return "draft"
    now = timezone.now() if now is None else now
    return "published" if published_at <= now else "scheduled"


class PublishableQuerySet(models.QuerySet):
    """Every public list, page, feed and sitemap asks ``published()`` (or ``published_rule`` across a relation)."""

    def published(self, now=None):
        """What readers may see, at ``now`` (see ``published_rule``)."""
        return self.filter(published_rule(now=now))

    def scheduled(self):
        """Published with a date still to come: hidden from readers until then."""
        return self.filter(status=Publishable.Status.PUBLISHED, published_at__gt=timezone.now())

    def drafts(self):
        return self.filter(status=Publishable.Status.DRAFT)

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
        help_text="Set to the moment it is published. Give a future date to schedule it: it stays hidden until then.",
    )
    updated_at = models.DateTimeField(auto_now=True)
    # Once published (or scheduled), readers may have seen or linked to it: only superusers may delete it then.
    ever_published = models.BooleanField(default=False, editable=False)

    objects = PublishableQuerySet.as_manager()

    # Changes to a published item may be kept as a draft first (``DraftChange``, ``core.admin.DraftChangesMixin``).
    has_draft_changes = True

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        changed = self.date_publication()
        # Read by post_save receivers (the newsletter's new-guide announcement): true only on the save that
        # first makes the item published or scheduled, whatever route published it.
        self.published_for_the_first_time = self.status == self.Status.PUBLISHED and not self.ever_published
        if self.published_for_the_first_time:
            self.ever_published = changed = True
        if changed and kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "published_at", "ever_published"}
        super().save(*args, **kwargs)

    def date_publication(self, now=None):
        """The one publish-date rule, whatever route publishes: the moment it becomes published.

        A draft (or a new item) saved as published gets the current time unless
        its date is in the future, which schedules it. A date from when the draft
        was first opened would back-date it in the feed. Returns whether the date changed.
        """
        now = now or timezone.now()
        if self.status != self.Status.PUBLISHED or self.published_at > now:
            return False
        if not self._state.adding:
            stored = type(self)._meta.base_manager.filter(pk=self.pk).values_list("status", flat=True).first()
            if stored == self.Status.PUBLISHED:
                return False
        self.published_at = now
        return True

    def publish_now(self):
        """Published from this moment, even if it was scheduled for later ("Publish now")."""
        self.status = self.Status.PUBLISHED
        self.published_at = timezone.now()

    @property
    def is_public(self):
        return self.publication_state == "published"

    @property
    def publication_state(self):
        """ "draft", "scheduled" (published, with a date still to come) or "published"."""
        return publication_state(self.status, self.published_at)


PLAIN_FIELD_CITATION = (
    "Citations work only in the longer texts written in Markdown; here readers would see the brackets as typed. "
    "Cite the study in the text instead."
)


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

    def clean(self):
        """Refuse a text the page could not show as written: too costly or too deep to render, with HTML it would drop,
        or a citation in a plain field (a summary), where readers would see ``[@maeo-2021]`` as typed."""
        super().clean()
        errors = {
            field.name: PLAIN_FIELD_CITATION
            for field in self._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField)
            and field.editable
            and field.name not in self.markdown_fields
            and CITATION_SYNTAX.search(getattr(self, field.name) or "")
        }
        for name in self.markdown_fields:
            text = getattr(self, name)
            if refusal := markdown_refusal(text):
                errors[name] = refusal
            elif removed := removed_markup(text):
                errors[name] = removed_markup_message(removed)
        if errors:
            raise ValidationError(errors)

    @classmethod
    def stored_texts(cls, prefix=""):
        """The Markdown sources and their HTML, the long columns: ``defer()`` them where a page only links to rows.

        ``prefix`` reaches the model from another ("exercise__" from a GuideExercise).
        """
        return [f"{prefix}{name}{suffix}" for name in cls.markdown_fields for suffix in ("", "_html")]

    def render_markdown_fields(self):
        for field in self.markdown_fields:
            setattr(self, f"{field}_html", render_markdown(getattr(self, field), anchor_prefix=field.replace("_", "-")))


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
            models.UniqueConstraint(fields=["content_type", "old_slug"], name="core_unique_old_slug_per_type"),
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
            before = type(self)._meta.base_manager.filter(pk=self.pk).values(*fields).first()
        super().save(*args, **kwargs)
        if before and before["slug"] != self.slug:
            was_public = (
                "status" not in before or publication_state(before["status"], before["published_at"]) == "published"
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
        stored = None
        if not self._state.adding:
            stored = type(self)._meta.base_manager.filter(pk=self.pk).values("image", "image_renditions").first()
        before = images.files_of(stored["image"], stored["image_renditions"]) if stored else set()
        # A name other than the stored one is a file chosen in a form and not yet stored.
        if self.image and self.image.name != (stored["image"] if stored else None):
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


@receiver(post_delete, dispatch_uid="core.delete_image_files")
def delete_image_files(sender, instance, **kwargs):
    if isinstance(instance, Illustrated):
        files = images.files_of(instance.image.name, instance.image_renditions)
        if files:
            transaction.on_commit(partial(images.delete_files, files))


class DraftChangeQuerySet(models.QuerySet):
    def of(self, obj):
        """The draft of ``obj`` (at most one), found by its content type and primary key."""
        return self.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)


class DraftChange(models.Model):
    """Changes an editor prepared for a saved page, kept aside until published: readers see the saved page meanwhile.

    One per object: the change form as the editor submitted it (the object's
    fields and its inline rows, as the form's field names and values), which
    the admin shows again in the form and saves through its usual path when the
    editor publishes it (see ``core.admin.DraftChangesMixin``). The form carries
    the version it started from, so a draft of a page that changed since says so.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    form_data = models.JSONField(help_text="The submitted form: {field name: [values]}.")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    saved_at = models.DateTimeField(auto_now=True)

    objects = DraftChangeQuerySet.as_manager()

    class Meta:
        verbose_name = "draft change"
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="core_one_draft_change_per_object"),
        ]

    def __str__(self):
        return f"Draft changes to {self.content_type.name} {self.object_id}"


@receiver(pre_save, dispatch_uid="core.keep_ever_published")
def keep_ever_published(sender, instance, raw=False, **kwargs):
    """Once published, always "ever published", whatever a raw save writes.

    A restored version (django-reversion saves it raw, as loaddata does) carries the flag
    as it was then: restoring a version from before the first publication would make a
    published page deletable by an editor again (only superusers may delete those).
    """
    if not raw or not issubclass(sender, Publishable) or instance.ever_published or instance.pk is None:
        return
    if sender._meta.base_manager.filter(pk=instance.pk, ever_published=True).exists():
        instance.ever_published = True


@receiver(post_delete, dispatch_uid="core.delete_draft_changes")
def delete_draft_changes(sender, instance, **kwargs):
    """A deleted page's prepared changes go with it: nothing could ever show or publish them.

    Only models that may have drafts (``has_draft_changes``) are looked at, so deleting other rows
    (sessions, subscribers) costs no query.
    """
    if getattr(sender, "has_draft_changes", False):
        DraftChange.objects.of(instance).delete()


class OwedPageRefresh(models.Model):
    """A refresh of the page cache that could not reach the cache (down, hung, or resting after failing).

    ``core.page_cache`` writes one row for each refresh it owes, in the transaction of the save that
    asked for it (a save rolled back owes nothing), and the first process whose cache answers again
    replays them all with one new generation and deletes them. The row carries nothing else: the
    replay reads the publication dates to come from the content itself.
    """

    owed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "owed page-cache refresh"

    def __str__(self):
        return f"Page-cache refresh owed since {self.owed_at:%Y-%m-%d %H:%M:%S}"
