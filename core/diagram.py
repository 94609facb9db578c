"""Inline SVG diagrams: validate an editor's SVG, and render it with some of its shapes marked.

An editor uploads an SVG whose shapes carry ids. Pages ask for the diagram
with chosen shapes given a class (the anatomy app marks muscles by the role an
exercise gives them; see ``articles.anatomy``), a tooltip, or a link.

The SVG goes on the page inline, so it must be inert: ``validate_svg`` refuses
DTDs and entities, scripts, event attributes, ``<style>``, foreign content and
every reference that leaves the document. Pages never output the stored text
as it is: ``render_diagram`` parses it, validates it again (a row written
around the admin is no safer than one written through it), and serialises
the tree it changed, which also drops comments and processing instructions.
"""

import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe

logger = logging.getLogger(__name__)

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

MAX_SVG_CHARS = 200_000
# Drawings nest a few groups deep; a thousand nested groups (12 KB) took every page showing
# the diagram down, since serialising the tree recurses once per level.
MAX_SVG_DEPTH = 32

ALLOWED_ELEMENTS = frozenset(
    ["svg", "g", "defs", "title", "desc", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon"]
    + ["text", "tspan", "pattern", "linearGradient", "radialGradient", "stop", "clipPath", "mask", "use"]
    + ["symbol", "marker"]
)
ALLOWED_FOREIGN_ATTRIBUTES = {(XLINK_NS, "href"), (XLINK_NS, "title"), (XML_NS, "space"), (XML_NS, "lang")}
SHAPE_ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_.:-]*$"

_URL = re.compile(r"url\(\s*['\"]?\s*([^'\")\s]*)", re.IGNORECASE)
# A CSS escape: a backslash and 1-6 hex digits (plus one optional white space), or any other character.
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.DOTALL)
# Besides url(), CSS can fetch a file through these functions, which take a plain string.
_FORBIDDEN_IN_VALUES = ("javascript:", "vbscript:", "data:", "@import", "expression(") + (
    "image-set(",
    "cross-fade(",
    "image(",
    "src(",
)

# The fills for the roles (url(#mg-pattern-...) in diagrams.css) are defined once per page, in
# templates/includes/diagram_patterns.html, not in each diagram: a page showing several diagrams
# (an exercise's movement figure and its atlas) would otherwise repeat their ids.


def _split(name):
    """``'{ns}local'`` -> ``('ns', 'local')``; ``'local'`` -> ``('', 'local')``."""
    if name.startswith("{"):
        namespace, _, local = name[1:].partition("}")
        return namespace, local
    return "", name


def _decode_css_escapes(value):
    """``\\75 rl(`` -> ``url(``, as a browser reads a style; a check on the raw text would miss it."""

    def decoded(match):
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
        return "" if match.group(2) == "\n" else match.group(2)

    return _CSS_ESCAPE.sub(decoded, value)


