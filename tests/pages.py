"""Reading pages as a reader does, for the tests: fetch one and cut out the part a test looks at."""

import re


def page_text(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def between(html, start, end):
    """The part of ``html`` from ``start`` up to the next ``end``."""
    first = html.index(start)
    return html[first : html.index(end, first)]


GLOSSARY_LINK = re.compile(r'<a class="term" href="[^"]*">(.*?)</a>', re.DOTALL)


def without_glossary_links(html):
    """``html`` with the glossary's term links (``articles.glossary``) reduced to their words, for text checks."""
    return GLOSSARY_LINK.sub(r"\1", html)
