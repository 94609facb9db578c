"""Search: what a reader finds at /search/?q=..., from the stored index on SQLite (FTS5) and on PostgreSQL."""

import re

import pytest
from django.db import connection
from django.utils import timezone
from django.utils.html import escape

from articles.anatomy import Role
from articles.models import MuscleGroup
from exercises.models import Exercise
from search import postgres, simple, sqlite
from search.documents import KINDS
from search.engine import backend, search
from search.query import MAX_LENGTH, Problem, parse_query
from search.text import headline_html, highlight, snippet, stem
from studies.models import Study
from tests.factories import add_hamstring_exercises, future, link, make_exercise, make_guide
from workouts.models import Workout

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search only")

SEEDED_EXERCISES = [
    "Romanian deadlift",
    "Stiff-legged deadlift",
    "Good morning",
    "45-degree back extension",
    "Seated leg curl",
    "Lying leg curl",
    "Nordic hamstring exercise",
    "Barbell back squat",
    "Leg press",
    "Leg extension",
    "Hip thrust",
    "Deadlift",
]
# The muscle group each seeded exercise trains (primary or secondary), as a reader would search it.
TRAINED_GROUPS = [
    ("Romanian deadlift", "hamstrings"),
    ("Stiff-legged deadlift", "hamstrings"),
    ("Good morning", "hamstrings"),
    ("45-degree back extension", "hamstrings"),
    ("Seated leg curl", "hamstrings"),
    ("Lying leg curl", "hamstrings"),
    ("Nordic hamstring exercise", "hamstrings"),
    ("Deadlift", "hamstrings"),
    ("Barbell back squat", "quadriceps"),
    ("Leg press", "quadriceps"),
    ("Leg extension", "quadriceps"),
    ("Hip thrust", "quadriceps"),
    ("Deadlift", "quadriceps"),
]


def results_page(client, q):
    response = client.get("/search/", {"q": q})
    assert response.status_code == 200, q
    return response.content.decode()


def result_titles(html, kind):
    """Titles of one group's results, in the order shown."""
    section = re.search(rf'<section class="search-group" aria-labelledby="results-{kind}">(.*?)</section>', html, re.S)
    return re.findall(r"<h3><a [^>]*>(.*?)</a></h3>", section.group(1)) if section else []


def group_order(html):
    return re.findall(r'aria-labelledby="results-(\w+)"', html)


def context_line(html, title):
    """The line under a result's title, e.g. "Exercise · Barbell"."""
    match = re.search(rf"<h3><a [^>]*>{re.escape(title)}</a></h3>\s*<p class=\"facts\">(.*?)</p>", html)
    return match.group(1) if match else None


def unpublish(obj):
    """Put a page back in draft as the admin does, with a save (which also empties the page cache)."""
    obj.status = obj.Status.DRAFT
    obj.save()


# What a reader finds


@pytest.mark.parametrize("name", SEEDED_EXERCISES)
def test_each_seeded_exercise_is_found_by_its_name_and_ranked_first(client, seeded, name):
    html = results_page(client, name)
    assert group_order(html)[0] == "exercises"
    assert result_titles(html, "exercises")[0] == escape(name)


@pytest.mark.parametrize("name,group", TRAINED_GROUPS)
def test_each_seeded_exercise_is_found_by_the_muscle_group_it_trains(client, seeded, name, group):
    assert escape(name) in result_titles(results_page(client, group), "exercises")


def test_the_quadriceps_exercises_are_found_by_the_group_although_their_text_never_names_it(client, seeded):
    """The leg press and the leg extension speak of the vasti and the rectus femoris, never of "quadriceps"."""
    for slug in ("leg-press", "leg-extension"):
        exercise = Exercise.objects.get(slug=slug)
        text = " ".join([exercise.name, exercise.aliases, exercise.summary, exercise.description, exercise.cues])
        assert "quadriceps" not in text.lower()
    found = result_titles(results_page(client, "quadriceps"), "exercises")
    assert {"Barbell back squat", "Leg press", "Leg extension"} <= set(found)
    assert "Seated leg curl" not in found


def test_exercises_are_global_and_their_result_names_no_guide(client, seeded):
    html = results_page(client, "romanian deadlift")
    assert context_line(html, "Romanian deadlift") == "Exercise · Barbell"
    html = results_page(client, "seated leg curl")
    assert context_line(html, "Seated leg curl") == "Exercise · Machine"
    # The squat is one exercise, recommended by one guide and left out by the other: one result.
    html = results_page(client, "barbell back squat")
    assert result_titles(html, "exercises").count("Barbell back squat") == 1
    assert context_line(html, "Barbell back squat") == "Exercise · Barbell"


