"""What search looks through: one ``Kind`` per sort of page, with the fields it reads and how much each counts.

Both backends read these definitions, so they search the same published rows
and the same fields. Weights follow PostgreSQL's A (most) to D (least): names
and titles are A, summaries and the muscles an exercise trains are B, body text
is C or D.
"""

from dataclasses import dataclass

from django.db.models import Aggregate, Case, F, OuterRef, Subquery, TextField, Value, When
from django.db.models.functions import Coalesce, Concat, NullIf

from articles.anatomy import TRAINS
from articles.models import Muscle, MuscleGroup
from core.models import published_rule
from exercises.models import Exercise, GuideExercise, MuscleInvolvement
from studies.models import Study
from workouts.models import Workout

from .text import stems


class JoinedWords(Aggregate):
    """Space-separated values of a text expression: STRING_AGG on PostgreSQL, GROUP_CONCAT on SQLite."""

    function = "STRING_AGG"
    template = "%(function)s(%(expressions)s, ' ')"
    output_field = TextField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="GROUP_CONCAT", **extra_context)


def full_muscle_name(prefix=""):
    """'Biceps femoris Long head' for a head, 'Semitendinosus' for a muscle."""
    return Case(
        When(**{f"{prefix}parent__isnull": True}, then=F(f"{prefix}name")),
        default=Concat(F(f"{prefix}parent__name"), Value(" "), F(f"{prefix}name"), output_field=TextField()),
        output_field=TextField(),
    )


def attachments():
    """Where a muscle starts and attaches, as a sentence for its snippet."""
    return Concat(
        Value("Starts: "),
        Coalesce(NullIf("origin", Value("")), Value("see its heads"), output_field=TextField()),
        Value(". Attaches: "),
        Coalesce(NullIf("insertion", Value("")), Value("see its heads"), output_field=TextField()),
        Value("."),
        output_field=TextField(),
    )


def trained_muscle_words():
    """The names of the muscles an exercise trains (primary or secondary), each with its group's, in one string.

    The group ("Quadriceps") finds the leg extension for a reader who searches
    the group, not its four muscles.
    """
    named = Concat(F("muscle__group__name"), Value(" "), full_muscle_name("muscle__"), output_field=TextField())
    trained = (
        MuscleInvolvement.objects.filter(exercise=OuterRef("pk"), role__in=TRAINS)
        .order_by()
        .values("exercise")
        .annotate(words=JoinedWords(named))
        .values("words")
    )
    return Coalesce(Subquery(trained, output_field=TextField()), Value(""), output_field=TextField())


