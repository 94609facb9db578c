"""The body atlas: its artwork, what editors pick in the admin, and every guide's diagram built from it."""

import re

import pytest
from django.urls import reverse

from articles import atlas
from articles.anatomy import Role, undrawn
from articles.atlas import draw
from articles.models import Muscle, MuscleGroup
from core.diagram import shape_ids, svg_problems
from tests.admin_forms import form_data
from tests.pages import between, page_text

pytestmark = pytest.mark.usefixtures("seeded")

GUIDE_FIGURE = '<figure class="diagram diagram-guide">'


# The artwork


@pytest.mark.parametrize("view", [atlas.FRONT, atlas.BACK])
def test_each_view_is_a_safe_diagram_with_exactly_the_listed_shapes(view):
    text = atlas.artwork(view)
    assert svg_problems(text) == []
    listed = {shape.shape_id for shape in atlas.SHAPES if shape.view == view}
    drawn = {shape for shape in shape_ids(text) if shape.startswith(f"{view}-")}
    assert drawn == listed
    assert f'<title id="atlas-{view}-title">' in text and f'<desc id="atlas-{view}-desc">' in text


def test_the_committed_artwork_is_what_the_drawing_script_draws():
    for view in draw.VIEWS:
        assert atlas.artwork(view) == draw.draw(view), f"redraw with: python articles/atlas/draw.py ({view})"


def test_the_parts_the_guides_teach_have_shapes_of_their_own():
    names = {shape.shape_id for shape in atlas.SHAPES}
    for part in ["rectus-femoris", "vastus-lateralis", "vastus-medialis", "vastus-intermedius"]:
        assert f"front-{part}" in names
    for part in ["semitendinosus", "semimembranosus", "biceps-femoris-long-head", "biceps-femoris-short-head"]:
        assert f"back-{part}" in names
    for part in ["gluteus-maximus", "adductors", "gastrocnemius-medial-head", "latissimus-dorsi", "triceps-brachii"]:
        assert f"back-{part}" in names
    for part in ["pectoralis-major", "deltoid", "biceps-brachii", "rectus-abdominis", "obliques"]:
        assert f"front-{part}" in names


# Unit: the rendering is a function of muscles and roles


def test_render_atlas_marks_any_selection_of_muscles_by_role_and_shows_only_the_views_it_needs(db):
    muscles = list(Muscle.objects.select_related("parent"))
    by_slug = {muscle.slug: muscle for muscle in muscles}
    roles = {by_slug["rectus-femoris"].pk: Role.PRIMARY, by_slug["biceps-femoris"].pk: Role.SECONDARY}
    picture = atlas.render_atlas(muscles, roles, wording={Role.PRIMARY: "P", Role.SECONDARY: "S"})
    assert [view.label for view in picture.views] == ["Front", "Back"]
    front, back = (view.html for view in picture.views)
    assert 'id="front-rectus-femoris" class="muscle-shape role-primary"' in front
    # The biceps femoris is drawn as its heads: both heads take the muscle's role.
    assert 'id="back-biceps-femoris-long-head" class="muscle-shape role-secondary"' in back
    assert 'id="back-biceps-femoris-short-head" class="muscle-shape role-secondary"' in back
    assert picture.legend == [("role-primary", "P"), ("role-secondary", "S")]
    only_front = atlas.render_atlas(muscles, {by_slug["vastus-medialis"].pk: Role.PRIMARY}, wording={})
    assert [view.label for view in only_front.views] == ["Front"]
    assert not atlas.render_atlas([], {}, wording={})


# Guide pages