@pytest.mark.parametrize(
    "q,name",
    [
        ("rdl", "Romanian deadlift"),
        ("RDL", "Romanian deadlift"),
        ("SLDL", "Stiff-legged deadlift"),
        ("hyperextension", "45-degree back extension"),
        ("nordics", "Nordic hamstring exercise"),
        ("sled leg press", "Leg press"),
    ],
)
def test_exercises_are_found_by_their_aliases(client, seeded, q, name):
    html = results_page(client, q)
    assert group_order(html)[0] == "exercises"
    assert result_titles(html, "exercises")[0] == escape(name)


def test_an_alias_an_editor_adds_is_searchable(client, seeded):
    assert "Nothing matched" in results_page(client, "zercher")
    exercise = Exercise.objects.get(slug="squat")
    exercise.aliases += ", Zercher-style squat"
    exercise.save()
    assert result_titles(results_page(client, "zercher"), "exercises") == ["Barbell back squat"]


def test_a_guide_is_found_by_the_other_names_its_editor_gives_it(client, seeded):
    assert result_titles(results_page(client, "quads"), "guides") == ["How to train your quadriceps"]
    assert "guides" not in group_order(results_page(client, "hammies"))
    guide = MuscleGroup.objects.get(slug="hamstrings")
    guide.aliases = "Hams, hammies"
    guide.save()
    html = results_page(client, "hammies")
    assert group_order(html)[0] == "guides"
    assert result_titles(html, "guides") == ["How to train your hamstrings"]


def facts(html, group):
    """The line under each result of ``group``: what it is, and the other names that found it."""
    section = html[html.index(f'id="results-{group}"') :].split("</section>")[0]
    return [" ".join(line.split()) for line in re.findall(r'<p class="facts">(.*?)</p>', section, re.DOTALL)]


def test_a_result_found_by_an_other_name_says_so(client, seeded):
    """ "quads" found the quadriceps guide, whose page never says "quads": the result now says why (editor review)."""
    assert facts(results_page(client, "quads"), "guides") == ["Muscle-group guide · also called “Quads”"]
    assert facts(results_page(client, "rdl"), "exercises")[0] == "Exercise · Barbell · also called “RDL”"
    # A word the title has already says why: no other name is listed.
    assert set(facts(results_page(client, "quadriceps"), "guides")) == {"Muscle-group guide"}
    assert "also called" not in results_page(client, "seated leg curl")


@pytest.mark.parametrize(
    ("q", "title", "line"),
    [
        # Every word of an other name typed: only the longest such name.
        ("hamstring curl", "Seated leg curl", "Exercise · Machine · also called “hamstring curl”"),
        ("seated hamstring curl", "Seated leg curl", "Exercise · Machine · also called “seated hamstring curl”"),
        ("hyperextension", "45-degree back extension", "Exercise · Other · also called “hyperextension”"),
        # Part of an other name: the result was found by other words (a muscle it trains, say).
        ("hamstring", "Seated leg curl", "Exercise · Machine"),
        # The searched words are all in the title and the facts line already (reader review).
        ("barbell good morning", "Good morning", "Exercise · Barbell"),
        ("barbell squat", "Good morning", "Exercise · Barbell"),
    ],
)
def test_an_other_name_is_named_only_when_it_says_why(client, seeded, q, title, line):
    html = results_page(client, q)
    lines = dict(zip(result_titles(html, "exercises"), facts(html, "exercises"), strict=True))
    assert lines[title] == line


def test_exercises_are_found_by_the_muscles_they_train(client, seeded):
    found = result_titles(results_page(client, "semimembranosus"), "exercises")
    trained = Exercise.objects.filter(involvements__muscle__slug="semimembranosus", involvements__role=Role.PRIMARY)
    assert set(found) >= {escape(exercise.name) for exercise in trained}
    # The hip hinges and the curls; not the squat, which leaves the hamstrings out.
    assert len(trained) == 7 and "Barbell back squat" not in {exercise.name for exercise in trained}
    found = result_titles(results_page(client, "short head"), "exercises")
    assert {"Seated leg curl", "Lying leg curl", "Nordic hamstring exercise"} <= set(found)


