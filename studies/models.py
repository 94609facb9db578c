"""The evidence: studies, and which pages cite them.

Editors cite a study in any Markdown field as ``[@slug]``. A model whose
Markdown may cite studies inherits ``CitesStudies``: its citations are checked
when it is validated (an unknown slug is an error on the field) and its
``Citation`` rows are rewritten from the Markdown whenever it is saved, so the
rows never disagree with the text. A study is public only while a page readers
can see cites it (``StudyQuerySet.published()``).
"""

from django.apps import apps
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.dispatch import receiver
from django.urls import reverse

from core.markup import citations_in_attributes, cited_keys, rename_citation
from core.models import KeepsOldSlugs, RenderedMarkdownModel, slug_changed

from .doi import INVALID, bare_doi, is_doi


class StudyQuerySet(models.QuerySet):
    def published(self, now=None):
        """Studies cited by at least one page readers can see; a study nothing public cites stays hidden."""
        return self.filter(pk__in=Citation.objects.public(now).values("study"))

    def visible_to(self, user):
        return self if user.is_staff else self.published()


class Study(KeepsOldSlugs):
    """A published paper, cited in Markdown as ``[@<slug>]``, with what a reader needs to weigh it."""

    class Design(models.TextChoices):
        META_ANALYSIS = "meta_analysis", "Systematic review and meta-analysis"
        SYSTEMATIC_REVIEW = "systematic_review", "Systematic review"
        RANDOMISED_TRIAL = "randomised_trial", "Randomised controlled trial"
        WITHIN_PARTICIPANT = "within_participant", "Within-participant trial (one leg or arm against the other)"
        SINGLE_GROUP = "single_group", "Single-group training study"
        ACUTE_EMG = "acute_emg", "Acute EMG study (muscle activity in one session)"
        OTHER = "other", "Other"

    class TrainingStatus(models.TextChoices):
        TRAINED = "trained", "Trained"
        UNTRAINED = "untrained", "Untrained"
        MIXED = "mixed", "Trained and untrained"
        NOT_STATED = "not_stated", "Not stated"

    # The evidence type in a word or two, shown beside every numbered reference.
    EVIDENCE_TYPES = {
        Design.META_ANALYSIS: "meta-analysis",
        Design.SYSTEMATIC_REVIEW: "systematic review",
        Design.RANDOMISED_TRIAL: "randomised trial",
        Design.WITHIN_PARTICIPANT: "within-participant trial",
        Design.SINGLE_GROUP: "training study",
        Design.ACUTE_EMG: "EMG study",
        Design.OTHER: "study",
    }

    slug = models.SlugField(unique=True, help_text="Cite it in Markdown as [@slug], e.g. [@maeo-2021].")
    authors = models.CharField(max_length=300, help_text="As cited, e.g. 'Maeo S, Huang M, Wu Y, et al'.")
    title = models.CharField(max_length=300)
    journal = models.CharField(max_length=200, help_text="Abbreviated, e.g. 'Med Sci Sports Exerc'.")
    year = models.PositiveSmallIntegerField()
    volume = models.CharField(max_length=20, blank=True)
    issue = models.CharField(max_length=20, blank=True)
    pages = models.CharField(max_length=30, blank=True)
    doi = models.CharField("DOI", max_length=200, blank=True, help_text="E.g. 10.1249/MSS.0000000000002523")
    design = models.CharField(max_length=20, choices=Design.choices, default=Design.OTHER)
    participants = models.PositiveIntegerField(
        "number of participants", null=True, blank=True, help_text="Leave empty if the paper does not say."
    )
    population = models.CharField(
        max_length=120, blank=True, help_text="Who took part, in a few words, e.g. 'healthy adults'."
    )
    training_status = models.CharField(max_length=12, choices=TrainingStatus.choices, default=TrainingStatus.NOT_STATED)
    duration = models.CharField(
        max_length=120, blank=True, help_text="E.g. '12 weeks, twice a week'. Empty for a one-session study."
    )
    measure = models.CharField(
        "outcome measured",
        max_length=120,
        blank=True,
        help_text="How the outcome was measured, e.g. 'muscle volume by MRI', 'muscle thickness by ultrasound'.",
    )
    finding = models.CharField(
        max_length=400, help_text="What the study as a whole found, in one or two plain sentences."
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = StudyQuerySet.as_manager()

    # An editor may keep changes to a cited study as a draft (``core.admin.DraftChangesMixin``).
    has_draft_changes = True

    class Meta:
        ordering = ["-year", "authors"]
        verbose_name_plural = "studies"

    def clean(self):
        super().clean()
        self.doi = bare_doi(self.doi)
        if self.doi and not is_doi(self.doi):
            raise ValidationError({"doi": INVALID})

    def __str__(self):
        first_author = self.authors.split(",")[0].strip()
        return f"{first_author} ({self.year}): {self.title}"

    def get_absolute_url(self):
        return reverse("studies:detail", kwargs={"slug": self.slug})

    @property
    def is_public(self):
        """Whether readers can open the study now: a published page cites it (one query)."""
        return Study.objects.published().filter(pk=self.pk).exists()

    @property
    def evidence_type(self):
        return self.EVIDENCE_TYPES.get(self.design, "study")

    @property
    def doi_url(self):
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def citation(self):
        """Vancouver-style reference: authors. title. journal. year;vol(issue):pages."""
        text = "".join(sentence(part) + " " for part in (self.authors, self.title, self.journal) if part.strip())
        text += str(self.year)
        if self.volume:
            text += f";{self.volume}"
            if self.issue:
                text += f"({self.issue})"
        if self.pages:
            text += f":{self.pages}"
        return text + "."


def sentence(text):
    """``text`` ending with one full stop, unless it already ends with a question or exclamation mark."""
    text = text.strip().rstrip(".")
    return text if text.endswith(("?", "!")) else text + "."


class CitationQuerySet(models.QuerySet):
    def public(self, now=None):
        """Citations made by text readers can see (at ``now``, see ``PublishableQuerySet.published``)."""
        shown = Q(pk__in=[])
        for model in citing_models():
            meta = model._meta
            shown |= Q(
                content_type__app_label=meta.app_label,
                content_type__model=meta.model_name,
                object_id__in=model.publicly_cited(now).values("pk"),
            )
        return self.filter(shown)


class Citation(models.Model):
    """One page's (or one text's) citation of a study, written from its Markdown on save.

    The rows answer "which pages cite this study?" without scanning text, and
    decide whether a study is public.
    """

    study = models.ForeignKey(Study, on_delete=models.PROTECT, related_name="citations")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    source = GenericForeignKey("content_type", "object_id")
    position = models.PositiveSmallIntegerField(default=0, help_text="Order of first citation in the text.")

    objects = CitationQuerySet.as_manager()

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "study"], name="unique_citation_per_source"),
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="citation_source")]

    def __str__(self):
        return f"{self.content_type.name} {self.object_id} cites {self.study.slug}"