def _depth(root):
    """How deep elements nest under ``root`` (``root`` alone: 1), counted without recursion."""
    deepest, stack = 0, [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _value_problem(value):
    value = _decode_css_escapes(value)
    compact = re.sub(r"\s+", "", value).lower()
    for needle in _FORBIDDEN_IN_VALUES:
        if needle in compact:
            return f"“{needle}” is not allowed"
    for target in _URL.findall(value):
        if not target.startswith("#"):
            return "url() may only point inside the diagram (url(#id))"
    return ""


def svg_problems(text):
    """Every reason, in plain words, why ``text`` is not a safe diagram; ``[]`` when it is."""
    if len(text) > MAX_SVG_CHARS:
        return [f"The SVG is too large ({len(text):,} characters; at most {MAX_SVG_CHARS:,})."]
    try:
        root = SafeET.fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        return ["The SVG declares a DOCTYPE or entities, which are not allowed. Export it as plain SVG."]
    except ET.ParseError as error:
        return [f"The file is not well-formed XML ({error})."]

    problems = []
    if root.tag != f"{{{SVG_NS}}}svg":
        problems.append('The file is not an SVG: its root must be <svg xmlns="http://www.w3.org/2000/svg">.')
        return problems
    if (depth := _depth(root)) > MAX_SVG_DEPTH:
        return [
            f"Elements are nested {depth} levels deep; a diagram may nest at most {MAX_SVG_DEPTH}. "
            "Ungroup the drawing (in Inkscape: Object > Ungroup) and export it again."
        ]
    if not root.get("viewBox"):
        problems.append("The <svg> element needs a viewBox, so the diagram can scale to the page.")
    if root.find(f"{{{SVG_NS}}}title") is None:
        problems.append("The <svg> element needs a <title> child that names the diagram, for screen readers.")

    for element in root.iter():
        namespace, tag = _split(element.tag)
        if namespace != SVG_NS or tag not in ALLOWED_ELEMENTS:
            what = "<script>" if tag == "script" else f"<{tag}>"
            problems.append(f"{what} elements are not allowed in a diagram.")
            continue
        for name, value in element.attrib.items():
            attr_namespace, attr = _split(name)
            if attr.lower().startswith("on"):
                problems.append(f"Event attributes such as {attr}= are not allowed (on <{tag}>).")
            elif attr_namespace and (attr_namespace, attr) not in ALLOWED_FOREIGN_ATTRIBUTES:
                problems.append(f"The attribute {name} on <{tag}> is not plain SVG. Export the file as plain SVG.")
            elif attr.lower() == "href" and not value.strip().startswith("#"):  # HTML reads HREF as href
                problems.append(f"Links and references must stay inside the diagram (href=“{value}” on <{tag}>).")
            elif problem := _value_problem(value):
                problems.append(f"In {attr}= on <{tag}>: {problem}.")
    return list(dict.fromkeys(problems))


def validate_svg(text):
    """Model and form validator: raise ``ValidationError`` listing what makes the SVG unsafe."""
    problems = svg_problems(text)
    if problems:
        raise ValidationError(problems[:6])


def shape_ids(text):
    """The ids of every element in a (valid) SVG."""
    try:
        root = SafeET.fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DefusedXmlException, ET.ParseError):
        return set()
    return {element.get("id") for element in root.iter() if element.get("id")}


@dataclass(frozen=True)
class Shape:
    """How to draw one shape: a class that marks it, a tooltip, and where it links."""

    shape_id: str
    name: str
    css_class: str = ""  # e.g. "role-primary"; "" for no highlight
    tooltip: str = ""  # shown after the name in the shape's tooltip, e.g. "primary"
    href: str = ""  # e.g. "#muscle-semitendinosus"


def render_diagram(svg_text, shapes=(), description="", numbered_labels=False):
    """The diagram as safe inline markup, shapes classed and linked; ``""`` if there is none.

    ``shapes`` is a sequence of ``Shape``; ``description`` is added to the
    diagram's ``<desc>`` (e.g. what an exercise trains), so the text
    equivalent says what the highlight shows. ``numbered_labels`` puts a number
    beside each text label (class ``label-number``, in the order of
    ``label_words``), for phones: a wide drawing shrinks its words below a
    readable size there, so diagrams.css shows the numbers large instead and the
    page lists what each number names.
    """
    if not svg_text:
        return ""
    # Safe: _render validated the SVG and re-serialised the parsed tree.
    return mark_safe(_render(svg_text, tuple(shapes), description, numbered_labels))


def _words(text_element):
    return " ".join(part.strip() for part in text_element.itertext() if part.strip())


# A text that starts or ends with one of these points the way ("← inner side"): a direction, not a label.
DIRECTION_ARROWS = "←→↑↓↔↕"


def is_direction(words):
    return words[:1] in DIRECTION_ARROWS or words[-1:] in DIRECTION_ARROWS


def _texts(root):
    """``(labels, directions)``: the drawing's texts with words, in document order, directions apart."""
    texts = [text for text in root.iter(f"{{{SVG_NS}}}text") if _words(text)]
    directions = [text for text in texts if is_direction(_words(text))]
    return [text for text in texts if text not in directions], directions


@lru_cache(maxsize=64)
def label_words(svg_text):
    """The words of each text label of a (valid) diagram, in the order ``numbered_labels`` numbers them."""
    if not svg_text or svg_problems(svg_text):
        return []
    labels, _ = _texts(SafeET.fromstring(svg_text, forbid_dtd=True))
    return [_words(label) for label in labels]