def test_the_exact_title_comes_first_even_when_others_match_more_often(client, seeded):
    html = results_page(client, "lying leg curl")
    assert result_titles(html, "exercises")[:2] == ["Lying leg curl", "Seated leg curl"]
    html = results_page(client, "Hamstrings")
    assert group_order(html)[0] == "guides"
    html = results_page(client, "semitendinosus")
    assert group_order(html)[0] == "muscles" and result_titles(html, "muscles")[0] == "Semitendinosus"


@pytest.mark.parametrize(
    ("q", "group", "title"),
    [
        ('"romanian deadlift"', "exercises", "Romanian deadlift"),
        ("the quads", "guides", "How to train your quadriceps"),
        ("“Quads”", "guides", "How to train your quadriceps"),
        ("a nordic curl", "exercises", "Nordic hamstring exercise"),
    ],
)
def test_a_title_in_quotes_or_after_the_or_a_is_still_exact(client, seeded, q, group, title):
    """'"romanian deadlift"' put the stiff-legged deadlift first, "the quads" the exercises (reader review)."""
    html = results_page(client, q)
    assert group_order(html)[0] == group
    assert result_titles(html, group)[0] == title


@pytest.mark.parametrize(
    ("q", "shown"),
    [
        ('"romanian deadlift"', "“romanian deadlift”"),
        ("“Quads”", "“Quads”"),
        ('romanian "deadlift"', "“romanian &quot;deadlift&quot;”"),
        ("leg curl", "“leg curl”"),
    ],
)
def test_a_phrase_typed_in_quotes_is_quoted_once_in_the_results_line(client, seeded, q, shown):
    """'"romanian deadlift"' read “"romanian deadlift"” in the results line (reader review)."""
    html = results_page(client, q)
    assert f"for {shown}." in html


def test_results_are_grouped_by_kind_with_links_and_highlighted_snippets(client, seeded):
    html = results_page(client, "curls")
    assert set(group_order(html)) == {"exercises", "muscles", "studies", "guides", "workouts"}
    assert '<h2 id="results-exercises">Exercises</h2>' in html
    assert 'href="/exercises/seated-leg-curl/"' in html and 'href="/studies/maeo-2021/"' in html
    assert re.search(r'<p class="snippet">[^<]*(<mark>curls?</mark>[^<]*)+', html)
    assert "[@" not in html  # citation keys are not prose


def test_muscle_results_link_to_the_row_of_the_anatomy_table(client, seeded):
    html = results_page(client, "long head")
    assert 'href="/guides/hamstrings/#muscle-biceps-femoris-long-head"' in html
    assert 'id="muscle-biceps-femoris-long-head"' in client.get("/guides/hamstrings/").content.decode()


def test_studies_are_found_by_author_and_finding(client, seeded):
    assert 'href="/studies/maeo-2021/"' in results_page(client, "Maeo")
    assert 'href="/studies/van-dyk-2019/"' in results_page(client, "injuries")
    html = results_page(client, "Maeo")
    assert context_line(html, escape(Study.objects.get(slug="maeo-2021").title)).startswith("Study · Maeo S")


def test_a_study_is_found_only_while_a_published_page_cites_it(client, seeded):
    # Cited by the two workouts alone.
    assert 'href="/studies/schoenfeld-2016-rest/"' in results_page(client, "interset")
    unpublish(Workout.objects.get(slug="hamstring-workout"))
    assert 'href="/studies/schoenfeld-2016-rest/"' in results_page(client, "interset")
    unpublish(Workout.objects.get(slug="quadriceps-workout"))
    html = results_page(client, "interset")
    assert "schoenfeld-2016-rest" not in html and "Nothing matched" in html


def test_a_study_nothing_cites_is_not_found_until_a_published_page_cites_it(client, seeded):
    Study.objects.create(
        slug="okafor-2025",
        authors="Okafor B",
        title="Calf raises at long muscle lengths",
        journal="J Test Sci",
        year=2025,
        finding="Calf raises in a deep stretch grew the gastrocnemius more.",
    )
    assert "Nothing matched" in results_page(client, "gastrocnemius")
    guide = make_guide(status=MuscleGroup.Status.DRAFT, introduction="Stretch them [@okafor-2025].")
    assert "Nothing matched" in results_page(client, "gastrocnemius")  # a draft guide cites it
    guide.status = MuscleGroup.Status.PUBLISHED
    guide.save()
    assert result_titles(results_page(client, "gastrocnemius"), "studies") == ["Calf raises at long muscle lengths"]