def discussed_exercise_words():
    """The name of each exercise a guide discusses and the guide's reason for its verdict, in one string.

    A guide's case for or against the Nordic is a section of its page, so a search for "nordic"
    finds the guide as well as the exercise. Only exercises published when the document is
    written count, as the page shows no others: a draft's name must not find the guide. One
    scheduled for later joins the document when its time comes (``index.rewrite_guide_documents``).
    """
    said = Concat(F("exercise__name"), Value(" "), F("reason"), output_field=TextField())
    links = GuideExercise.objects.filter(published_rule("exercise__"), guide=OuterRef("pk"))
    links = links.order_by().values("guide").annotate(words=JoinedWords(said))
    return Coalesce(Subquery(links.values("words"), output_field=TextField()), Value(""), output_field=TextField())


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    title_fields: tuple  # a query equal to one of these (ignoring case) is an exact match
    weighted_fields: tuple  # (field or annotation, weight A-D)
    snippet_fields: tuple  # where the snippet comes from, in order
    shown_fields: tuple  # what ``describe`` reads: a result loads only these (and the snippet's, if read in Python)
    markdown_fields: tuple = ()  # searched without their citation keys ([@maeo-2021]), which readers never see
    # How much more readily a reader means this kind: the groups are ordered by their best score times this, so
    # "hamstring" or "squat" leads to the guide and the exercise before studies that say the word more often.
    prominence: float = 1.0
    # A field of other names, separated by commas ("RDL, stiff-leg"): each is a title too, so "quads" is exact.
    other_names_field: str = ""

    def other_names(self, obj):
        """The row's other names as the editor wrote them: "RDL, stiff-leg" gives ["RDL", "stiff-leg"]."""
        other_names = (getattr(obj, self.other_names_field) or "") if self.other_names_field else ""
        return [name.strip() for name in other_names.split(",") if name.strip()]

    def titles(self, obj):
        """The row's titles in lower case: its title fields, then each of its other names."""
        titles = [(getattr(obj, field) or "").lower() for field in self.title_fields]
        return titles + [name.lower() for name in self.other_names(obj)]

    def other_names_matched(self, obj, terms, shown):
        """The other names that say why the row was found, for a search of ``terms`` (stems).

        Only names that hold a searched word found nowhere in what the result already shows (``shown``: its
        title and facts line), that the reader typed whole, and the longest of those: "quads" names the
        quadriceps guide's "Quads", while "barbell" does not name the deadlift's "barbell deadlift", nor
        "hamstring" the seated leg curl's "hamstring curl" (found by the muscle it trains, like the other
        hamstring exercises).
        """
        unexplained = terms - stems(shown)
        if not self.other_names_field or not unexplained:
            return []
        name_stems = {name: stems(name) for name in self.other_names(obj)}
        typed = {name: words for name, words in name_stems.items() if unexplained & words and words <= terms}
        return [name for name, words in typed.items() if not any(words < longer for longer in typed.values())]

    def rows(self):
        """Every row, published or not, with every annotation the fields above name: what the index holds."""
        raise NotImplementedError

    def queryset(self):
        """The published rows, with the same annotations: what readers may find (``published_rows``' rule)."""
        return self.rows().filter(pk__in=self.published_rows().values("pk"))

    def published_rows(self, now=None):
        """The published rows at ``now`` (see ``PublishableQuerySet.published``), without annotations.

        The ranking's condition (``ranking.published_condition``) reads their primary keys.
        """
        raise NotImplementedError

    def shown(self, pks, with_snippet_text=False):
        """The rows of ``pks`` (already ranked) with what ``describe`` reads, and the snippet's text if asked.

        Nothing else is loaded: a guide's body and its rendered HTML are most of its row.
        """
        rows = self.shown_rows().filter(pk__in=pks)
        fields = self.shown_fields + (self.snippet_fields if with_snippet_text else ())
        if self.other_names_field:  # what ``other_names_matched`` reads
            fields += (self.other_names_field,)
        return rows.only(*(field for field in fields if field not in rows.query.annotations))

    def shown_rows(self):
        """``rows()``, less any annotation that is searched but never shown."""
        return self.rows()

    def describe(self, obj):
        """(title, url, context line) of a result."""
        raise NotImplementedError


class GuideKind(Kind):
    def rows(self):
        return MuscleGroup.objects.annotate(exercise_words=discussed_exercise_words())

    def shown_rows(self):
        return MuscleGroup.objects.all()  # the exercises' words are searched; the snippet comes from the guide

    def published_rows(self, now=None):
        return MuscleGroup.objects.published(now)

    def describe(self, guide):
        return guide.title, guide.get_absolute_url(), "Muscle-group guide"


class ExerciseKind(Kind):
    def rows(self):
        return Exercise.objects.annotate(muscle_words=trained_muscle_words())

    def published_rows(self, now=None):
        return Exercise.objects.published(now)

    def shown_rows(self):
        return Exercise.objects.all()  # the muscles' words are searched, never shown

    def describe(self, exercise):
        return exercise.name, exercise.get_absolute_url(), f"Exercise · {exercise.get_equipment_display()}"