NUMBER_HEIGHT = 24  # of a label's number, in the drawing's units (diagrams.css sets its font size)


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _number_labels(root, parents):
    """Beside each text label, its number: a ``label-number`` text at the label's place, hidden unless on a phone.

    A direction ("← inner side") names no part, so it keeps its words, larger on a phone (``label-direction``).
    """
    tag = f"{{{SVG_NS}}}"
    labels, directions = _texts(root)
    for direction in directions:
        _add_class(direction, "label-direction")
    view_box = (root.get("viewBox") or "").replace(",", " ").split()
    top = _number(view_box[1]) if len(view_box) == 4 else 0  # a number near the top stays inside the drawing
    for number, label in enumerate(labels, 1):
        first_line = next((span for span in label.iter(tag + "tspan") if span.get("x")), label)
        # aria-hidden: the label's words stay in the tree (diagrams.css only makes them transparent), so a
        # linked label keeps its words as its name whichever of the two is seen.
        attributes = {"class": "label-number", "aria-hidden": "true", "x": first_line.get("x") or label.get("x") or "0"}
        attributes["y"] = f"{max(_number(label.get('y') or first_line.get('y')), top + NUMBER_HEIGHT):g}"
        if label.get("text-anchor"):
            attributes["text-anchor"] = label.get("text-anchor")
        key = ET.Element(tag + "text", attributes)
        key.text = str(number)
        _add_class(label, "label-words")
        parent = parents[label]
        parent.insert(list(parent).index(label) + 1, key)


@lru_cache(maxsize=256)
def _render(svg_text, shapes, description, numbered_labels=False):
    problems = svg_problems(svg_text)
    if problems:
        logger.warning("Not rendering an unsafe diagram: %s", "; ".join(problems))
        return ""
    root = SafeET.fromstring(svg_text, forbid_dtd=True)
    tag = f"{{{SVG_NS}}}"
    parents = {child: parent for parent in root.iter() for child in parent}
    # The <svg> itself is neither a shape nor a label, whatever its id: it has no parent to wrap it in a link.
    by_id = {element.get("id"): element for element in root.iter() if element.get("id") and element is not root}

    for size in ("width", "height"):
        root.attrib.pop(size, None)
    _add_class(root, "diagram-svg")
    title = root.find(tag + "title")
    title.set("id", title.get("id") or "diagram-title")
    desc = root.find(tag + "desc")
    if description:
        if desc is None:
            desc = ET.Element(tag + "desc")
            root.insert(list(root).index(title) + 1, desc)
        desc.text = " ".join(part for part in [(desc.text or "").strip(), description] if part)
    if desc is not None:
        desc.set("id", desc.get("id") or "diagram-desc")
    if any(shape.css_class for shape in shapes):
        _add_class(root, "has-roles")
    linked = any(shape.href for shape in shapes)
    # A picture is named by its title and description; a diagram of links is a group
    # named by its title, whose links are read one by one.
    root.set("role", "group" if linked else "img")
    if linked or desc is None:
        root.set("aria-labelledby", title.get("id"))
        if desc is not None:
            root.set("aria-describedby", desc.get("id"))
    else:
        root.set("aria-labelledby", f"{title.get('id')} {desc.get('id')}")

    for shape in shapes:
        element = by_id.get(shape.shape_id)
        if element is None:
            continue
        _add_class(element, "muscle-shape", shape.css_class)
        tooltip = ET.Element(tag + "title")
        tooltip.text = f"{shape.name}: {shape.tooltip}" if shape.tooltip else shape.name
        element.insert(0, tooltip)
        if not shape.href:
            continue
        label = by_id.get(f"{shape.shape_id}-label")
        if label is not None:
            # One keyboard stop per muscle: the visible label. The shape is a second,
            # mouse-only target for the same link.
            _wrap_in_link(label, parents, shape.href, {"class": "diagram-link"})
            _wrap_in_link(element, parents, shape.href, {"tabindex": "-1", "aria-hidden": "true"})
        else:
            _wrap_in_link(element, parents, shape.href, {"class": "diagram-link", "aria-label": shape.name})
    if numbered_labels:
        _number_labels(root, parents)
    return ET.tostring(root, encoding="unicode")


def _add_class(element, *names):
    classes = (element.get("class") or "").split()
    classes += [name for name in names if name and name not in classes]
    element.set("class", " ".join(classes))


def _wrap_in_link(element, parents, href, attributes):
    parent = parents[element]
    link = ET.Element(f"{{{SVG_NS}}}a", {"href": href, **attributes})
    link.tail, element.tail = element.tail, None
    parent.insert(list(parent).index(element), link)
    parent.remove(element)
    link.append(element)
    parents[element] = link
