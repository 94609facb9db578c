"""An email's plain-text part, read off the sanitised HTML it also sends, so both say the same thing.

Editors write Markdown, but readers of the plain text should not see its markers
(``**``, ``##``, ``>``): the HTML has already resolved them, with citations
numbered and links absolute. Walking it with the standard library's parser gives
plain text: emphasis becomes its words, a heading its own line underlined, a
quote lines starting "> ", list items "- " or "1. ", and a link its words with
the address in brackets, "text (url)" (once, when the words are not the address
already). Links inside the email (a citation's "[1]") keep their words only.
"""

import re
from html.parser import HTMLParser

BLOCKS = {"p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote", "ul", "ol", "table"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
TIGHT = {"li", "tr"}  # consecutive items or rows sit on consecutive lines
SPACES = re.compile(r"[ \t\r\n\f]+")


def address(href):
    """What a reader of the plain text types: the URL, a mail address without "mailto:"; None for in-email links."""
    if href.startswith(("http://", "https://")):
        return href
    if href.startswith("mailto:"):
        return href.removeprefix("mailto:")
    return None


class TextWriter(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []  # each finished block's text, with what separates it from the one before
        self.last_kind = None  # the kind of the block before, None after a list or table ends
        self.pieces = []  # the text of the block being read
        self.kind = "p"
        self.quotes = 0
        self.last_quotes = 0
        self.lists = []  # for each open list: its next number, or None for bullets
        self.marker = ""  # the list item's "- " or "1. ", for its first line
        self.links = []  # (address, where its words start in self.pieces)
        self.preformatted = False

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.flush()
            self.kind = tag
        if tag == "blockquote":
            self.quotes += 1
        elif tag in ("ul", "ol"):
            self.lists.append(1 if tag == "ol" else None)
        elif tag == "li" and self.lists:
            number = self.lists[-1]
            self.marker = "- " if number is None else f"{number}. "
            if number is not None:
                self.lists[-1] += 1
        elif tag == "pre":
            self.preformatted = True
        elif tag == "br":
            self.pieces.append("\n")
        elif tag == "hr":
            self.flush()
            self.add("hr", "----")
        elif tag in ("td", "th") and "".join(self.pieces).strip():
            self.pieces = ["".join(self.pieces).rstrip(), " | "]
        elif tag == "a":
            self.links.append((address(dict(attrs).get("href") or ""), len(self.pieces)))

    def handle_endtag(self, tag):
        if tag == "a" and self.links:
            url, start = self.links.pop()
            words = "".join(self.pieces[start:]).strip()
            if url and url != words:
                self.pieces.append(f" ({url})")
        elif tag in BLOCKS:
            self.flush()
        if tag == "blockquote":
            self.quotes = max(0, self.quotes - 1)
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            if not self.lists:
                self.last_kind = None  # the next list starts after a blank line
        elif tag == "table":
            self.last_kind = None
        elif tag == "pre":
            self.preformatted = False

    def handle_data(self, data):
        self.pieces.append(data if self.preformatted else SPACES.sub(" ", data))

    def flush(self):
        """End the block being read: its lines trimmed, a heading underlined, a list item marked, a quote quoted."""
        text, self.pieces = "".join(self.pieces), []
        lines = text.split("\n") if self.preformatted else [line.strip() for line in text.split("\n")]
        text = "\n".join(lines).strip("\n")
        if not text.strip():
            return
        if self.kind in HEADINGS:
            text = f"{text}\n{'-' * len(text)}"
        indent = "   " * max(0, len(self.lists) - 1)
        if self.marker:
            text = indent + self.marker + text.replace("\n", "\n" + indent + " " * len(self.marker))
            self.marker = ""
        elif self.lists:
            text = indent + "   " + text.replace("\n", "\n" + indent + "   ")
        self.add(self.kind, text)

    def add(self, kind, text):
        quote = "> " * self.quotes
        if self.blocks:
            tight = kind in TIGHT and self.last_kind in TIGHT
            between = ">" * min(self.quotes, self.last_quotes)  # a blank line inside a quote stays quoted
            self.blocks.append("\n" if tight else f"\n{between}\n")
        self.blocks.append("\n".join((quote + line).rstrip() for line in text.split("\n")))
        self.last_kind, self.last_quotes = kind, self.quotes

    def text(self):
        self.flush()
        return "".join(self.blocks)


def plain_text(html):
    """``html`` (sanitised: core.markup) as plain text for an email's text part."""
    writer = TextWriter()
    writer.feed(html)
    writer.close()
    return writer.text()
