"""Newsletter subscribers (one row per address, with the consent it gave), editions and their deliveries.

The database, not the code, guarantees there is never a second row for an
address: the stored address is unique and must be its normalised (lower-case)
spelling, so "Ann@Example.com" and "ann@example.com" collide on insert.
"""

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from core.models import RenderedMarkdownModel

from .addresses import normalise

# The email's own words for its Markdown: an email has no "On this page", and its links are made absolute.
EDITION_HELP_TEXT = (
    "Markdown: **bold**, *italic*, [link text](/guides/hamstrings/) (addresses on the site may start with '/'; "
    "the email links to the full address), lists with '- ', a subheading with '## '. Cite a study with its slug "
    "in square brackets, e.g. [@maeo-2021]; the email numbers it and lists the reference at its end. "
    "HTML and scripts are removed."
)


class SubscriberQuerySet(models.QuerySet):
    def status_counts(self):
        """How many subscribers are in each status, every status present (zero when none): one query."""
        counts = dict.fromkeys(Subscriber.Status.values, 0)
        for row in self.order_by().values("status").annotate(total=models.Count("id")):
            counts[row["status"]] = row["total"]
        return counts


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending (not yet confirmed)"
        CONFIRMED = "confirmed", "Confirmed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
        BOUNCED = "bounced", "Bounced (the mail server refused the address)"

    email = models.EmailField("email address", max_length=254, unique=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True)
    created_at = models.DateTimeField("signed up", auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField("confirmed", null=True, blank=True)
    unsubscribed_at = models.DateTimeField("unsubscribed", null=True, blank=True)
    consent_at = models.DateTimeField("consent given", help_text="When the reader last ticked the consent box.")
    consent_version = models.CharField(max_length=20, help_text="Which consent wording the reader agreed to.")
    source_page = models.CharField(
        max_length=200, blank=True, help_text="The page the reader signed up on, e.g. /guides/hamstrings/."
    )

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(email=Lower("email")), name="newsletter_email_is_lowercase"),
        ]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalise(self.email)
        super().save(*args, **kwargs)


class EditionQuerySet(models.QuerySet):
    def with_counts(self):
        """Each edition with how many of its emails are queued, sent and failed: one query for a whole list."""
        by_status = {
            f"{status}_count": models.Count("deliveries", filter=models.Q(deliveries__status=status))
            for status in Delivery.Status.values
        }
        return self.annotate(**by_status)


class Edition(RenderedMarkdownModel):
    """One newsletter email, written by an editor or a manager, sent by a manager to every confirmed reader.

    The body is Markdown through the site's pipeline (``core.markup``: sanitised, citations allowed),
    rendered once on save. Sending freezes the audience: one ``Delivery`` row per confirmed subscriber.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SCHEDULED = "scheduled", "Scheduled"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"

    subject = models.CharField(max_length=150, help_text="The email's subject line.")
    body = models.TextField(help_text=EDITION_HELP_TEXT)
    body_html = models.TextField(editable=False, blank=True)
    guides = models.ManyToManyField(
        "articles.MuscleGroup", blank=True, related_name="editions", help_text="Guides the email links to at its end."
    )
    exercises = models.ManyToManyField(
        "exercises.Exercise", blank=True, related_name="editions", help_text="Exercises the email links to at its end."
    )
    announces = models.OneToOneField(
        "articles.MuscleGroup",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="announcement",
        help_text="The new guide this edition was drafted to announce.",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT, editable=False)
    send_at = models.DateTimeField(
        "send at", null=True, blank=True, help_text="For “Schedule”: when sending starts (UTC)."
    )
    started_at = models.DateTimeField("sending started", null=True, blank=True, editable=False)
    finished_at = models.DateTimeField("sending finished", null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    markdown_fields = ("body",)
    objects = EditionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        permissions = [("send_edition", "Can send or schedule a newsletter edition")]

    def __str__(self):
        return self.subject

    @property
    def is_editable(self):
        """Drafts and scheduled editions can still change; once sending starts the text is what was sent."""
        return self.status in (self.Status.DRAFT, self.Status.SCHEDULED)


class Delivery(models.Model):
    """One edition to one subscriber: created when sending starts, so each reader gets at most one copy.

    A worker claims a queued row (row locking on PostgreSQL), marks it sending, hands the message to the
    mail server, then marks it sent. A row left "sending" by a worker that died is never sent again: it is
    marked failed, since the mail server may already have it (see newsletter/delivery.py). A row whose
    subscriber was deleted keeps its status, with no subscriber, and is never sent.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped (unsubscribed before sending)"

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="deliveries")
    # A deleted subscriber's rows stay, with no subscriber: past editions keep their counts (newsletter/forgetting.py).
    subscriber = models.ForeignKey(
        Subscriber, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, help_text="Queued rows wait until then.")
    claimed_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=64, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True, help_text="Why the last try failed.")

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [models.UniqueConstraint(fields=["edition", "subscriber"], name="newsletter_one_copy_each")]
        indexes = [models.Index(fields=["edition", "status", "next_attempt_at"], name="newsletter_delivery_queue")]

    def __str__(self):
        return f"{self.edition} to {self.subscriber or 'a deleted subscriber'}"


class EditionTest(models.Model):
    """One "Send a test to me": where it went and what the mail server made of it, for the edition's page.

    The task updates this row, so a test the server refused (or that waits for a retry) is seen by the
    person who asked, not only in the worker's log.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to be sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="tests")
    address = models.EmailField(max_length=254)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    requested_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True, help_text="Why the last try failed.")

    class Meta:
        ordering = ["-requested_at", "-pk"]

    def __str__(self):
        return f"Test of {self.edition} to {self.address}"
