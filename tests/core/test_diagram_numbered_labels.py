"""A wide drawing's labels numbered for phones (core.diagram ``numbered_labels``, ``label_words``)."""

from core.diagram import Shape, label_words, render_diagram

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200"><title>t</title>'
    '<path id="m" d="M0 0 L10 10 Z"/>'
    '<text id="m-label" x="20" y="120" text-anchor="end">'
    '<tspan x="20">Long</tspan><tspan x="20" dy="18">head</tspan></text>'
    '<text x="150" y="10">Pelvis</text><text x="5" y="5"> </text></svg>'
)


def test_each_label_gets_a_number_at_its_place_and_the_words_are_listed_in_that_order():
    html = render_diagram(SVG, [Shape("m", "Long head", href="#muscle-long-head")], numbered_labels=True)
    assert label_words(SVG) == ["Long head", "Pelvis"]
    assert '<text class="label-number" aria-hidden="true" x="20" y="120" text-anchor="end">1</text>' in html
    # Near the top, the number moves down enough to stay inside the drawing.
    assert '<text class="label-number" aria-hidden="true" x="150" y="24">2</text>' in html
    assert html.count('class="label-number"') == 2 and html.count('class="label-words"') == 2


def test_a_linked_label_keeps_its_words_as_the_links_name_and_its_number_is_hidden_from_screen_readers():
    html = render_diagram(SVG, [Shape("m", "Long head", href="#muscle-long-head")], numbered_labels=True)
    assert '<a href="#muscle-long-head" class="diagram-link"><text id="m-label"' in html and 'aria-label="' not in html


def test_without_numbering_the_drawing_is_unchanged():
    assert "label-number" not in render_diagram(SVG, [Shape("m", "Long head")])


def test_a_direction_keeps_its_words_and_gets_no_number():
    directions = '<text x="0" y="190">← inner side</text><text x="300" y="190">outer side →</text>'
    svg = SVG.replace("</svg>", directions + "</svg>")
    html = render_diagram(svg, [Shape("m", "Long head", href="#muscle-long-head")], numbered_labels=True)
    assert label_words(svg) == ["Long head", "Pelvis"]
    assert html.count('class="label-number"') == 2
    assert '<text x="0" y="190" class="label-direction">← inner side</text>' in html
    assert '<text x="300" y="190" class="label-direction">outer side →</text>' in html
