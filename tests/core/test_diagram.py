"""Anatomy diagrams: unsafe SVG is refused, safe SVG is drawn with muscles marked and linked."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles.forms import MuscleGroupForm
from articles.models import Muscle, MuscleGroup
from articles.seed import DIAGRAM_PATH
from core.diagram import Shape, render_diagram, svg_problems, validate_svg
from tests.admin_forms import form_data as admin_form_data

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>T</title>{}</svg>'
SHAPE = '<path id="m1" d="M0 0 L5 5 Z"/>'


def svg(body=SHAPE):
    return SVG.format(body)


def test_the_shipped_hamstrings_diagram_is_valid_and_names_every_part():
    text = DIAGRAM_PATH.read_text()
    assert svg_problems(text) == []
    for shape in ["semitendinosus", "semimembranosus", "biceps-femoris-long-head", "biceps-femoris-short-head"]:
        assert f'id="hs-{shape}"' in text and f'id="hs-{shape}-label"' in text
    assert "<title" in text and "<desc" in text


@pytest.mark.parametrize(
    "body,complaint",
    [
        ("<script>alert(1)</script>", "<script> elements are not allowed"),
        ('<path d="M0 0" onload="alert(1)"/>', "Event attributes such as onload="),
        ('<rect width="1" height="1" ONCLICK="x()"/>', "Event attributes such as ONCLICK="),
        ("<foreignObject><div/></foreignObject>", "<foreignObject> elements are not allowed"),
        ("<style>@import url(https://evil.example/x.css);</style>", "<style> elements are not allowed"),
        ('<a href="https://evil.example/"><path d="M0 0"/></a>', "<a> elements are not allowed"),
        ('<use href="https://evil.example/s.svg#x"/>', "must stay inside the diagram"),
        # XML keeps the case as written; the page's HTML parser reads HREF as href.
        ('<use HREF="https://evil.example/s.svg#x"/>', "must stay inside the diagram"),
        ('<path d="M0 0" style="fill: image-set(\'https://evil.example/p.png\' 1x)"/>', "“image-set(” is not allowed"),
        ('<path d="M0 0" style="fill: cross-fade(\'//evil.example/p\', red)"/>', "“cross-fade(” is not allowed"),
        (
            '<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="/other.svg#x"/>',
            "must stay inside the diagram",
        ),
        ('<path d="M0 0" fill="url(https://evil.example/p)"/>', "url() may only point inside the diagram"),
        ('<path d="M0 0" style="fill: url( \'//evil.example/p\' )"/>', "url() may only point inside the diagram"),
        ('<path d="M0 0" style="@import \'x.css\'"/>', "“@import” is not allowed"),
        ('<path d="M0 0" filter="java\nscript:alert(1)"/>', "“javascript:” is not allowed"),
        ('<image href="data:image/png;base64,AAAA"/>', "<image> elements are not allowed"),
        ('<set attributeName="href" to="javascript:alert(1)"/>', "<set> elements are not allowed"),
        (
            '<path xmlns:i="http://ns.adobe.com/AdobeIllustrator/10.0/" i:extra="x" d="M0 0"/>',
            "is not plain SVG",
        ),
    ],
)
def test_unsafe_svg_is_refused_with_a_reason(body, complaint):
    problems = svg_problems(svg(body))
    assert any(complaint in problem for problem in problems), problems
    with pytest.raises(ValidationError):
        validate_svg(svg(body))


@pytest.mark.parametrize(
    "text,complaint",
    [
        ('<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"/>', "DOCTYPE or entities"),
        ("<svg", "not well-formed XML"),
        ('<html xmlns="http://www.w3.org/1999/xhtml"><title>x</title></html>', "root must be <svg"),
        ("<svg><title>no namespace</title></svg>", "root must be <svg"),
        ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>', "needs a <title>"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><title>t</title></svg>', "needs a viewBox"),
    ],
)
def test_malformed_or_incomplete_svg_is_refused(text, complaint):
    assert any(complaint in problem for problem in svg_problems(text))


def test_internal_references_and_plain_svg_are_allowed():
    body = (
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>'
        '<path id="m1" d="M0 0" fill="url(#g)" style="stroke: url(\'#g\')"/>'
        '<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="#m1"/><text xml:space="preserve">A</text>'
    )
    assert svg_problems(svg(body)) == []


def test_rendering_marks_each_shape_by_role_and_describes_it():
    shapes = [Shape("m1", "Muscle one", "role-not-trained", "no")]
    html = render_diagram(svg(SHAPE + '<path id="m2" d="M1 1"/>'), shapes, "M1 is out.")
    assert 'class="muscle-shape role-not-trained"' in html
    assert 'class="diagram-svg has-roles"' in html
    assert '<path id="m2" d="M1 1" />' in html  # a shape not asked for is left as drawn
    assert "<title>Muscle one: no</title>" in html
    assert 'role="img"' in html and "M1 is out." in html
    assert 'aria-labelledby="diagram-title diagram-desc"' in html
    assert "mg-pattern" not in html  # the patterns are defined once per page, not in each diagram


def test_rendering_links_labels_once_and_shapes_for_the_mouse():
    text = svg(SHAPE + '<text id="m1-label">One</text><path id="m2" d="M1 1"/>')
    html = render_diagram(text, [Shape("m1", "One", href="#muscle-one"), Shape("m2", "Two", href="#muscle-two")])
    assert '<a href="#muscle-one" class="diagram-link"><text id="m1-label">One</text></a>' in html
    assert '<a href="#muscle-one" tabindex="-1" aria-hidden="true"><path id="m1"' in html
    assert '<a href="#muscle-two" class="diagram-link" aria-label="Two"><path id="m2"' in html
    assert 'role="group"' in html


def test_shapes_missing_from_the_diagram_or_naming_its_root_are_skipped():
    text = '<svg xmlns="http://www.w3.org/2000/svg" id="root" viewBox="0 0 1 1"><title>T</title></svg>'
    shapes = [Shape("root", "All", "role-primary", href="#x"), Shape("gone", "Gone", "role-primary")]
    html = render_diagram(text, shapes)
    assert "muscle-shape" not in html and "<a " not in html


def test_a_label_id_on_the_root_is_not_a_label():
    """The <svg> itself holding a muscle's label id was wrapped in a link it has no parent for: a KeyError, and the
    guide page answered 500 (bad-input review)."""
    text = '<svg xmlns="http://www.w3.org/2000/svg" id="m1-label" viewBox="0 0 10 10"><title>T</title>{}</svg>'
    html = render_diagram(text.format(SHAPE), [Shape("m1", "One", href="#muscle-one")])
    assert '<a href="#muscle-one" class="diagram-link" aria-label="One"><path id="m1"' in html


def test_a_stored_diagram_that_bypassed_validation_is_not_rendered(caplog):
    assert render_diagram(svg("<script>alert(1)</script>")) == ""
    assert "Not rendering an unsafe diagram" in caplog.text
    assert render_diagram("") == ""


# The admin form.


@pytest.fixture
def hamstrings(seeded):
    return MuscleGroup.objects.get(slug="hamstrings")


def form_data(guide, **changes):
    form = MuscleGroupForm(instance=guide)
    # File fields are left out: an empty one cannot be posted back, and no upload keeps the current file.
    data = {name: form.initial.get(name) for name in form.fields if name not in {"diagram_file", "image"}}
    data["published_at"] = guide.published_at.strftime("%Y-%m-%d %H:%M:%S")
    # The admin splits the date and time into two inputs.
    data["published_at_0"], data["published_at_1"] = data["published_at"].split()
    data["author"] = guide.author_id
    return {**data, **changes}


def admin_post(admin_client, guide, **changes):
    """The guide's admin form as a browser submits it (inlines included), with ``changes``."""
    url = f"/admin/articles/musclegroup/{guide.pk}/change/"
    return admin_client.post(url, {**admin_form_data(admin_client.get(url)), **changes})