class CitesStudies(RenderedMarkdownModel):
    """Markdown that may cite studies: citations are checked on validation and kept in ``Citation`` rows on save.

    ``publicly_cited()`` says which rows readers can see (by default the
    published ones) and ``citing_pages()`` on which pages an object's text
    appears, for the study page's "cited by" list.
    """

    citations = GenericRelation(Citation, related_query_name="%(app_label)s_%(class)s")

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = citation_errors({field: getattr(self, field) for field in self.markdown_fields})
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        sync_citations(self)

    def cited_study_slugs(self):
        """Slugs of the studies this object's Markdown cites, first citation first."""
        return list(dict.fromkeys(slug for field in self.markdown_fields for slug in cited_keys(getattr(self, field))))

    @classmethod
    def publicly_cited(cls, now=None):
        """The rows whose text readers can see, with what ``citing_pages`` reads."""
        return cls.objects.published(now)

    def citing_pages(self):
        """The pages on which this object's text appears."""
        return [self]


def citing_models():
    """Every installed model whose Markdown may cite studies."""
    return [model for model in apps.get_models() if issubclass(model, CitesStudies)]


def unknown_study_message(slugs):
    return "No study has the slug " + ", ".join(slugs) + ". Add the study first, or correct the citation."


def misplaced_citation_message(slugs):
    first = slugs[0]
    return (
        f"The citation [@{first}] is inside a link's address or title, where no reference can show. "
        f"Put it after the link instead, e.g. [link text](https://example.org) [@{first}]."
    )


def citation_errors(texts):
    """``{field: message}`` for each Markdown text in ``texts`` citing a missing study, or citing inside a link."""
    cited = {field: cited_keys(text) for field, text in texts.items()}
    slugs = {slug for keys in cited.values() for slug in keys}
    known = set(Study.objects.filter(slug__in=slugs).values_list("slug", flat=True)) if slugs else set()
    errors = {}
    for field, keys in cited.items():
        missing = [slug for slug in keys if slug not in known]
        if missing:
            errors[field] = unknown_study_message(missing)
        elif misplaced := citations_in_attributes(texts[field]):
            errors[field] = misplaced_citation_message(misplaced)
    return errors


def sync_citations(source):
    """Make ``source``'s Citation rows match the studies its Markdown cites, in order of first citation."""
    slugs = source.cited_study_slugs()
    studies = Study.objects.in_bulk(slugs, field_name="slug") if slugs else {}
    rows = Citation.objects.filter(content_type=ContentType.objects.get_for_model(source), object_id=source.pk)
    rows.exclude(study__slug__in=list(studies)).delete()
    existing = {citation.study_id: citation for citation in rows}
    for position, slug in enumerate(slug for slug in slugs if slug in studies):
        study = studies[slug]
        citation = existing.get(study.pk)
        if citation is None:
            Citation.objects.create(study=study, source=source, position=position)
        elif citation.position != position:
            citation.position = position
            citation.save(update_fields=["position"])


@receiver(slug_changed, sender=Study, dispatch_uid="studies.rename_citations")
def rename_citations(sender, instance, old_slug, **kwargs):
    """A study's new slug is written into every text that cited the old one, so no citation breaks."""
    for citation in Citation.objects.filter(study=instance).prefetch_related("source"):
        source = citation.source
        for field in source.markdown_fields:
            setattr(source, field, rename_citation(getattr(source, field), old_slug, instance.slug))
        source.save()
