"""An edition as an email: the body with numbered citations and absolute links, in HTML and plain text.

The body was rendered from Markdown on save (``core.markup``); here it is
prepared once per send for every reader: citations numbered in reading order
with their references at the end, links made absolute on the site's address,
the plain text read off that HTML (newsletter/plaintext.py: no Markdown markers,
each link's address after its words in brackets), and the guides and exercises
the edition links to (published ones, and not those the body already links to).
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from core.models import published_rule
from studies.references import ReferenceList

from .emails import build_message
from .plaintext import plain_text

RELATIVE_URL = re.compile(r'(href|src)="/(?!/)')
HREF = re.compile(r'href="([^"]*)"')  # sanitised HTML quotes every attribute value with double quotes


@dataclass
class EditionEmail:
    subject: str
    html: str
    text: str
    references: list = field(default_factory=list)
    links: list = field(default_factory=list)


def prepare(edition, site):
    """Everything readers share in one edition's email (two queries: the studies and the linked pages)."""
    references = ReferenceList()
    html = RELATIVE_URL.sub(rf'\1="{site}/', references.number(edition.body_html))
    links = [(guide.title, site + guide.get_absolute_url()) for guide in edition.guides.published()]
    links += [(exercise.name, site + exercise.get_absolute_url()) for exercise in edition.exercises.published()]
    in_body = set(HREF.findall(html))  # a page the body links to is not listed again at the end
    links = [(title, url) for title, url in links if url not in in_body]
    return EditionEmail(edition.subject, html, plain_text(html), references.references, links)


def not_public(edition, when=None):
    """The guides and exercises the edition links to that readers cannot open at ``when`` (by default now).

    The email leaves them out, and an announcement sent before its guide is live links to a page not found,
    so the admin refuses to send (or schedule) the edition while this names any.
    """
    when = timezone.now() if when is None else when
    hidden = [("guide", item) for item in edition.guides.exclude(published_rule(now=when))]
    hidden += [("exercise", item) for item in edition.exercises.exclude(published_rule(now=when))]
    return [f"the {kind} “{item}” ({when_public(item)})" for kind, item in hidden]


def when_public(item):
    if item.status == item.Status.DRAFT:
        return "a draft"
    return f"public from {item.published_at:%Y-%m-%d %H:%M} UTC"


def message(email, subscriber, site, *, test=False):
    """The edition's email to one subscriber (or, for a test, to a staff member's address)."""
    return build_message(subscriber, "edition", {"edition": email}, site, test=test)


def preview(email, site):
    """The HTML and plain text as a reader will get them (with a sample unsubscribe link)."""
    context = {
        "edition": email,
        "site_name": settings.SITE_NAME,
        "site_url": site + "/",
        "unsubscribe_url": site + "/newsletter/unsubscribe/…/",
    }
    return render_to_string("newsletter/email/edition.html", context), render_to_string(
        "newsletter/email/edition.txt", context
    )