def upload(text):
    return {"diagram_file": SimpleUploadedFile("diagram.svg", text.encode(), content_type="image/svg+xml")}


@pytest.mark.parametrize("body", ['<script>alert("x")</script>', '<path id="x" d="M0 0" onload="alert(1)"/>'])
def test_admin_refuses_an_svg_upload_with_a_script_or_onload(admin_client, hamstrings, body):
    before = hamstrings.diagram_svg
    response = admin_post(admin_client, hamstrings, **upload(svg(body)))
    assert response.status_code == 200  # the form again, with the error
    html = response.content.decode()
    assert "not allowed" in html
    assert MuscleGroup.objects.get(pk=hamstrings.pk).diagram_svg == before


def test_admin_refuses_unsafe_svg_pasted_as_text(admin_client, hamstrings):
    unsafe = hamstrings.diagram_svg.replace("<title", "<script>alert(1)</script><title", 1)
    response = admin_post(admin_client, hamstrings, diagram_svg=unsafe)
    assert response.status_code == 200 and "&lt;script&gt; elements are not allowed" in response.content.decode()
    assert "<script>" not in MuscleGroup.objects.get(pk=hamstrings.pk).diagram_svg


def test_admin_accepts_a_safe_upload_that_keeps_the_muscles_shapes(admin_client, hamstrings):
    new = hamstrings.diagram_svg.replace("seen from behind</title>", "seen from behind (redrawn)</title>")
    assert "(redrawn)" in new
    response = admin_post(admin_client, hamstrings, **upload(new))
    assert response.status_code == 302
    assert "(redrawn)" in MuscleGroup.objects.get(pk=hamstrings.pk).diagram_svg


