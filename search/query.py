"""What a reader typed in the search box, cleaned, and what is wrong with it, if anything."""

import re
import unicodedata
from dataclasses import dataclass, field

from .text import STOP_WORDS, stem, words

MIN_LENGTH = 2
MAX_LENGTH = 200
DOUBLE_QUOTES = str.maketrans("", "", '"“”')
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
WRAPPING_QUOTES = re.compile(r'^["“”](.+)["“”]$')


class Problem:
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    NO_WORDS = "no_words"
    COMMON_WORDS = "common_words"


@dataclass
class Query:
    text: str = ""  # what was typed, without control characters and runs of spaces
    words: list = field(default_factory=list)  # the words to look for, without stop words
    problem: str | None = None

    @property
    def ok(self):
        return self.problem is None

    @property
    def terms(self):
        """The stems of the words looked for (``text.stem``): what a result's words are matched against."""
        return {stem(word) for word in self.words}

    @property
    def unquoted(self):
        """The text as the page quotes it back: a phrase typed in double quotes loses them, so it is not quoted
        twice (“"romanian deadlift"”)."""
        return WRAPPING_QUOTES.sub(r"\1", self.text)

    @property
    def as_title(self):
        """The text as a title is stored for exact matches: in lower case, without double quotes (a phrase search)
        or a leading "the", "a" or "an", so "the quads" and '"romanian deadlift"' are exact titles too."""
        return LEADING_ARTICLE.sub("", " ".join(self.text.lower().translate(DOUBLE_QUOTES).split()))


def clean(raw):
    """``raw`` without control characters (NUL included, which PostgreSQL rejects) and extra spaces."""
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in raw or "")
    return " ".join(text.split())


def parse_query(raw):
    text = clean(raw)
    if not text:
        return Query(problem=Problem.EMPTY)
    if len(text) > MAX_LENGTH:
        return Query(text=text, problem=Problem.TOO_LONG)
    if len(text) < MIN_LENGTH:
        return Query(text=text, problem=Problem.TOO_SHORT)
    typed = words(text)
    if not typed:
        return Query(text=text, problem=Problem.NO_WORDS)
    content = [word for word in dict.fromkeys(typed) if word not in STOP_WORDS]
    if not content:
        return Query(text=text, problem=Problem.COMMON_WORDS)
    return Query(text=text, words=content)
