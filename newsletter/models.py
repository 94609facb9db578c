"""Newsletter subscribers: one row per address, with the consent it gave.

The database, not the code, guarantees there is never a second row for an
address: the stored address is unique and must be its normalised (lower-case)
spelling, so "Ann@Example.com" and "ann@example.com" collide on insert.
"""

from django.db import models
from django.db.models.functions import Lower

from .addresses import normalise


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
