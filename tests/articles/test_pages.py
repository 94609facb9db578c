"""What a reader sees on the home page, the guide pages and the site-wide pages, built from the seed content."""

import pytest
from django.urls import reverse

from articles.models import Muscle, MuscleGroup
from exercises.models import Exercise, GuideExercise
from tests.admin_forms import admin_url, form_data
from tests.factories import future, make_exercise, make_guide
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def between(html, start, end):
    """The part of ``html`` from ``start`` up to the next ``end``."""
    first = html.index(start)
    return html[first : html.index(end, first)]


def test_home_lists_published_guides_with_summaries(client):
    html = page_text(client, "/")
    for guide in MuscleGroup.objects.all():
        assert f'href="/guides/{guide.slug}/"' in html
        assert guide.summary in html


def test_guide_page_carries_the_whole_article(client):
    html = page_text(client, "/guides/hamstrings/")
    assert "<h1>How to train your hamstrings</h1>" in html
    # Anatomy: the three muscles, the two heads, origins and insertions in a table.
    for name in ["Semitendinosus", "Semimembranosus", "Biceps femoris", "Long head", "Short head"]:
        assert name in html
    assert "<table" in html and "Sitting bone (ischial tuberosity)" in html
    assert "Back of the thigh bone (femur)" in html
    assert "Inner side of the tibia" in html and "Outer side of the fibula" in html
    assert "Hip extension" in html and "Knee flexion" in html
    # The exercises the guide discusses link to their pages.
    for slug in ["romanian-deadlift", "seated-leg-curl", "lying-leg-curl", "nordic-hamstring", "squat"]:
        assert f'href="/exercises/{slug}/"' in html
    assert '<h2 id="exercises-heading">Recommended exercises</h2>' in html
    assert '<h2 id="left-out-heading">Discussed but left out</h2>' in html
    assert 'href="/workouts/hamstring-workout/"' in html
    # The byline is the site's team, credited as such.
    assert "By Muscle Guide editors" in html and "<h2>About the authors</h2>" in html
    contents = between(html, '<nav class="toc"', "</nav>")
    for anchor in ["#anatomy", "#exercises", "#left-out", "#workout", "#wrap-up", "#sources", "#references-heading"]:
        assert f'href="{anchor}"' in contents