def test_a_study_cited_only_in_a_guides_verdict_on_a_draft_exercise_is_not_found(client, seeded):
    Study.objects.create(
        slug="okafor-2025", authors="Okafor B", title="Soleus work", journal="J Test Sci", year=2025, finding="Soleus."
    )
    exercise = make_exercise("seated-calf-raise", status=Exercise.Status.DRAFT)
    link(MuscleGroup.objects.get(slug="hamstrings"), exercise, reason="Not a hamstring exercise [@okafor-2025].")
    assert "Nothing matched" in results_page(client, "soleus")
    exercise.status = Exercise.Status.PUBLISHED
    exercise.save()
    assert result_titles(results_page(client, "soleus"), "studies") == ["Soleus work"]


def test_nothing_found_says_so_and_offers_a_way_on(client, seeded):
    html = results_page(client, "zumba")
    assert "Nothing matched “zumba”" in html
    assert 'href="/exercises/"' in html


def test_the_header_search_box_is_a_plain_get_form_on_every_page(client, seeded):
    for url in ["/", "/guides/hamstrings/", "/studies/maeo-2021/"]:
        html = client.get(url).content.decode()
        form = '<form class="site-search" role="search" aria-label="Site search" action="/search/" method="get">'
        assert form in html
        assert '<input id="site-search-q" type="search" name="q" maxlength="200"' in html
    assert 'value="leg curl"' in results_page(client, "leg curl")


# Drafts stay out


def test_drafts_and_scheduled_items_never_appear(client, seeded):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    make_exercise("secret-curl", guide=guide, name="Zygote curl", status=Exercise.Status.DRAFT)
    make_exercise("future-curl", guide=guide, name="Zygote press", published_at=future(), aliases="zygote row")
    draft_guide = make_guide("zygote-muscles", "Zygote muscles", status=MuscleGroup.Status.DRAFT)
    draft_guide.muscles.create(name="Zygote muscle", slug="zygote-muscle")
    html = results_page(client, "zygote")
    assert "Nothing matched" in html
    for hidden in ["secret-curl", "future-curl", "zygote-muscles", "Zygote"]:
        assert hidden not in html.split("<main", 1)[1].split("Nothing matched")[0]


def test_a_scheduled_exercise_and_the_study_it_cites_are_found_once_their_time_comes(client, seeded, monkeypatch):
    """The publication rule is compiled once per process; the moment it judges by is each search's own."""
    guide = MuscleGroup.objects.get(slug="hamstrings")
    assert "Nothing matched" in results_page(client, "zygote")  # the rule is compiled by now
    exercise = make_exercise("future-curl", guide=guide, name="Zygote press", published_at=future())
    study = Study.objects.create(
        slug="zygote-2030", authors="Zygote A", title="Zygote training", journal="J", year=2030, finding="Grew."
    )
    exercise.description = "As a trial found [@zygote-2030]."
    exercise.save()
    assert "Nothing matched" in results_page(client, "zygote")
    later = timezone.now() + timezone.timedelta(days=8)
    monkeypatch.setattr(timezone, "now", lambda: later)
    html = results_page(client, "zygote")
    assert result_titles(html, "exercises") == ["Zygote press"]
    assert result_titles(html, "studies") == [study.title]


def test_an_exercise_unpublished_later_drops_out(client, seeded):
    assert "Barbell back squat" in result_titles(results_page(client, "squat"), "exercises")
    unpublish(Exercise.objects.get(slug="squat"))
    assert "Barbell back squat" not in result_titles(results_page(client, "squat"), "exercises")


# Bad queries get a helpful page, never a 500


@pytest.mark.parametrize(
    "q,message",
    [
        ("", "Type what you are looking for"),
        ("   ", "Type what you are looking for"),
        ("a", "Type at least two characters"),
        ("!!!", "has no letters or digits"),
        ("<>&\"'", "has no letters or digits"),
        ("the of", "too common to search for"),
    ],
)
def test_queries_that_cannot_be_searched_explain_why(client, seeded, q, message):
    html = results_page(client, q)
    assert message in html
    assert "search-group" not in html


def test_a_query_over_200_characters_is_a_bad_request_that_explains(client, seeded):
    response = client.get("/search/", {"q": "curl " * 41})
    assert response.status_code == 400
    assert "longer than 200 characters" in response.content.decode()
    assert client.get("/search/", {"q": "c" * MAX_LENGTH}).status_code == 200