def test_a_new_diagram_must_keep_the_shapes_muscles_point_at(hamstrings):
    without_short_head = svg('<path id="hs-semitendinosus" d="M0 0"/>')
    form = MuscleGroupForm(form_data(hamstrings), upload(without_short_head), instance=hamstrings)
    assert not form.is_valid()
    assert "hs-biceps-femoris-short-head (Biceps femoris short head)" in str(form.errors["diagram_file"])


def test_a_muscle_can_only_name_a_shape_its_groups_diagram_has(hamstrings):
    muscle = Muscle.objects.get(slug="semitendinosus")
    muscle.svg_shape_id = "hs-nowhere"
    with pytest.raises(ValidationError, match="no shape with the id"):
        muscle.full_clean()
    muscle.svg_shape_id = "hs-semimembranosus"
    with pytest.raises(ValidationError, match="Semimembranosus already uses this shape"):
        muscle.full_clean()
    muscle.svg_shape_id = "hs-semitendinosus"
    muscle.full_clean()


# Seeding the diagram.


@pytest.mark.django_db
def test_seed_fills_the_diagram_and_shapes_where_empty_and_keeps_an_editors_choice():
    call_command("seed_content", stdout=io.StringIO())
    guide = MuscleGroup.objects.get(slug="hamstrings")
    assert guide.diagram_svg == DIAGRAM_PATH.read_text()
    assert dict(Muscle.objects.filter(group=guide).values_list("slug", "svg_shape_id")) == {
        "semitendinosus": "hs-semitendinosus",
        "semimembranosus": "hs-semimembranosus",
        "biceps-femoris": "",
        "biceps-femoris-long-head": "hs-biceps-femoris-long-head",
        "biceps-femoris-short-head": "hs-biceps-femoris-short-head",
    }
    # The quadriceps guide has no diagram yet, so its muscles point at no shape.
    assert MuscleGroup.objects.get(slug="quadriceps").diagram_svg == ""
    assert set(Muscle.objects.filter(group__slug="quadriceps").values_list("svg_shape_id", flat=True)) == {""}
    # A database seeded before the diagram existed: the fields are empty, and get filled.
    Muscle.objects.filter(slug="semitendinosus").update(svg_shape_id="")
    Muscle.objects.filter(slug="semimembranosus").update(svg_shape_id="hs-semitendinosus-label")  # an editor's choice
    MuscleGroup.objects.filter(pk=guide.pk).update(diagram_svg="")
    call_command("seed_content", stdout=io.StringIO())
    assert MuscleGroup.objects.get(pk=guide.pk).diagram_svg == DIAGRAM_PATH.read_text()
    assert Muscle.objects.get(slug="semitendinosus").svg_shape_id == "hs-semitendinosus"
    assert Muscle.objects.get(slug="semimembranosus").svg_shape_id == "hs-semitendinosus-label"
    # An editor's own diagram is kept, and muscles are not pointed at shapes it lacks.
    own = svg('<path id="st" d="M0 0"/>')
    MuscleGroup.objects.filter(pk=guide.pk).update(diagram_svg=own)
    Muscle.objects.filter(group=guide).update(svg_shape_id="")
    call_command("seed_content", stdout=io.StringIO())
    assert MuscleGroup.objects.get(pk=guide.pk).diagram_svg == own
    assert set(Muscle.objects.filter(group=guide).values_list("svg_shape_id", flat=True)) == {""}