def test_the_hamstrings_guide_keeps_its_own_drawing_and_the_quadriceps_guide_gets_the_atlas(client):
    hamstrings = between(page_text(client, "/guides/hamstrings/"), GUIDE_FIGURE, "</figure>")
    assert 'id="hamstrings-diagram-title"' in hamstrings and "atlas-back-title" not in hamstrings
    quadriceps = between(page_text(client, "/guides/quadriceps/"), GUIDE_FIGURE, "</figure>")
    for part in ["rectus-femoris", "vastus-lateralis", "vastus-medialis", "vastus-intermedius"]:
        link = rf'<a href="#muscle-{part}" class="diagram-link" aria-label="[^"]+">'
        assert re.search(rf'{link}<g id="front-{part}" class="muscle-shape muscle-focus">', quadriceps), part
    assert "The quadriceps (solid fill)" in quadriceps and "atlas-back-title" not in quadriceps
    assert "Marked: Rectus femoris, Vastus lateralis, Vastus medialis, Vastus intermedius.</desc>" in quadriceps


def test_a_guides_atlas_is_a_close_up_of_its_muscles_and_other_pages_show_the_whole_body(client):
    """On the whole body the four quadriceps were slivers a few pixels wide (reader review)."""
    quadriceps = between(page_text(client, "/guides/quadriceps/"), GUIDE_FIGURE, "</figure>")
    assert 'viewBox="70 288 160 200"' in quadriceps  # the thighs, 30 units of body around the four shapes
    assert '<text x="150" y="480" text-anchor="middle" font-size="15" fill="#4f5a62">Front</text>' in quadriceps
    assert "A close-up of a simplified drawing of the body from the front" in quadriceps
    squat = between(page_text(client, "/exercises/squat/"), '<figure class="diagram diagram-atlas">', "</figure>")
    assert squat.count('viewBox="0 0 300 640"') == 2  # what an exercise trains is shown on the whole body


def test_a_close_up_frames_the_shapes_within_the_drawing(db):
    assert atlas.close_up(atlas.BACK, ("back-semitendinosus",)).count('viewBox="91 308 118 180"') == 1
    both_sides = atlas.close_up(atlas.FRONT, ("front-trapezius",))  # a shape is drawn on both halves of the body
    assert 'viewBox="66 66 168 79"' in both_sides
    assert atlas.close_up(atlas.FRONT, ("no-such-shape",)) == atlas.artwork(atlas.FRONT)


def test_without_its_own_drawing_the_hamstrings_guide_gets_the_atlas_too(client):
    MuscleGroup.objects.filter(slug="hamstrings").update(diagram_svg="")
    Muscle.objects.filter(group__slug="hamstrings").update(svg_shape_id="")
    figure = between(page_text(client, "/guides/hamstrings/"), GUIDE_FIGURE, "</figure>")
    assert '<g id="back-biceps-femoris-short-head" class="muscle-shape muscle-focus">' in figure
    assert len(re.findall(r'<g id="back-[a-z-]+" class="muscle-shape muscle-focus">', figure)) == 4


def add_guide(editor_client, name, muscles, follow=False):
    """Post the admin's "add guide" form, published, with ``muscles``: ``[(name, atlas shapes)]``."""
    data = form_data(editor_client.get(reverse("admin:articles_musclegroup_add")))
    data.update(
        {
            "name": name,
            "slug": name.lower(),
            "title": f"How to train your {name.lower()}",
            "summary": f"The muscles called the {name.lower()}.",
            "author": str(MuscleGroup.objects.get(slug="hamstrings").author_id),
            "introduction": "An introduction.",
            "anatomy": "Some muscles.",
            "status": "published",
            "muscles-TOTAL_FORMS": str(len(muscles)),
        }
    )
    for row, (muscle, shapes) in enumerate(muscles):
        slug = muscle.lower().replace(" ", "-")
        data.update({f"muscles-{row}-name": muscle, f"muscles-{row}-slug": slug, f"muscles-{row}-position": str(row)})
        data[f"muscles-{row}-atlas_shapes"] = shapes
    return editor_client.post(reverse("admin:articles_musclegroup_add"), data, follow=follow)