@pytest.mark.parametrize(
    "q",
    [
        "\x00curl",
        "curl\x00",
        '"unclosed quote',
        "-",
        "--curl",
        "curl | deadlift & !squat",
        "' OR 1=1 --",
        "curl:*",
        "(((",
        "<script>alert(1)</script>",
        "ünïcödé façade",
        "%",
        "\\",
        "curl or",
        "🏋️ curl",
    ],
)
def test_odd_symbols_never_break_the_page(client, seeded, q):
    response = client.get("/search/", {"q": q})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html


def test_missing_or_repeated_parameters_are_fine(client, seeded):
    assert client.get("/search/").status_code == 200
    assert client.get("/search/?q=curl&q=squat").status_code == 200


def test_editor_text_in_snippets_is_escaped(client, seeded):
    make_exercise(
        "tricky-curl",
        name="Tricky curl",
        summary='A zebra <img src=x onerror="alert(1)"> & <script>alert(2)</script> curl',
    )
    html = results_page(client, "zebra")
    assert "onerror=" not in html and "<script>alert" not in html
    assert "<mark>zebra</mark>" in html


# Query parsing and text helpers


def test_parse_query_cleans_and_classifies():
    assert parse_query(None).problem == Problem.EMPTY
    assert parse_query(" \t\n").problem == Problem.EMPTY
    assert parse_query("x").problem == Problem.TOO_SHORT
    assert parse_query("x" * 201).problem == Problem.TOO_LONG
    assert parse_query("?!").problem == Problem.NO_WORDS
    assert parse_query("The AND of").problem == Problem.COMMON_WORDS
    query = parse_query("  Seated\x00  leg\tcurls of the  ")
    assert query.ok
    assert query.text == "Seated leg curls of the"
    assert query.words == ["seated", "leg", "curls"]


@pytest.mark.parametrize(
    "words,stem_",
    [
        (["curl", "curls", "curled", "curling"], "curl"),
        (["hamstring", "hamstrings"], "hamstr"),
        (["study", "studies", "studied"], "studi"),
        (["muscle", "muscles"], "muscl"),
        (["squat", "squats", "squatting"], "squat"),
        (["lie", "lies", "lying"], "lie"),
        (["semitendinosus"], "semitendinosus"),
        (["site", "sites"], "site"),  # not "sit", as "sitting" is
        (["bone", "bones"], "bone"),
    ],
)
def test_stem_joins_the_forms_of_a_word(words, stem_):
    assert {stem(word) for word in words} == {stem_}


def test_snippet_marks_matches_and_escapes_the_rest():
    html = snippet("Some **bold** text [@maeo-2021] about <b>curls</b> & more", {"curl"})
    assert html == "Some bold text about <mark>curls</mark> &amp; more"
    long = " ".join(f"word{number}" for number in range(100)) + " curl end"
    assert snippet(long, {"curl"}).startswith("… ")


def test_highlight_marks_every_match_and_escapes_the_text_between():
    assert highlight("\"Curl\" & 'curled' <i>", {"curl"}) == (
        "&quot;<mark>Curl</mark>&quot; &amp; &#x27;<mark>curled</mark>&#x27; &lt;i&gt;"
    )


def test_headline_html_turns_markers_into_mark_and_escapes_the_rest():
    assert headline_html("a \ue000curl\ue001 <b>&amp;</b> [@maeo-2021]") == "a <mark>curl</mark> &amp;amp;"
    stray = headline_html("stray \ue000 marker")
    assert "\ue000" not in stray and stray.split() == ["stray", "marker"]


# Both engines find what the reference search finds for plain words; PostgreSQL reads websearch syntax on top

PLAIN_WORDS = [
    "curl",
    "curls",
    "hamstring",
    "semitendinosus",
    "biceps femoris",
    "long head",
    "knee flexion",
    "hip extension",
    "romanian deadlift",
    "squatting",
    "nordic",
    "maeo",
    "injury",
    "glutes",
    "sitting bone",
    "tibia",
    "machine",
    "studies",
    "training",
    "lying",
    "emg",
    "2021",
    "zumba",
    # The quadriceps guide and its exercises.
    "quadriceps",
    "vastus",
    "rectus femoris",
    "leg extensions",
    "presses",
    "thrusts",
    "kneecap",
    "deep squats",
    # Aliases, the workouts' practical fields and the studies only workouts cite.
    "rdl",
    "nordics",
    "reps in reserve",
    "rests",
    "meta-analysis",
]


