"""`seed_content` loads the two guides once and never overwrites an editor's work."""

import io

import pytest
from django.core.management import call_command

from articles.anatomy import Role
from articles.models import Author, Muscle, MuscleGroup
from exercises.models import Exercise, GuideExercise, MuscleInvolvement
from studies.models import Citation, Study
from workouts.models import Workout, WorkoutItem

pytestmark = pytest.mark.django_db

SEEDED_MODELS = [
    Author,
    MuscleGroup,
    Muscle,
    Exercise,
    GuideExercise,
    MuscleInvolvement,
    Study,
    Citation,
    Workout,
    WorkoutItem,
]


@pytest.fixture
def seed():
    call_command("seed_content", stdout=io.StringIO())


def counts():
    return {model.__name__: model.objects.count() for model in SEEDED_MODELS}


def test_seed_loads_the_hamstrings_and_quadriceps_guides(seed):
    guides = MuscleGroup.objects.published().order_by("position")
    assert [(guide.slug, guide.author.name, guide.author.is_team) for guide in guides] == [
        ("hamstrings", "Muscle Guide editors", True),
        ("quadriceps", "Muscle Guide editors", True),
    ]
    muscles = set(Muscle.objects.filter(parent=None).values_list("group__slug", "name"))
    assert muscles == {
        ("hamstrings", "Semitendinosus"),
        ("hamstrings", "Semimembranosus"),
        ("hamstrings", "Biceps femoris"),
        ("quadriceps", "Rectus femoris"),
        ("quadriceps", "Vastus lateralis"),
        ("quadriceps", "Vastus medialis"),
        ("quadriceps", "Vastus intermedius"),
    }
    assert set(Muscle.objects.filter(parent__slug="biceps-femoris").values_list("name", flat=True)) == {
        "Long head",
        "Short head",
    }


def test_seed_loads_the_exercises_once_each_and_every_one_is_published(seed):
    assert set(Exercise.objects.published().values_list("slug", flat=True)) == {
        "romanian-deadlift",
        "stiff-legged-deadlift",
        "good-morning",
        "45-degree-back-extension",
        "seated-leg-curl",
        "lying-leg-curl",
        "nordic-hamstring",
        "squat",
        "leg-press",
        "leg-extension",
        "hip-thrust",
        "deadlift",
    }
    assert Exercise.objects.count() == 12
    assert Exercise.objects.get(slug="squat").name == "Barbell back squat"


def test_each_guide_judges_its_exercises_in_order(seed):
    def verdicts(guide):
        links = GuideExercise.objects.filter(guide__slug=guide).order_by("position")
        return [(link.exercise.slug, link.verdict) for link in links]

    recommended, left_out = GuideExercise.Verdict.RECOMMENDED, GuideExercise.Verdict.LEFT_OUT
    assert verdicts("hamstrings") == [
        ("romanian-deadlift", recommended),
        ("seated-leg-curl", recommended),
        ("lying-leg-curl", recommended),
        ("nordic-hamstring", left_out),
        ("squat", left_out),
    ]
    assert verdicts("quadriceps") == [
        ("squat", recommended),
        ("leg-press", recommended),
        ("leg-extension", recommended),
        ("hip-thrust", left_out),
        ("deadlift", left_out),
    ]


def test_seed_loads_one_workout_per_guide(seed):
    def items(workout):
        rows = WorkoutItem.objects.filter(workout__slug=workout).order_by("position")
        return [(item.exercise.slug, item.target) for item in rows]

    assert dict(Workout.objects.published().values_list("slug", "muscle_group__slug")) == {
        "hamstring-workout": "hamstrings",
        "quadriceps-workout": "quadriceps",
    }
    assert items("hamstring-workout") == [
        ("romanian-deadlift", "4 × 8"),
        ("seated-leg-curl", "3 × 12"),
        ("lying-leg-curl", "2 × 20"),
    ]
    assert items("quadriceps-workout") == [
        ("squat", "4 × 6–8"),
        ("leg-press", "3 × 10–12"),
        ("leg-extension", "3 × 15–20"),
    ]