class MuscleKind(Kind):
    def rows(self):
        return Muscle.objects.select_related("group", "parent").annotate(
            full_name=full_muscle_name(), group_name=F("group__name"), attachments=attachments()
        )

    def published_rows(self, now=None):
        return Muscle.objects.filter(published_rule("group__", now))

    def describe(self, muscle):
        where = (
            f"Head of the {muscle.parent.name.lower()}"
            if muscle.parent_id
            else f"Muscle of the {muscle.group.name.lower()}"
        )
        return str(muscle), f"{muscle.group.get_absolute_url()}#muscle-{muscle.slug}", where


class StudyKind(Kind):
    def rows(self):
        return Study.objects.all()

    def published_rows(self, now=None):
        return Study.objects.published(now)

    def describe(self, study):
        return study.title, study.get_absolute_url(), f"Study · {study.authors} · {study.journal} {study.year}"


class WorkoutKind(Kind):
    def rows(self):
        return Workout.objects.annotate(guide_name=F("muscle_group__name"))

    def published_rows(self, now=None):
        return Workout.objects.published(now)

    def describe(self, workout):
        return workout.name, workout.get_absolute_url(), f"Workout · {workout.guide_name}"


GUIDES = GuideKind(
    key="guides",
    prominence=4.0,
    label="Guides",
    title_fields=("name", "title"),
    other_names_field="aliases",
    weighted_fields=(
        ("name", "A"),
        ("aliases", "A"),
        ("title", "A"),
        ("summary", "B"),
        ("introduction", "C"),
        ("anatomy", "C"),
        ("exercises_intro", "D"),
        ("left_out_intro", "D"),
        ("wrap_up", "D"),
        ("exercise_words", "D"),
    ),
    snippet_fields=("summary", "introduction", "anatomy", "exercises_intro", "left_out_intro", "wrap_up"),
    shown_fields=("title", "slug"),
    markdown_fields=("introduction", "anatomy", "exercises_intro", "left_out_intro", "wrap_up", "exercise_words"),
)
EXERCISES = ExerciseKind(
    key="exercises",
    prominence=2.0,
    label="Exercises",
    title_fields=("name",),
    other_names_field="aliases",
    weighted_fields=(
        ("name", "A"),
        ("aliases", "A"),
        ("summary", "B"),
        ("muscle_words", "B"),
        ("description", "C"),
        ("steps", "D"),
        ("cues", "D"),
    ),
    snippet_fields=("summary", "description", "steps", "cues"),
    shown_fields=("name", "slug", "equipment"),
    markdown_fields=("description", "steps", "cues"),
)
MUSCLES = MuscleKind(
    key="muscles",
    prominence=1.5,
    label="Muscles",
    title_fields=("full_name",),
    weighted_fields=(("full_name", "A"), ("notes", "B"), ("origin", "B"), ("insertion", "B"), ("group_name", "C")),
    snippet_fields=("notes", "attachments"),
    shown_fields=("name", "slug", "group", "parent", "group__name", "group__slug", "parent__name"),
)
STUDIES = StudyKind(
    key="studies",
    label="Studies",
    title_fields=("title",),
    weighted_fields=(("title", "A"), ("finding", "B"), ("authors", "B"), ("journal", "C")),
    snippet_fields=("finding", "title"),
    shown_fields=("title", "slug", "authors", "journal", "year"),
)

WORKOUTS = WorkoutKind(
    key="workouts",
    prominence=1.5,
    label="Workouts",
    title_fields=("name",),
    weighted_fields=(
        ("name", "A"),
        ("summary", "B"),
        ("goal", "B"),
        ("guide_name", "C"),
        ("principles", "C"),
        ("frequency", "D"),
        ("rest", "D"),
        ("effort", "D"),
        ("warm_up", "D"),
        ("progression", "D"),
    ),
    snippet_fields=("summary", "goal", "principles"),
    shown_fields=("name", "slug"),
    markdown_fields=("principles", "frequency", "rest", "effort", "warm_up", "progression"),
)

KINDS = (GUIDES, EXERCISES, MUSCLES, STUDIES, WORKOUTS)
BY_KEY = {kind.key: kind for kind in KINDS}
