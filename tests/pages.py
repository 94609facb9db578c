"""Reading pages as a reader does, for the tests: fetch one and cut out the part a test looks at."""


def page_text(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def between(html, start, end):
    """The part of ``html`` from ``start`` up to the next ``end``."""
    first = html.index(start)
    return html[first : html.index(end, first)]
