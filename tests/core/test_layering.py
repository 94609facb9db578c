"""Apps depend downward only: core <- studies <- articles <- exercises <- workouts, with newsletter, search and
pages on top. Code and templates of an app name no app above it (nor, on top, each other): not in an import, a
URL name, a template path, a dotted model name or a template tag library. Pages of lower apps get parts from the
apps above through ``core.sections`` registries instead.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
LEVELS = {
    "core": 0,
    "studies": 1,
    "articles": 2,
    "exercises": 3,
    "workouts": 4,
    # On top, and independent of each other.
    "newsletter": 5,
    "search": 5,
    "pages": 5,
}
CHECKED_SUFFIXES = {".py", ".html", ".txt", ".xml"}
TAG_LIBRARIES = {
    path.stem: app for app in LEVELS for path in (ROOT / app / "templatetags").glob("*.py") if path.stem != "__init__"
}
LOAD_TAG = re.compile(r"{%\s*load\s+([\w\s]+?)\s*%}")


def apps_it_may_not_name(app):
    level = LEVELS[app]
    return [other for other, other_level in LEVELS.items() if other != app and other_level >= level]


def references(text, other):
    """Lines of ``text`` that import ``other``, or name its URLs, templates, models or dotted paths."""
    patterns = [rf"^\s*(?:from|import)\s+{other}[.\s]", rf"[\"']{other}[:/.]"]
    return [
        text.count("\n", 0, match.start()) + 1 for pattern in patterns for match in re.finditer(pattern, text, re.M)
    ]


def violations(app):
    found = []
    for path in sorted((ROOT / app).rglob("*")):
        if path.suffix not in CHECKED_SUFFIXES or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(ROOT)
        forbidden = apps_it_may_not_name(app)
        for other in forbidden:
            found += [f"{where}:{line} names {other}" for line in references(text, other)]
        for match in LOAD_TAG.finditer(text):
            found += [
                f"{where} loads {library} of {TAG_LIBRARIES[library]}"
                for library in match.group(1).split()
                if TAG_LIBRARIES.get(library) in forbidden
            ]
    return found


def test_the_levels_name_every_app_with_code_at_the_top_level():
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")}
    assert apps == set(LEVELS)


@pytest.mark.parametrize("app", LEVELS)
def test_an_app_names_no_app_above_it(app):
    assert violations(app) == []


def test_the_check_finds_an_upward_reference():
    assert references('{% include "newsletter/includes/guide_signup.html" %}', "newsletter") == [1]
    assert references("def ready(self):\n    from workouts.models import Workout\n", "workouts") == [2]
    assert references('reverse("search:results")', "search") == [1]
    assert references("from core.models import Publishable", "newsletter") == []