def test_an_editors_subheadings_nest_under_the_guides_sections_and_in_on_this_page(editor_client, client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    url = admin_url(MuscleGroup, "change", guide.pk)
    data = form_data(editor_client.get(url))
    data["wrap_up"] = "## Train them twice a week\n\nMore text.\n\n" + data["wrap_up"]
    data["anatomy"] += "\n\n## Where they attach"
    assert editor_client.post(url, data).status_code == 302
    html = page_text(client, "/guides/hamstrings/")
    wrap_up = between(html, 'id="wrap-up"', "</section>")
    assert '<h3 id="wrap-up-train-them-twice-a-week">Train them twice a week</h3>' in wrap_up
    contents = between(html, '<nav class="toc"', "</nav>")
    anatomy = between(contents, 'href="#anatomy"', "</li></ol>")
    assert '<a href="#anatomy-where-they-attach">Where they attach</a>' in anatomy
    assert '<a href="#wrap-up-train-them-twice-a-week">Train them twice a week</a>' in contents
    assert contents.index("#wrap-up-train") > contents.index('href="#wrap-up"')


def test_guide_lists_recommended_then_left_out_exercises_from_its_links_with_reasons(client):
    html = page_text(client, "/guides/hamstrings/")
    recommended = between(html, 'id="exercises"', 'id="left-out"')
    headings = [recommended.index(f'id="ex-{slug}">{n}. ') for n, slug in enumerate(RECOMMENDED_BY_HAMSTRINGS, 1)]
    assert headings == sorted(headings)
    assert "Nordic" not in recommended and "/exercises/squat/" not in recommended
    # Each link's own reason, with its citations numbered for this page.
    # MRI is the page's first use of a glossary term, so it links to the glossary.
    assert (
        'whole-hamstring muscle\nvolume, measured by <a class="term" href="/glossary/#mri">MRI</a>, grew by 14%'
        in recommended
    )
    assert '<a href="#ref-maeo-2021" aria-label="Reference 1">[1]</a>' in recommended

    left_out = between(html, 'id="left-out"', 'id="workout"')
    assert left_out.index('id="ex-nordic-hamstring"') < left_out.index('id="ex-squat"')
    assert "8,459 athletes" in left_out and "The squat is often sold as a hamstring exercise" in left_out
    assert '<a href="#ref-van-dyk-2019" aria-label="Reference 2">[2]</a>' in left_out
    assert '<a href="#ref-kubo-2019" aria-label="Reference 4">[4]</a>' in left_out
    assert '<a href="#ref-ebben-2009" aria-label="Reference 5">[5]</a>' in left_out
    assert "[@" not in html
    # The quadriceps guide says the opposite about the same squat.
    quadriceps = page_text(client, "/guides/quadriceps/")
    assert 'id="ex-squat">1. <a href="/exercises/squat/">Barbell back squat</a>' in quadriceps
    assert "The squat is the heavy lift of this guide" in quadriceps
    assert "often sold as a hamstring exercise" not in quadriceps


RECOMMENDED_BY_HAMSTRINGS = ["romanian-deadlift", "seated-leg-curl", "lying-leg-curl"]


def test_guide_orders_its_exercises_by_the_links_position_and_verdict(client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    make_exercise("glute-ham-raise", guide=guide, position=0, reason="Knee flexion with the hip straight.")
    GuideExercise.objects.filter(guide=guide, exercise__slug="lying-leg-curl").update(
        verdict=GuideExercise.Verdict.LEFT_OUT
    )
    html = page_text(client, "/guides/hamstrings/")
    recommended = between(html, 'id="exercises"', 'id="left-out"')
    assert 'id="ex-glute-ham-raise">1. ' in recommended and "Knee flexion with the hip straight." in recommended
    assert 'id="ex-romanian-deadlift">2. ' in recommended and 'id="ex-seated-leg-curl">3. ' in recommended
    assert "ex-lying-leg-curl" not in recommended
    assert 'id="ex-lying-leg-curl"' in between(html, 'id="left-out"', 'id="workout"')


def test_guide_references_are_numbered_in_reading_order_and_linked(client):
    html = page_text(client, "/guides/hamstrings/")
    order = ["maeo-2021", "van-dyk-2019", "impellizzeri-2021", "kubo-2019", "ebben-2009"]
    positions = [html.index(f'id="ref-{slug}"') for slug in order]
    assert positions == sorted(positions)
    for number, slug in enumerate(order, start=1):
        assert f'<a href="#ref-{slug}" aria-label="Reference {number}">[{number}]</a>' in html
        assert f'<li id="ref-{slug}" value="{number}">' in html
    assert 'href="https://doi.org/10.1249/MSS.0000000000002523"' in html
    references = between(html, 'id="references-heading"', "</section>")
    assert '<span class="evidence">Within-participant trial.</span>' in references
    assert '<span class="evidence">Meta-analysis.</span>' in references
    assert 'href="/studies/maeo-2021/"' in references


def test_guide_shows_its_workout_with_the_table(client):
    html = page_text(client, "/guides/hamstrings/")
    workout = between(html, '<section id="workout"', "</section>")
    assert '<a href="/workouts/hamstring-workout/">Hamstring workout</a>' in workout
    rows = between(workout, "<tbody>", "</tbody>")
    for name, sets, reps in [("Romanian deadlift", 4, 8), ("Seated leg curl", 3, 12), ("Lying leg curl", 2, 20)]:
        row = between(rows, f">{name}</a>", "</tr>")
        assert f"<td>{sets}</td>\n      <td>{reps}</td>" in row, name
    assert rows.index("Romanian deadlift") < rows.index("Seated leg curl") < rows.index("Lying leg curl")
    quadriceps = between(page_text(client, "/guides/quadriceps/"), '<section id="workout"', "</section>")
    assert "<td>4</td>\n      <td>6–8</td>" in quadriceps  # a rep range, with an en dash


def test_guide_without_a_workout_has_no_workout_section(client):
    make_guide()
    html = page_text(client, "/guides/calves/")
    assert 'id="workout"' not in html and 'href="#workout"' not in html
    assert "No exercises are published for this guide yet." in html


def test_guide_links_to_other_published_guides_only(client):
    make_guide("calves", "Calves")
    make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    more = between(page_text(client, "/guides/hamstrings/"), 'aria-label="More guides"', "</nav>")
    assert 'href="/guides/calves/"' in more and 'href="/guides/quadriceps/"' in more
    assert 'href="/guides/glutes/"' not in more and 'href="/guides/hamstrings/"' not in more


def test_workout_page_lists_sets_and_reps_in_order(client):
    html = page_text(client, "/workouts/hamstring-workout/")
    rows = between(html, "<tbody>", "</tbody>")
    positions = [rows.index(name) for name in ["Romanian deadlift", "Seated leg curl", "Lying leg curl"]]
    assert positions == sorted(positions)
    for sets, reps in [(4, 8), (3, 12), (2, 20)]:
        assert f"<td>{sets}</td>\n      <td>{reps}</td>" in rows
    assert "The principles behind it" in html and "Every part, both main jobs." in html
    assert 'href="/exercises/romanian-deadlift/"' in html
    assert page_text(client, "/workouts/").count('href="/workouts/hamstring-workout/"') == 1


@pytest.mark.parametrize("url", ["/guides/quads/", "/workouts/leg-day/", "/no/such/page/"])
def test_unknown_addresses_are_a_friendly_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize(
    "model,slug,url",
    [
        (MuscleGroup, "hamstrings", "/guides/hamstrings/"),
        (Workout, "hamstring-workout", "/workouts/hamstring-workout/"),
    ],
)
def test_drafts_and_scheduled_items_are_404_for_the_public(client, model, slug, url):
    assert client.get(url).status_code == 200
    item = model.objects.get(slug=slug)
    item.status = model.Status.DRAFT
    item.save()  # as the admin saves it, so the cached page goes too
    assert client.get(url).status_code == 404
    item.status, item.published_at = model.Status.PUBLISHED, future()
    item.save()
    assert client.get(url).status_code == 404


def test_scheduled_guides_are_absent_from_the_home_page(client):
    MuscleGroup.objects.filter(slug="hamstrings").update(published_at=future())
    html = page_text(client, "/")
    assert 'href="/guides/hamstrings/"' not in html and 'href="/guides/quadriceps/"' in html


def test_readers_do_not_see_draft_exercises_or_workouts_on_a_guide(client):
    Exercise.objects.filter(slug="squat").update(status=Exercise.Status.DRAFT)
    Workout.objects.filter(slug="hamstring-workout").update(status=Workout.Status.DRAFT)
    html = page_text(client, "/guides/hamstrings/")
    assert 'href="/exercises/squat/"' not in html and 'id="ex-squat"' not in html
    assert '<h3><a href="/workouts/hamstring-workout/"' not in html and 'id="workout"' not in html
    assert "Draft" not in html
    # The squat's reason was the only text citing kubo-2019 on this page.
    assert 'id="ref-kubo-2019"' not in html


def test_staff_preview_of_a_guide_shows_its_draft_exercises_and_workouts_marked(client, admin_user):
    Exercise.objects.filter(slug="squat").update(status=Exercise.Status.DRAFT)
    Workout.objects.filter(slug="hamstring-workout").update(status=Workout.Status.DRAFT)
    client.force_login(admin_user)
    html = page_text(client, "/guides/hamstrings/")
    squat_heading = between(html, 'id="ex-squat"', "</h3>")
    assert 'href="/exercises/squat/"' in squat_heading
    assert '<span class="tag">Draft</span>' in squat_heading
    assert "The squat is often sold as a hamstring exercise" in html
    workout_heading = between(html, '<h3><a href="/workouts/hamstring-workout/"', "</h3>")
    assert '<span class="tag">Draft</span>' in workout_heading
    romanian_heading = between(html, 'id="ex-romanian-deadlift"', "</h3>")
    assert "Draft" not in romanian_heading
    assert "Draft preview" not in html  # the guide itself is published


def test_staff_preview_a_draft_guide_with_a_banner(client, admin_user):
    MuscleGroup.objects.filter(slug="hamstrings").update(status=MuscleGroup.Status.DRAFT, published_at=future())
    client.force_login(admin_user)
    html = page_text(client, "/guides/hamstrings/")
    assert "Draft preview" in html and "goes public on" not in html  # a draft has no date to go public


def test_staff_preview_a_scheduled_guide_with_the_date_it_goes_public(client, admin_user):
    MuscleGroup.objects.filter(slug="hamstrings").update(published_at=future())
    client.force_login(admin_user)
    banner = between(page_text(client, "/guides/hamstrings/"), 'class="draft-banner"', "</p>")
    assert "Only editors can see this page; it goes public on " in banner


def test_editor_markdown_cannot_inject_script(client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    guide.introduction = 'Hi <script>alert("pwned")</script> <img src=x onerror="alert(1)"> [x](javascript:alert(1))'
    guide.save()
    link = GuideExercise.objects.get(guide=guide, exercise__slug="squat")
    link.reason = 'Left out. <script>alert("reason")</script>'
    link.save()
    html = page_text(client, "/guides/hamstrings/")
    assert "Hi " in html and "Left out." in html
    assert 'alert("pwned")' not in html and 'alert("reason")' not in html
    assert "onerror" not in html
    assert "javascript:alert" not in html


def test_urls_are_the_published_contract():
    assert reverse("articles:home") == "/"
    assert reverse("articles:guide", kwargs={"slug": "hamstrings"}) == "/guides/hamstrings/"
    assert reverse("workouts:detail", kwargs={"slug": "hamstring-workout"}) == "/workouts/hamstring-workout/"


def test_an_anatomy_cell_left_empty_says_so_and_points_to_heads_only_where_there_are_some(client):
    """A muscle with no heads and no origin read "see heads" (editor review)."""
    guide = make_guide()
    Muscle.objects.create(group=guide, name="Soleus", slug="soleus", position=1)
    rows = client.get("/guides/calves/").content.decode()
    soleus = between(rows, 'id="muscle-soleus"', "</tr>")
    assert "see heads" not in soleus
    assert soleus.count("not given") == 4

    hamstrings = client.get("/guides/hamstrings/").content.decode()
    biceps = between(hamstrings, 'id="muscle-biceps-femoris"', "</tr>")
    assert "see heads" in biceps
