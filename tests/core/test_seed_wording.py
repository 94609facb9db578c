"""The seed is written in the site's own words: no seed text repeats a fact sheet's wording.

The fact sheets (``../shared/content/*-facts.md``, or ``FACT_SHEETS_DIR``) say "Nothing here is
to be pasted as page text". A run of eight words the same as a sheet's, in the same order, is
taken as copied; study titles, authors and journals are the studies' own and are left out, and
citations are dropped before comparing. The test is skipped where the sheets are not beside the
checkout.
"""

import os
import re
from pathlib import Path

import pytest
from django.conf import settings

from articles import seed_data as articles
from exercises import seed_data as exercises
from studies import seed_data as studies
from workouts import seed_data as workouts

RUN = 8
SHEETS = Path(os.environ.get("FACT_SHEETS_DIR") or Path(settings.BASE_DIR).parent / "shared" / "content")
NOT_OURS = {"title", "authors", "journal", "doi"}  # a study's own words
CITATION = re.compile(r"\[@[a-z0-9-]+\]")
WORD = re.compile(r"[a-z0-9%+.'-]+")


def words(text):
    found = WORD.findall(CITATION.sub(" ", text.lower()))
    return [word for word in (word.strip(".-'") for word in found) if word]


def runs(text):
    found = words(text)
    return {tuple(found[i : i + RUN]) for i in range(len(found) - RUN + 1)}


def texts(value, where):
    """Every string in the seed's data, with where it is."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in NOT_OURS:
                yield from texts(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from texts(item, f"{where}[{index}]")


def seed_texts():
    for module in (articles, exercises, studies, workouts):
        for name in dir(module):
            if name.isupper():
                yield from texts(getattr(module, name), f"{module.__name__}.{name}")


def test_no_seed_text_repeats_eight_words_of_a_fact_sheet():
    sheets = sorted(SHEETS.glob("*-facts.md"))
    if not sheets:
        pytest.skip(f"no fact sheets in {SHEETS}")
    copied = set().union(*(runs(sheet.read_text()) for sheet in sheets))
    found = [(where, " ".join(run)) for where, text in seed_texts() for run in sorted(runs(text) & copied)]
    assert not found, found


def test_the_check_finds_a_copied_run():
    sentence = "Squats and leg presses extend hip and knee together [@kubo-2019]."
    assert ("squats", "and", "leg", "presses", "extend", "hip", "and", "knee") in runs(sentence)