def test_romanian_deadlift_does_not_train_the_short_head(seed):
    involvement = MuscleInvolvement.objects.get(
        exercise__slug="romanian-deadlift", muscle__slug="biceps-femoris-short-head"
    )
    assert involvement.role == Role.NOT_TRAINED
    assert involvement.note


def test_seed_links_citations_to_the_texts_that_make_the_claims(seed):
    by_guides = set(
        Citation.objects.filter(exercises_guideexercise__isnull=False).values_list(
            "exercises_guideexercise__guide__slug", "exercises_guideexercise__exercise__slug", "study__slug"
        )
    )
    assert ("hamstrings", "seated-leg-curl", "maeo-2021") in by_guides
    assert ("hamstrings", "nordic-hamstring", "van-dyk-2019") in by_guides
    assert ("hamstrings", "squat", "ebben-2009") in by_guides
    assert ("hamstrings", "squat", "kubo-2019") in by_guides
    assert ("quadriceps", "squat", "kubo-2019") in by_guides
    assert ("quadriceps", "leg-extension", "wakahara-2017") in by_guides
    kubo_pages = {
        page for citation in Citation.objects.filter(study__slug="kubo-2019") for page in citation.source.citing_pages()
    }
    assert {page.slug for page in kubo_pages if isinstance(page, MuscleGroup)} == {"hamstrings", "quadriceps"}
    by_workouts = set(Citation.objects.values_list("workouts_workout__slug", "study__slug"))
    assert ("hamstring-workout", "schoenfeld-2017") in by_workouts
    assert ("quadriceps-workout", "wakahara-2017") in by_workouts


def test_every_seeded_study_is_cited_by_a_public_page(seed):
    """No seeded study is left without a page that cites it, so each one has a public page of its own."""
    assert Study.objects.count() == 17
    assert Study.objects.published().count() == 17
    assert Study.objects.get(slug="maeo-2021").evidence_type == "within-participant trial"


def test_running_the_seed_twice_changes_nothing(seed):
    before = counts()
    out = io.StringIO()
    call_command("seed_content", stdout=out)
    assert counts() == before
    assert "0 new records" in out.getvalue()


def test_seed_never_overwrites_an_editors_change(seed):
    Exercise.objects.filter(slug="squat").update(summary="Edited by an editor.")
    guide = MuscleGroup.objects.get(slug="hamstrings")
    guide.title = "The editor's title"
    guide.save()
    link = GuideExercise.objects.get(guide__slug="quadriceps", exercise__slug="deadlift")
    link.reason = "The editor's reason."
    link.save()
    call_command("seed_content", stdout=io.StringIO())
    assert Exercise.objects.get(slug="squat").summary == "Edited by an editor."
    assert MuscleGroup.objects.get(slug="hamstrings").title == "The editor's title"
    assert GuideExercise.objects.get(pk=link.pk).reason == "The editor's reason."


def test_an_exercise_seeded_before_a_guides_muscles_existed_gets_its_rows_for_them(seed):
    """As on a site first seeded by the first release: the squat was there before the quadriceps guide."""
    squat_rows = MuscleInvolvement.objects.filter(exercise__slug="squat")
    seeded = squat_rows.count()
    squat_rows.filter(muscle__group__slug="quadriceps").delete()
    assert not squat_rows.filter(muscle__group__slug="quadriceps").exists()
    call_command("seed_content", stdout=io.StringIO())
    assert squat_rows.count() == seeded
    assert squat_rows.filter(muscle__slug="rectus-femoris").exists()
    before = counts()
    call_command("seed_content", stdout=io.StringIO())
    assert counts() == before


def test_an_exercise_keeps_a_guides_rows_as_an_editor_left_them(seed):
    rows = MuscleInvolvement.objects.filter(exercise__slug="squat", muscle__group__slug="quadriceps")
    removed = rows.first()
    removed.delete()
    left = rows.count()
    call_command("seed_content", stdout=io.StringIO())
    assert rows.count() == left and not rows.filter(muscle=removed.muscle).exists()
