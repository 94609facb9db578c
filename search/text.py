"""Words, stems and snippets for search: shared by both backends so they show results alike.

The stop words are PostgreSQL's English list, so a query both backends accept
has the same words. The stemmer is a deliberately small suffix stripper: it
makes "curls" find "curl" and "hamstring" find "hamstrings" in the SQLite
fallback, where PostgreSQL uses its Snowball stemmer.
"""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

# PostgreSQL 15, share/tsearch_data/english.stop.
POSTGRESQL_ENGLISH_STOP_WORDS = """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her
    hers herself it its itself they them their theirs themselves what which who whom this that these
    those am is are was were be been being have has had having do does did doing a an the and but if or
    because as until while of at by for with about against between into through during before after
    above below to from up down in out on off over under again further then once here there when where
    why how all any both each few more most other some such no nor not only own same so than too very s
    t can will just don should now
"""
STOP_WORDS = frozenset(POSTGRESQL_ENGLISH_STOP_WORDS.split())

TOKEN = re.compile(r"[^\W_]+")
VOWELS = set("aeiouy")
# Markdown an editor writes, which a snippet should not show.
CITATION = re.compile(r"\[@[a-z0-9-]+\]")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
TAG = re.compile(r"<[^>]*>")
LIST_MARKER = re.compile(r"^\s*(?:[-+*]|\d+\.)\s+", re.MULTILINE)
MARKUP = re.compile(r"[*_`#>|]")


def words(text):
    """The lower-case words of ``text``: runs of letters and digits."""
    return TOKEN.findall((text or "").lower())


# A one-syllable word ending in consonant, vowel, consonant, "e" keeps its "e", as in Snowball and Porter:
# "sites" is "site", not the "sit" of "sitting" (the reference search found "sitting bone" where no engine did).
SHORT_SYLLABLE_E = re.compile(r"[^aeiouy][aeiouy][^aeiouwxy]e")


@lru_cache(maxsize=8192)
def stem(word):
    """A rough English stem: curls, curled, curling -> curl; studies, study -> studi.

    Remembered per word: a search cuts snippets from whole texts, stemming the same words over and over.
    """
    word = word.lower()
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ying") and len(word) <= 6:
        return word[:-4] + "ie"  # lying -> lie, as Snowball has it
    for suffix in ("ing", "ed"):
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) >= 3 and VOWELS & set(base):
            word = base
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouylsz":
                word = word[:-1]  # squatting -> squatt -> squat
            break
    if len(word) > 3 and word.endswith("y"):
        word = word[:-1] + "i"
    if len(word) > 3 and word.endswith("e") and not SHORT_SYLLABLE_E.fullmatch(word):
        word = word[:-1]
    return word


def stems(text):
    return {stem(word) for word in words(text)}


def plain_text(markdown):
    """Editor Markdown as the words a reader sees: no citation keys, link targets, tags or markup."""
    text = CITATION.sub(" ", markdown or "")
    text = LINK.sub(r"\1", text)
    text = TAG.sub(" ", text)
    text = LIST_MARKER.sub("", text)
    text = MARKUP.sub("", text)
    return " ".join(text.split())


def highlight(text, terms):
    """Escaped ``text`` with each word whose stem is in ``terms`` wrapped in <mark>."""
    pieces = []
    position = 0
    for match in TOKEN.finditer(text):
        if stem(match.group()) in terms:
            pieces += [escape(text[position : match.start()]), f"<mark>{escape(match.group())}</mark>"]
            position = match.end()
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def snippet(text, terms, before=8, length=32):
    """About ``length`` words of plain ``text`` around the first word matching ``terms``, matches marked."""
    tokens = plain_text(text).split()
    first = next((index for index, token in enumerate(tokens) if stems(token) & terms), 0)
    start = max(0, first - before)
    end = start + length
    html = highlight(" ".join(tokens[start:end]), terms)
    return mark_safe(("… " if start else "") + html + (" …" if end < len(tokens) else ""))


# ts_headline marks matches with these (private-use characters, which editors do not type).
START_SEL = "\ue000"
STOP_SEL = "\ue001"
HEADLINE_MATCH = re.compile(f"{START_SEL}(.*?){STOP_SEL}", re.DOTALL)


def headline_html(headline):
    """PostgreSQL's ts_headline output as safe HTML: Markdown removed, text escaped, matches in <mark>."""
    text = plain_text(headline)
    pieces = []
    position = 0
    for match in HEADLINE_MATCH.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group(1))}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    html = "".join(pieces).replace(START_SEL, "").replace(STOP_SEL, "")
    return mark_safe(html)