def nested(depth):
    return svg("<g>" * depth + SHAPE + "</g>" * depth)


def test_a_deeply_nested_svg_is_refused_with_a_reason():
    problems = svg_problems(nested(1000))
    assert len(problems) == 1
    assert "nested 1002 levels deep; a diagram may nest at most 32" in problems[0]
    assert svg_problems(nested(20)) == []


@pytest.mark.usefixtures("seeded")
def test_a_deeply_nested_diagram_saved_around_the_admin_does_not_take_the_guide_down(client):
    """A row written straight to the database (an old row, a script) is checked again on the page."""
    MuscleGroup.objects.filter(slug="hamstrings").update(diagram_svg=nested(1000))
    response = client.get("/guides/hamstrings/")
    assert response.status_code == 200
    assert "<g><g><g>" not in response.content.decode()
    assert client.get("/exercises/romanian-deadlift/").status_code == 200
    assert client.get("/workouts/hamstring-workout/").status_code == 200


@pytest.mark.parametrize(
    "style",
    [
        "fill: \\75 rl(https://evil.example/x.svg)",
        "fill: \\000075rl(https://evil.example/x.svg)",
        "fill: u\\rl(https://evil.example/x.svg)",
        "fill: url(\\68 ttps://evil.example/x.svg)",
        "background: \\6a avascript:alert(1)",
        "\\40 import 'https://evil.example/x.css'",
    ],
)
def test_css_escapes_are_decoded_before_references_are_checked(style):
    problems = svg_problems(svg(f'<path d="M0 0" style="{style}"/>'))
    assert problems, style
    assert "In style= on <path>" in problems[0]


def test_an_escaped_reference_inside_the_diagram_is_still_allowed():
    assert svg_problems(svg('<path d="M0 0" style="fill: \\75 rl(#pattern)"/>')) == []


def test_an_uploaded_diagram_is_kept_when_the_form_comes_back_with_an_error(admin_client, hamstrings):
    uploaded = hamstrings.diagram_svg.replace("</title>", " (redrawn)</title>", 1)
    assert uploaded != hamstrings.diagram_svg
    url = f"/admin/articles/musclegroup/{hamstrings.pk}/change/"
    response = admin_post(admin_client, hamstrings, name="", **upload(uploaded))
    assert response.status_code == 200  # the form again: the name is missing
    assert "Your diagram “diagram.svg” is kept" in response.content.decode()

    again = admin_form_data(response)  # as the browser submits it again: no file this time
    assert again["diagram_svg"].strip() == uploaded.strip()
    assert admin_client.post(url, {**again, "name": "Hamstrings"}).status_code == 302
    assert MuscleGroup.objects.get(pk=hamstrings.pk).diagram_svg.strip() == uploaded.strip()


def test_a_draft_keeps_an_uploaded_diagram(editor_client, hamstrings):
    uploaded = hamstrings.diagram_svg.replace("</title>", " (redrawn)</title>", 1)
    url = f"/admin/articles/musclegroup/{hamstrings.pk}/change/"
    response = editor_client.post(
        url, {**admin_form_data(editor_client.get(url)), "_savedraft": "1", **upload(uploaded)}
    )
    assert response.status_code == 302
    assert MuscleGroup.objects.get(pk=hamstrings.pk).diagram_svg == hamstrings.diagram_svg  # readers: unchanged
    assert admin_form_data(editor_client.get(url))["diagram_svg"].strip() == uploaded.strip()
