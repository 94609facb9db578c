"""The site's own pages (About, Privacy, Contact), written by editors in the admin.

Not ``django.contrib.flatpages``: that needs the sites framework, which would make
the sitemap and feeds build their links from a ``Site`` row instead of ``SITE_URL``
or the request. These pages are always public (the footer links to them); an
editor changes their words, not whether they exist.
"""

from django.db import models
from django.urls import reverse

from core.markup import HELP_TEXT
from core.models import RenderedMarkdownModel

# The pages the footer of every page links to, by slug.
FOOTER_PAGES = ("about", "privacy", "contact")


class Page(RenderedMarkdownModel):
    slug = models.SlugField(
        unique=True, help_text="The page's address: /pages/<slug>/. The footer links about, privacy and contact."
    )
    title = models.CharField(max_length=120)
    summary = models.CharField(max_length=200, help_text="One sentence for search engines and link previews.")
    body = models.TextField(help_text=HELP_TEXT)
    body_html = models.TextField(editable=False, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    markdown_fields = ("body",)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("pages:detail", kwargs={"slug": self.slug})