def test_a_guide_an_editor_makes_in_the_admin_with_no_svg_gets_an_atlas_diagram(editor_client, reader):
    gastrocnemius = ["back-gastrocnemius-medial-head", "back-gastrocnemius-lateral-head"]
    response = add_guide(
        editor_client, "Calves", [("Gastrocnemius", gastrocnemius), ("Soleus", ["back-soleus", "front-calves"])]
    )
    assert response.status_code == 302, response.context and response.context["errors"]
    assert Muscle.objects.get(slug="soleus").atlas_shapes == ["back-soleus", "front-calves"]

    figure = between(page_text(reader, "/guides/calves/"), GUIDE_FIGURE, "</figure>")
    assert figure.count("<svg") == 2 + 1  # front and back views, and the key's swatch
    for shape in ["back-gastrocnemius-medial-head", "back-gastrocnemius-lateral-head", "back-soleus", "front-calves"]:
        assert f'<g id="{shape}" class="muscle-shape muscle-focus">' in figure
    assert '<a href="#muscle-soleus" class="diagram-link" aria-label="Soleus">' in figure
    assert "The calves (solid fill)" in figure


def test_a_muscle_the_drawing_cannot_show_is_named_under_it_and_the_editor_is_told(editor_client, reader):
    """Gluteus minimus, with no shape, was listed as marked, and nothing said it was missing (editor review)."""
    muscles = [("Gluteus maximus", ["back-gluteus-maximus"]), ("Gluteus minimus", [])]
    response = add_guide(editor_client, "Glutes", muscles, follow=True)
    assert "Not in the drawing: Gluteus minimus. Readers read about it in the anatomy table." in (
        response.content.decode()
    )

    html = page_text(reader, "/guides/glutes/")
    figure = between(html, GUIDE_FIGURE, "</figure>")
    assert "Not in the drawing: Gluteus minimus; the table describes it." in figure
    assert "Marked: Gluteus maximus." in figure
    assert "Gluteus minimus." not in figure.replace("Not in the drawing: Gluteus minimus;", "")

    Muscle.objects.filter(slug="gluteus-maximus").update(atlas_shapes=[])
    MuscleGroup.objects.get(slug="glutes").save()  # a save refreshes the pages
    html = page_text(reader, "/guides/glutes/")
    assert GUIDE_FIGURE not in html
    assert "No drawing marks the glutes yet: the table below describes each muscle in words." in html


def test_a_muscle_drawn_through_its_heads_or_a_head_within_its_muscle_is_drawn(db):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    muscles = list(guide.muscles.all())
    assert undrawn(muscles, atlas.atlas_shape_ids) == []
    biceps = next(muscle for muscle in muscles if muscle.slug == "biceps-femoris")
    short_head = next(muscle for muscle in muscles if muscle.slug == "biceps-femoris-short-head")
    short_head.atlas_shapes = []
    assert undrawn(muscles, atlas.atlas_shape_ids) == [short_head]  # beside its drawn long head
    biceps.atlas_shapes = ["back-biceps-femoris-long-head"]
    assert undrawn(muscles, atlas.atlas_shape_ids) == []  # within its muscle's shape


def test_the_admin_offers_the_atlas_shapes_as_checkboxes_grouped_by_view(editor_client):
    guide = MuscleGroup.objects.get(slug="quadriceps")
    html = page_text(editor_client, reverse("admin:articles_musclegroup_change", args=[guide.pk]))
    assert "Front view" in html and "Back view" in html
    assert re.search(
        r'<input type="checkbox" name="muscles-0-atlas_shapes" value="front-rectus-femoris"[^>]*checked', html
    )
    assert "Vastus intermedius (deep, beside the rectus femoris)" in html


def test_an_unknown_atlas_shape_is_refused_with_a_message(editor_client):
    guide = MuscleGroup.objects.get(slug="quadriceps")
    url = reverse("admin:articles_musclegroup_change", args=[guide.pk])
    data = form_data(editor_client.get(url))
    data["muscles-0-atlas_shapes"] = ["front-rectus-femoris", "front-tail"]
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "Select a valid choice. front-tail is not one of the available choices." in response.content.decode()
    assert Muscle.objects.get(slug="rectus-femoris").atlas_shapes == ["front-rectus-femoris"]
    with pytest.raises(Exception, match="The atlas has no shape front-tail"):
        Muscle(group=guide, name="X", slug="x", atlas_shapes=["front-tail"]).full_clean()
