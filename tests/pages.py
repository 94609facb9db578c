"""Reading pages as a reader does, for the tests: fetch one and cut out the part a test looks at."""

import csv
import io
import re


def page_text(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def csv_sheet_rows(response):
    """The rows of a gym sheet CSV download, which must open with a byte order mark (for Excel)."""
    assert response.status_code == 200, response.status_code
    assert response.content.startswith(b"\xef\xbb\xbf"), response.content[:20]
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def between(html, start, end):
    """The part of ``html`` from ``start`` up to the next ``end``."""
    first = html.index(start)
    return html[first : html.index(end, first)]


GLOSSARY_LINK = re.compile(r'<a class="term" href="[^"]*">(.*?)</a>', re.DOTALL)


def without_glossary_links(html):
    """``html`` with the glossary's term links (``articles.glossary``) reduced to their words, for text checks."""
    return GLOSSARY_LINK.sub(r"\1", html)
