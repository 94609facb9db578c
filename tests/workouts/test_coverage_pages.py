"""What a reader sees of the coverage: marked diagrams, the workout's matrix and sheet, the exercise filters."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from articles.anatomy import Role
from articles.models import Muscle, MuscleGroup
from exercises.models import Exercise, MuscleInvolvement
from tests.factories import make_exercise, make_guide, make_workout
from tests.pages import between, csv_sheet_rows, without_glossary_links
from workouts.models import Workout, WorkoutItem

pytestmark = pytest.mark.usefixtures("seeded")


def page_text(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def shape_classes(html):
    """``{shape id: class}`` for the marked muscle shapes of the page's diagram (a guide's own, or the atlas)."""
    return dict(re.findall(r'<(?:path|g) id="((?:hs|front|back)-[a-z-]+)" [^>]*?class="(muscle-shape[^"]*)"', html))


def atlas_figure(html):
    return section(html, '<figure class="diagram diagram-atlas">', "</figure>")


def listed_exercises(html):
    """Slugs of the exercise cards on /exercises/, sorted."""
    return sorted(set(re.findall(r'<li class="card">\s*<h2[^>]*><a href="/exercises/([a-z0-9-]+)/"', html)))


def unpublish(model, slug):
    """Put a page back in draft as the admin does, with a save (which also empties the page cache)."""
    obj = model.objects.get(slug=slug)
    obj.status = model.Status.DRAFT
    obj.save()


def section(html, start, end="</section>"):
    """The part of ``html`` from ``start`` to the next ``end``."""
    begin = html.index(start)
    return html[begin : html.index(end, begin)]


# The diagram.


def test_guide_diagram_labels_each_muscle_and_links_to_its_table_row(client):
    html = page_text(client, "/guides/hamstrings/")
    figure = html[html.index('<figure class="diagram') : html.index("</figure>")]
    assert '<title id="hamstrings-diagram-title">The hamstrings of the right thigh, seen from behind</title>' in figure
    for slug, label in [
        ("semitendinosus", "Semitendinosus"),
        ("semimembranosus", "Semimembranosus"),
        ("biceps-femoris-long-head", "long head"),
        ("biceps-femoris-short-head", "short head"),
    ]:
        assert re.search(rf'<a href="#muscle-{slug}" class="diagram-link"><text [^>]*>.*?{label}', figure), slug
        assert f'id="muscle-{slug}"' in html  # the row the link goes to
    assert "role-" not in figure  # nothing is marked on the guide: it is the plain anatomy


def test_exercise_diagram_marks_what_the_romanian_deadlift_trains_and_leaves_out(client):
    html = atlas_figure(page_text(client, "/exercises/romanian-deadlift/"))
    assert shape_classes(html) == {
        "back-semimembranosus": "muscle-shape role-primary",
        "back-biceps-femoris-short-head": "muscle-shape role-not-trained",
        "back-semitendinosus": "muscle-shape role-primary",
        "back-biceps-femoris-long-head": "muscle-shape role-primary",
    }
    # A legend that does not rely on colour, and the same in words for screen readers.
    legend = html[html.index('<ul class="diagram-legend">') : html.index("</ul>", html.index("diagram-legend"))]
    assert "Primary: trained hard (solid fill)" in legend and "Not trained (dotted, dashed outline)" in legend
    assert "Secondary" not in legend  # only the roles the diagram shows
    assert re.search(r'<svg [^>]*role="img" aria-labelledby="atlas-back-title atlas-back-desc"', html)
    assert "Not trained: Biceps femoris short head.</desc>" in html


def test_curl_diagram_marks_every_hamstring_including_the_short_head(client):
    html = atlas_figure(page_text(client, "/exercises/seated-leg-curl/"))
    assert set(shape_classes(html).values()) == {"muscle-shape role-primary"}
    assert len(shape_classes(html)) == 4


def test_an_exercise_without_records_or_a_guide_without_atlas_shapes_shows_no_diagram(client):
    make_exercise("calf-raise", guide=make_guide())
    html = page_text(client, "/exercises/calf-raise/")
    assert 'class="diagram-svg' not in html and "diagram-legend" not in html
    assert "No muscles are recorded for this exercise yet." in html
    # A muscle of a guide whose editor has not picked its atlas shapes yet: nothing to mark.
    calves = MuscleGroup.objects.get(slug="calves")
    soleus = Muscle.objects.create(group=calves, name="Soleus", slug="soleus")
    MuscleInvolvement.objects.create(exercise=Exercise.objects.get(slug="calf-raise"), muscle=soleus, role=Role.PRIMARY)
    html = page_text(client, "/exercises/calf-raise/")
    assert 'class="diagram-svg' not in html and "Soleus" in html


def test_an_exercise_shows_one_atlas_for_the_muscles_of_every_guide_it_involves(client):
    """The squat trains the quadriceps and none of the hamstrings: one picture shows both."""
    html = page_text(client, "/exercises/squat/")
    assert html.count('<figure class="diagram') == 1
    classes = shape_classes(atlas_figure(html))
    assert {shape for shape, css in classes.items() if css == "muscle-shape role-not-trained"} == {
        "back-semitendinosus",
        "back-semimembranosus",
        "back-biceps-femoris-long-head",
        "back-biceps-femoris-short-head",
    }
    assert classes["front-vastus-lateralis"] == "muscle-shape role-primary"
    assert "What this exercise trains, marked on the body." in html
    # Not the name lower-cased: "What the romanian deadlift trains" (reader review).
    assert "romanian deadlift" not in page_text(client, "/exercises/romanian-deadlift/")


# The workout page.


def test_workout_page_names_its_guide_above_the_title_without_restating_the_title(client):
    html = page_text(client, "/workouts/hamstring-workout/")
    kicker = between(html, '<p class="kicker">', "</p>")
    assert kicker.endswith('Workout · <a href="/guides/hamstrings/">Hamstrings guide</a>')  # not "Hamstrings workout"
    assert "<h1>Hamstring workout</h1>" in html


def test_workout_page_shows_the_coverage_matrix_and_findings(client):
    html = page_text(client, "/workouts/hamstring-workout/")
    assert "Covered:</strong>\n      Every muscle and head of the hamstrings is trained." in html
    assert "Both hip extension and knee flexion are trained." in html
    assert "Gap:" not in html
    matrix = html[html.index('<table class="coverage-matrix"') : html.index("</table>", html.index("coverage-matrix"))]
    assert '<th scope="col">Hip extension</th><th scope="col">Knee flexion</th>' in matrix
    short_head = matrix[matrix.index('id="coverage-biceps-femoris-short-head"') :]
    assert short_head.index("Not one of its actions") < short_head.index("Seated leg curl: 3 sets")
    assert "Lying leg curl: 2 sets" in short_head
    semitendinosus = matrix[matrix.index('id="coverage-semitendinosus"') :]
    assert "Romanian deadlift: 4 sets" in semitendinosus[:600]
    assert 'href="/guides/hamstrings/#muscle-semitendinosus"' in matrix
    # Sets per muscle, and the rep range.
    sets = html[html.index('<table class="sets-per-muscle"') :]
    assert '<th scope="row">Biceps femoris short head</th><td>5</td><td>0</td><td><strong>5</strong></td>' in sets
    assert '<th scope="row">Semitendinosus</th><td>9</td><td>0</td><td><strong>9</strong></td>' in sets
    assert "From 8 to 20 reps per set" in html
    assert set(shape_classes(html).values()) == {"muscle-shape role-primary"}


def test_a_workout_built_in_the_admin_gets_the_same_analysis_with_the_gap_and_the_fix(client):
    make_workout(MuscleGroup.objects.get(slug="hamstrings"), "deadlift-day", [("romanian-deadlift", 5, 5)])
    html = page_text(client, "/workouts/deadlift-day/")
    assert "Gap:</strong>\n      The biceps femoris short head is not trained by this workout." in html
    assert "Gap:</strong>\n      Knee flexion is not trained by this workout." in html
    reason = '<a href="/exercises/romanian-deadlift/">Romanian deadlift</a> leaves it out. It does not cross the hip'
    assert reason in html
    # The guide's recommended curls first, then the Nordic, which it discusses but leaves out.
    fix = (
        'To fill the gap, add <a href="/exercises/seated-leg-curl/">Seated leg curl</a>, '
        '<a href="/exercises/lying-leg-curl/">Lying leg curl</a> or '
        '<a href="/exercises/nordic-hamstring/">Nordic hamstring exercise</a> (which the guide does not recommend).'
    )
    assert html.count(fix) == 2
    assert '<td class="cell-missed" data-label="Knee flexion"><strong>Not trained</strong></td>' in html
    assert shape_classes(html)["hs-biceps-femoris-short-head"] == "muscle-shape role-not-trained"
    legend = section(html, '<ul class="diagram-legend">', "</ul>")
    assert "Trained as a primary mover (solid fill)" in legend and "Not trained (dotted, dashed outline)" in legend
    assert "helper" not in legend  # only the roles the diagram shows
    assert "Not trained: Biceps femoris short head.</desc>" in html


def test_a_gap_only_a_draft_exercise_fills_is_still_reported(client):
    Exercise.objects.filter(slug="romanian-deadlift").update(status=Exercise.Status.DRAFT)
    html = page_text(client, "/workouts/hamstring-workout/")
    assert "Gap:</strong>\n      Hip extension is not trained by this workout." in html
    assert "No published exercise fills this gap yet." in html
    assert "Romanian deadlift" not in section(html, '<section id="coverage"')


def test_quadriceps_workout_page_shows_the_leg_extension_as_the_rectus_femoris_exercise(client):
    html = page_text(client, "/workouts/quadriceps-workout/")
    assert "Covered:</strong>\n      Every muscle and head of the quadriceps is trained." in html
    assert "Knee extension is trained." in html and "Gap:" not in html
    matrix = section(html, '<table class="coverage-matrix"', "</table>")
    assert '<th scope="col">Knee extension</th></tr>' in matrix and "Hip flexion" not in matrix
    rectus = section(matrix, 'id="coverage-rectus-femoris"', "</tr>")
    assert (
        "<li>Barbell back squat: 4 sets (helping)</li><li>Leg press: 3 sets (helping)</li>"
        "<li>Leg extension: 3 sets</li>" in rectus
    )
    sets = section(html, '<table class="sets-per-muscle"', "</table>")
    assert '<th scope="row">Rectus femoris</th><td>3</td><td>7</td><td><strong>10</strong></td>' in sets
    assert '<th scope="row">Vastus lateralis</th><td>10</td><td>0</td><td><strong>10</strong></td>' in sets
    # The quadriceps guide has no drawing of its own: the atlas marks what the workout trains.
    assert shape_classes(html) == {
        "front-rectus-femoris": "muscle-shape role-primary",
        "front-vastus-lateralis": "muscle-shape role-primary",
        "front-vastus-medialis": "muscle-shape role-primary",
        "front-vastus-intermedius": "muscle-shape role-primary",
    }
    assert "Trained as a primary mover (solid fill)" in html


def test_rep_ranges_show_with_an_en_dash_wherever_the_workout_appears(client):
    html = page_text(client, "/workouts/quadriceps-workout/")
    table = section(html, '<table class="workout-table"', "</table>")
    assert re.search(r"Barbell back squat</a></th>\s*<td>4</td>\s*<td>6–8</td>", table)
    assert re.search(r"Leg extension</a></th>\s*<td>3</td>\s*<td>15–20</td>", table)
    assert "From 6 to 20 reps per set" in html
    spectrum = section(html, '<ol class="rep-spectrum">', "</ol>")
    assert spectrum.index("<strong>6–8 reps</strong> × 4 sets: Barbell back squat") < spectrum.index(
        "<strong>15–20 reps</strong> × 3 sets: Leg extension"
    )
    assert '<td class="target">4 × 6–8<br>' in section(html, '<section id="sheet"')
    # The guide page shows the same table.
    guide = section(page_text(client, "/guides/quadriceps/"), '<section id="workout"')
    assert re.search(r"Leg press</a></th>\s*<td>3</td>\s*<td>10–12</td>", guide)


def test_timed_sets_show_in_seconds(client):
    workout = make_workout(MuscleGroup.objects.get(slug="hamstrings"), "holds", [])
    WorkoutItem.objects.create(
        workout=workout,
        exercise=Exercise.objects.get(slug="nordic-hamstring"),
        position=1,
        sets=3,
        reps_min=20,
        reps_max=30,
        unit=WorkoutItem.Unit.SECONDS,
    )
    html = page_text(client, "/workouts/holds/")
    assert re.search(r"Nordic hamstring exercise</a></th>\s*<td>3</td>\s*<td>20–30 s</td>", html)
    assert '<td class="target">3 × 20–30 s</td>' in html
    assert "<strong>20–30 s</strong> × 3 sets: Nordic hamstring exercise" in html
    coverage = section(html, '<section id="coverage"')
    assert 'class="rep-range"' not in coverage and "None" not in coverage  # no rep range to state


def test_workout_page_says_how_to_run_it_in_reading_order_with_numbered_citations(client):
    html = page_text(client, "/workouts/quadriceps-workout/")
    how = section(html, '<section class="no-print" aria-labelledby="how-heading">')
    assert '<h2 id="how-heading">How to run it</h2>' in how
    labels = re.findall(r"<dt>(.*?)</dt>", how)
    assert labels == ["How long it takes", "How often", "Rest between sets", "How hard", "Warm-up", "Progression"]
    assert "Once or twice a week" in how and "1-3 reps in reserve" in without_glossary_links(how)
    assert '<a href="#ref-schoenfeld-2016-frequency" aria-label="Reference 1">[1]</a>' in how
    assert '<a href="#ref-schoenfeld-2016-rest" aria-label="Reference 2">[2]</a>' in how
    # It comes before the coverage and the principles, whose citations carry on from it.
    assert html.index('id="how-heading"') < html.index('id="coverage-heading"') < html.index('id="principles-heading"')
    principles = section(html, 'aria-labelledby="principles-heading"')
    assert '<a href="#ref-schoenfeld-2017" aria-label="Reference 3">[3]</a>' in principles
    assert '<a href="#ref-kubo-2019" aria-label="Reference 4">[4]</a>' in principles
    references = section(html, '<section class="references"')
    assert references.index('id="ref-schoenfeld-2016-frequency" value="1"') < references.index(
        'id="ref-kubo-2019" value="4"'
    )


def test_a_workout_without_practical_fields_has_no_how_to_run_it_section(client):
    make_workout(MuscleGroup.objects.get(slug="hamstrings"), "bare", [("romanian-deadlift", 3, 8)])
    html = page_text(client, "/workouts/bare/")
    assert "How to run it" not in html
    make_workout(
        MuscleGroup.objects.get(slug="hamstrings"),
        "rested",
        [("romanian-deadlift", 3, 8)],
        rest="Two **full** minutes.",
    )
    how = section(page_text(client, "/workouts/rested/"), 'aria-labelledby="how-heading"')
    assert re.findall(r"<dt>(.*?)</dt>", how) == ["Rest between sets"]
    assert "<dd><p>Two <strong>full</strong> minutes.</p></dd>" in how


def test_the_studies_a_workout_cites_list_it_and_stop_when_it_is_unpublished(client, admin_user):
    html = page_text(client, "/studies/schoenfeld-2016-rest/")
    cited_on = html[html.index("<h2>Cited on</h2>") : html.index("</article>")]
    assert "<h3>Workouts</h3>" in cited_on
    assert '<a href="/workouts/hamstring-workout/">Hamstring workout</a>' in cited_on
    assert '<a href="/workouts/quadriceps-workout/">Quadriceps workout</a>' in cited_on
    # The study is cited by workouts alone: with both in draft, readers do not get its page.
    unpublish(Workout, "quadriceps-workout")
    cited_on = page_text(client, "/studies/schoenfeld-2016-rest/")
    assert "hamstring-workout" in cited_on and "quadriceps-workout" not in cited_on
    unpublish(Workout, "hamstring-workout")
    page_text(client, "/studies/schoenfeld-2016-rest/", status=404)
    assert "schoenfeld-2016-rest" not in page_text(client, "/studies/")
    client.force_login(admin_user)
    assert "No published page cites this study yet." in page_text(client, "/studies/schoenfeld-2016-rest/")


def test_an_exercise_page_lists_the_published_workouts_that_use_it(client):
    html = page_text(client, "/exercises/squat/")
    workouts = section(html, 'aria-labelledby="workouts-heading"')
    assert '<a href="/workouts/quadriceps-workout/">Quadriceps workout</a>' in workouts
    assert "hamstring-workout" not in workouts
    unpublish(Workout, "quadriceps-workout")
    assert "Workouts that use it" not in page_text(client, "/exercises/squat/")


def test_a_workout_goes_when_its_guide_goes_back_to_draft(client):
    """It stayed public, listed, searchable and in the sitemap with its guide a 404 (editor review)."""
    assert "Quadriceps workout" in page_text(client, "/search/?q=quadriceps+workout")
    unpublish(MuscleGroup, "quadriceps")

    page_text(client, "/workouts/quadriceps-workout/", status=404)
    page_text(client, "/workouts/quadriceps-workout/sheet.csv", status=404)
    assert "quadriceps-workout" not in page_text(client, "/workouts/")
    assert "quadriceps-workout" not in page_text(client, "/search/?q=quadriceps+workout")
    assert "quadriceps-workout" not in page_text(client, "/sitemap.xml")
    assert "Workouts that use it" not in page_text(client, "/exercises/squat/")
    assert "hamstring-workout" in page_text(client, "/workouts/")


def test_workout_page_has_a_gym_sheet_with_a_box_per_set(client):
    html = page_text(client, "/workouts/hamstring-workout/")
    sheet = html[html.index('<section id="sheet"') : html.index("</section>", html.index('<section id="sheet"'))]
    assert '<th scope="col">Set 4</th>' in sheet and "Set 5" not in sheet
    assert sheet.count('<td class="box">') == 4 + 3 + 2
    assert sheet.count('<td class="no-set">') == 0 + 1 + 2
    assert "4 × 8" in sheet and "2 × 20" in sheet
    assert 'href="/workouts/hamstring-workout/sheet.csv"' in sheet


def test_workout_page_prints_only_the_sheet(client):
    """Everything but the heading and the sheet is marked no-print, and the print stylesheet hides it."""
    html = page_text(client, "/workouts/hamstring-workout/")
    for marker in [
        '<section id="coverage" class="coverage no-print"',
        '<div class="no-print"><div class="table-scroll">\n<table class="workout-table">',
        '<section class="no-print" aria-labelledby="how-heading">',
    ]:
        assert marker in html
    assert 'class="no-print" aria-labelledby="principles-heading"' in html
    assert '<section id="sheet" class="gym-sheet"' in html
    css = (Path(settings.BASE_DIR) / "static/css/site.css").read_text()
    print_rules = "".join(re.findall(r"@media print \{(.*?)\n\}", css, re.S))
    assert re.search(r"\.no-print[^{]*\{ display: none !important; \}", print_rules)
    assert "@page { margin: 12mm; }" in print_rules
    assert ".sheet .box {" in print_rules and ".gym-sheet { break-inside: avoid; }" in print_rules
    assert '<link rel="stylesheet" href="/static/css/site.css">' in html


def test_sheet_csv_is_a_download_of_the_same_sheet(client):
    response = client.get("/workouts/hamstring-workout/sheet.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="hamstring-workout-sheet.csv"'
    rows = csv_sheet_rows(response)
    assert rows[0] == ["#", "Exercise", "Sets", "Reps", "Rest", "Note"] + [f"Set {n} weight" for n in range(1, 5)]
    assert rows[1][:5] == ["1", "Romanian deadlift", "4", "8", "2–3 min"] and rows[1][6:] == ["", "", "", ""]
    assert rows[2][:5] == ["2", "Seated leg curl", "3", "12", "1–2 min"] and rows[2][6:] == ["", "", "", "n/a"]
    assert rows[3][:5] == ["3", "Lying leg curl", "2", "20", "1–2 min"] and rows[3][6:] == ["", "", "n/a", "n/a"]


def test_the_printed_sheet_gives_each_exercises_rest_as_the_gym_needs_it(client):
    sheet = between(page_text(client, "/workouts/hamstring-workout/"), 'id="sheet"', "</table>")
    assert '<th scope="col">Sets × reps, rest</th>' in sheet
    assert '<td class="target">4 × 8<br><small>rest 2–3 min</small></td>' in sheet
    assert '<td class="target">3 × 12<br><small>rest 1–2 min</small></td>' in sheet


def test_sheet_csv_writes_rep_ranges_as_the_page_does(client):
    rows = csv_sheet_rows(client.get("/workouts/quadriceps-workout/sheet.csv"))
    assert [row[:4] for row in rows[1:]] == [
        ["1", "Barbell back squat", "4", "6–8"],
        ["2", "Leg press", "3", "10–12"],
        ["3", "Leg extension", "3", "15–20"],
    ]
    assert rows[3][4] == "1–2 min" and rows[3][5].startswith("Seat reclined if possible")
    assert rows[3][6:] == ["", "", "", "n/a"]


def test_sheet_csv_leaves_out_draft_exercises_like_the_page(client):
    Exercise.objects.filter(slug="leg-press").update(status=Exercise.Status.DRAFT)
    rows = csv_sheet_rows(client.get("/workouts/quadriceps-workout/sheet.csv"))
    assert [row[1] for row in rows[1:]] == ["Barbell back squat", "Leg extension"]
    assert [row[0] for row in rows[1:]] == ["1", "2"]


def test_sheet_csv_keeps_editor_text_from_running_as_a_formula(client):
    WorkoutItem.objects.filter(workout__slug="hamstring-workout", position=1).update(note='=HYPERLINK("x")')
    rows = csv_sheet_rows(client.get("/workouts/hamstring-workout/sheet.csv"))
    assert rows[1][5] == '\'=HYPERLINK("x")'


def test_sheet_csv_of_a_draft_is_404_for_the_public_and_served_to_staff(client, admin_user):
    Workout.objects.filter(slug="hamstring-workout").update(status=Workout.Status.DRAFT)
    assert client.get("/workouts/hamstring-workout/sheet.csv").status_code == 404
    assert client.get("/workouts/no-such-workout/sheet.csv").status_code == 404
    client.force_login(admin_user)
    assert client.get("/workouts/hamstring-workout/sheet.csv").status_code == 200


# The exercise filters.


def test_filter_by_the_short_head_answers_the_curls_and_the_nordic(client):
    html = page_text(client, "/exercises/?muscle=biceps-femoris-short-head")
    assert listed_exercises(html) == ["lying-leg-curl", "nordic-hamstring", "seated-leg-curl"]
    assert '<option value="biceps-femoris-short-head" selected>Biceps femoris short head</option>' in html
    assert "<strong>3 exercises</strong> match the filters" in html


def test_filters_combine_and_stay_in_the_url(client):
    html = page_text(client, "/exercises/?muscle=biceps-femoris-short-head&recommended=yes")
    assert listed_exercises(html) == ["lying-leg-curl", "seated-leg-curl"]
    assert '<form method="get" action="/exercises/"' in html
    assert '<option value="yes" selected>Recommended</option>' in html
    html = page_text(client, "/exercises/?action=hip-extension&equipment=barbell")
    assert listed_exercises(html) == [
        "deadlift",
        "good-morning",
        "hip-thrust",
        "romanian-deadlift",
        "squat",
        "stiff-legged-deadlift",
    ]
    # Left out by the hamstrings guide: the squat. Without a guide, "no" means left out by a
    # guide and recommended by none: the quadriceps guide recommends the squat, and no guide
    # discusses the good morning or the stiff-legged deadlift.
    html = page_text(client, "/exercises/?guide=hamstrings&action=hip-extension&equipment=barbell&recommended=no")
    assert listed_exercises(html) == ["squat"]
    assert '<option value="hamstrings" selected>Hamstrings</option>' in html
    html = page_text(client, "/exercises/?action=hip-extension&equipment=barbell&recommended=no")
    assert listed_exercises(html) == ["deadlift", "hip-thrust"]
    html = page_text(client, "/exercises/?muscle=semitendinosus&equipment=bodyweight")
    assert listed_exercises(html) == ["nordic-hamstring"]


def test_filter_by_a_muscle_includes_its_heads_and_a_head_includes_its_muscle(client):
    html = page_text(client, "/exercises/?muscle=biceps-femoris")
    assert listed_exercises(html) == [
        "45-degree-back-extension",
        "deadlift",  # helps, through the long head
        "good-morning",
        "lying-leg-curl",
        "nordic-hamstring",
        "romanian-deadlift",
        "seated-leg-curl",
        "stiff-legged-deadlift",
    ]
    raise_ = make_exercise("glute-ham-raise", guide=MuscleGroup.objects.get(slug="hamstrings"))
    MuscleInvolvement.objects.create(
        exercise=raise_, muscle=Muscle.objects.get(slug="biceps-femoris"), role=Role.PRIMARY
    )
    assert "glute-ham-raise" in listed_exercises(page_text(client, "/exercises/?muscle=biceps-femoris-short-head"))
    # ...unless the exercise records the head on its own.
    MuscleInvolvement.objects.create(
        exercise=raise_,
        muscle=Muscle.objects.get(slug="biceps-femoris-short-head"),
        role=Role.NOT_TRAINED,
    )
    assert "glute-ham-raise" not in listed_exercises(page_text(client, "/exercises/?muscle=biceps-femoris-short-head"))


def test_no_match_says_so_and_offers_to_clear(client):
    html = page_text(client, "/exercises/?muscle=biceps-femoris-short-head&equipment=barbell")
    assert listed_exercises(html) == []
    assert "No exercise matches these filters." in html


@pytest.mark.parametrize(
    "query,message",
    [
        ("muscle=hamstring-nope", "There is no muscle or head called “hamstring-nope”."),
        ("action=<script>", "There is no joint action called “&lt;script&gt;”."),
        ("equipment=kettlebell", "“kettlebell” is not a kind of equipment on this site."),
        ("recommended=maybe", "Verdict must be “yes” or “no”, not “maybe”."),
        ("guide=calves", "There is no guide called “calves”."),
    ],
)
def test_bad_filter_values_are_a_400_that_says_what_is_wrong(client, query, message):
    html = page_text(client, f"/exercises/?{query}", status=400)
    assert message in html
    assert listed_exercises(html) == []
    assert "Correct the filters above" in html


def test_empty_and_unknown_parameters_are_ignored(client):
    html = page_text(client, "/exercises/?muscle=&action=&utm_source=newsletter")
    assert len(listed_exercises(html)) == Exercise.objects.published().count() == 12


def test_filters_never_show_drafts(client):
    Exercise.objects.filter(slug="lying-leg-curl").update(status=Exercise.Status.DRAFT)
    html = page_text(client, "/exercises/?muscle=biceps-femoris-short-head&recommended=yes")
    assert listed_exercises(html) == ["seated-leg-curl"]
