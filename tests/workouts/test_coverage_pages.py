"""What a reader sees of the coverage: marked diagrams, the workout's matrix and sheet, the exercise filters."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.conf import settings

from articles.models import Muscle, MuscleGroup
from exercises.models import Exercise, MuscleInvolvement
from tests.factories import make_exercise, make_guide, make_workout
from workouts.models import Workout, WorkoutItem

pytestmark = pytest.mark.usefixtures("seeded")


def page_text(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def shape_classes(html):
    """``{shape id: class}`` for the marked muscle shapes of the page's diagram."""
    return dict(re.findall(r'<path id="(hs-[a-z-]+)" [^>]*?class="([^"]+)"', html))


def listed_exercises(html):
    return sorted(set(re.findall(r'<h3><a href="/exercises/([a-z0-9-]+)/"', html)))


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
    html = page_text(client, "/exercises/romanian-deadlift/")
    assert shape_classes(html) == {
        "hs-semimembranosus": "muscle-shape role-primary",
        "hs-biceps-femoris-short-head": "muscle-shape role-not-trained",
        "hs-semitendinosus": "muscle-shape role-primary",
        "hs-biceps-femoris-long-head": "muscle-shape role-primary",
    }
    # A legend that does not rely on colour, and the same in words for screen readers.
    legend = html[html.index('<ul class="diagram-legend">') : html.index("</ul>", html.index("diagram-legend"))]
    assert "Primary: trained hard (solid fill)" in legend and "Not trained (dotted, dashed outline)" in legend
    assert "Secondary" not in legend  # only the roles the diagram shows
    assert re.search(r'<svg [^>]*role="img" aria-labelledby="hamstrings-diagram-title hamstrings-diagram-desc"', html)
    assert "Not trained: Biceps femoris short head.</desc>" in html


def test_curl_diagram_marks_every_hamstring_including_the_short_head(client):
    html = page_text(client, "/exercises/seated-leg-curl/")
    assert set(shape_classes(html).values()) == {"muscle-shape role-primary"}
    assert len(shape_classes(html)) == 4


def test_an_exercise_without_records_or_a_guide_without_a_diagram_shows_no_diagram(client):
    guide = make_guide()
    make_exercise(guide, "leg-extension")
    html = page_text(client, "/exercises/leg-extension/")
    assert "<svg" not in html and "diagram-legend" not in html


# The workout page.


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
    assert 'To fill the gap, add <a href="/exercises/seated-leg-curl/">Seated leg curl</a>, <a' in html
    assert "(which the guide does not recommend)" in html  # the Nordic, offered last
    assert '<td class="cell-missed"><strong>Not trained</strong></td>' in html
    assert shape_classes(html)["hs-biceps-femoris-short-head"] == "muscle-shape role-not-trained"
    assert "Trained as a primary mover (solid fill)" in html and "Not trained by this workout" in html


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
    for marker in ['<section id="coverage" class="coverage no-print"', '<div class="table-scroll no-print">']:
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
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["#", "Exercise", "Sets", "Reps", "Note"] + [f"Set {n} weight" for n in range(1, 5)]
    assert rows[1][:4] == ["1", "Romanian deadlift", "4", "8"] and rows[1][5:] == ["", "", "", ""]
    assert rows[2][:4] == ["2", "Seated leg curl", "3", "12"] and rows[2][5:] == ["", "", "", "n/a"]
    assert rows[3][:4] == ["3", "Lying leg curl", "2", "20"] and rows[3][5:] == ["", "", "n/a", "n/a"]


def test_sheet_csv_keeps_editor_text_from_running_as_a_formula(client):
    WorkoutItem.objects.filter(workout__slug="hamstring-workout", position=1).update(note='=HYPERLINK("x")')
    rows = list(csv.reader(io.StringIO(page_text(client, "/workouts/hamstring-workout/sheet.csv"))))
    assert rows[1][4] == '\'=HYPERLINK("x")'


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
    assert listed_exercises(html) == ["romanian-deadlift", "squat"]
    html = page_text(client, "/exercises/?action=hip-extension&equipment=barbell&recommended=no")
    assert listed_exercises(html) == ["squat"]
    html = page_text(client, "/exercises/?muscle=semitendinosus&equipment=bodyweight")
    assert listed_exercises(html) == ["nordic-hamstring"]


def test_filter_by_a_muscle_includes_its_heads_and_a_head_includes_its_muscle(client):
    html = page_text(client, "/exercises/?muscle=biceps-femoris")
    assert listed_exercises(html) == ["lying-leg-curl", "nordic-hamstring", "romanian-deadlift", "seated-leg-curl"]
    guide = MuscleGroup.objects.get(slug="hamstrings")
    raise_ = make_exercise(guide, "glute-ham-raise")
    MuscleInvolvement.objects.create(
        exercise=raise_, muscle=Muscle.objects.get(slug="biceps-femoris"), role=MuscleInvolvement.Role.PRIMARY
    )
    assert "glute-ham-raise" in listed_exercises(page_text(client, "/exercises/?muscle=biceps-femoris-short-head"))
    # ...unless the exercise records the head on its own.
    MuscleInvolvement.objects.create(
        exercise=raise_,
        muscle=Muscle.objects.get(slug="biceps-femoris-short-head"),
        role=MuscleInvolvement.Role.NOT_TRAINED,
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
    ],
)
def test_bad_filter_values_are_a_400_that_says_what_is_wrong(client, query, message):
    html = page_text(client, f"/exercises/?{query}", status=400)
    assert message in html
    assert listed_exercises(html) == []
    assert "Correct the filters above" in html


def test_empty_and_unknown_parameters_are_ignored(client):
    html = page_text(client, "/exercises/?muscle=&action=&utm_source=newsletter")
    assert len(listed_exercises(html)) == Exercise.objects.published().count()


def test_filters_never_show_drafts(client):
    Exercise.objects.filter(slug="lying-leg-curl").update(status=Exercise.Status.DRAFT)
    html = page_text(client, "/exercises/?muscle=biceps-femoris-short-head&recommended=yes")
    assert listed_exercises(html) == ["seated-leg-curl"]