def found(query, backend):
    """Every page found, however many: the engines order results their own way, but find the same ones."""
    groups = search(parse_query(query), using=backend, limit=1000)
    return {(group.key, result.url) for group in groups for result in group.results}


def test_each_database_searches_with_its_own_indexed_engine():
    assert backend() is {"postgresql": postgres, "sqlite": sqlite}[connection.vendor]


@pytest.mark.parametrize("words", PLAIN_WORDS)
def test_the_indexed_engine_finds_what_the_reference_search_finds_for_plain_words(seeded, words):
    assert found(words, backend()) == found(words, simple)


@pytest.mark.parametrize("name", SEEDED_EXERCISES)
def test_the_indexed_engine_and_the_reference_agree_on_the_exact_title(seeded, name):
    for using in (backend(), simple):
        groups = search(parse_query(name), using=using)
        assert groups[0].key == "exercises" and groups[0].results[0].title == name


@pytest.mark.parametrize(
    "q,first",
    [("lying leg curl", "Lying leg curl"), ("Nordic curl", "Nordic hamstring exercise"), ("RDL", "Romanian deadlift")],
)
def test_the_ranking_has_one_shape_on_both_databases(seeded, q, first):
    """Exact title first, then weighted relevance (A-D), then the title: the same first result on either database."""
    groups = search(parse_query(q))
    assert groups[0].key == "exercises" and groups[0].results[0].title == first
    for group in groups:
        ordered = [(not result.exact, -result.score) for result in group.results]
        assert ordered == sorted(ordered)


@pytest.mark.parametrize(
    "q,first_group,first",
    [
        ("hamstring", "guides", "How to train your hamstrings"),
        ("quads", "guides", "How to train your quadriceps"),  # the guide's other name: found nothing before
        ("squat", "exercises", "Barbell back squat"),
        ("maeo", "studies", None),
    ],
)
def test_a_reader_meets_the_guide_or_the_exercise_before_studies_that_say_the_word_more(seeded, q, first_group, first):
    """ "hamstring" listed five studies and four exercises before the Hamstrings guide (reader review)."""
    for using in (backend(), simple):
        groups = search(parse_query(q), using=using)
        assert groups[0].key == first_group
        assert first is None or groups[0].results[0].title == first


@on_postgresql
def test_postgresql_reads_websearch_syntax(client, seeded):
    assert set(result_titles(results_page(client, "curl"), "exercises")) == {
        "Seated leg curl",
        "Lying leg curl",
        "Nordic hamstring exercise",  # also called the Nordic curl
    }
    # The two curls are machine exercises; the Nordic, found by its alias, is not.
    assert result_titles(results_page(client, "curl -machine"), "exercises") == ["Nordic hamstring exercise"]
    assert result_titles(results_page(client, '"leg curl" squat'), "exercises") == []
    either = result_titles(results_page(client, "squat or nordic"), "exercises")
    assert {"Barbell back squat", "Nordic hamstring exercise"} <= set(either)
    assert "Seated leg curl" not in either
    assert "Put a phrase in quotes" in results_page(client, "curl")


def test_workout_finds_the_workouts_with_their_guide(client, seeded):
    html = results_page(client, "workout")
    published = Workout.objects.published().select_related("muscle_group")
    assert set(result_titles(html, "workouts")) == {escape(workout.name) for workout in published}
    assert len(published) == 2
    hamstrings = Workout.objects.get(slug="hamstring-workout")
    assert context_line(html, hamstrings.name) == "Workout · Hamstrings"
    assert hamstrings.get_absolute_url() in html


def test_a_search_costs_the_same_queries_however_large_the_library(client, seeded, django_assert_max_num_queries):
    """One query ranks every kind of result; then one reads the shown rows of each kind that matched."""
    add_hamstring_exercises(15)  # each a "curl", linked, cited and in the hamstring workout
    with django_assert_max_num_queries(len(KINDS) + 1):
        html = results_page(client, "hamstrings")
    assert {"guides", "exercises", "muscles", "workouts"} <= set(group_order(html))
    with django_assert_max_num_queries(len(KINDS) + 1):
        html = results_page(client, "curl")
    assert len(result_titles(html, "exercises")) == 10  # a full group: more curls than a group shows


def test_a_search_that_finds_nothing_makes_one_query(client, seeded, django_assert_num_queries):
    with django_assert_num_queries(1):
        html = results_page(client, "zumba")
    assert "Nothing matched “zumba”" in html
