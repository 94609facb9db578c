"""RSS and Atom feeds of the published guides, newest first."""

import re

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from core.seo import site_origin

from .models import MuscleGroup

# What XML 1.0 cannot hold: the C0 controls but tab, line feed and carriage return. Text pasted into the admin can carry
# them, and one would make the whole feed fail to serialise.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xml_text(text):
    return XML_FORBIDDEN.sub("", text)


class GuidesFeed(Feed):
    """RSS 2.0. Links are on SITE_URL when it is set, so the feed names the public site whatever host served it."""

    def title(self):
        return f"{settings.SITE_NAME}: guides"

    def description(self):
        return f"New and updated muscle-group guides from {settings.SITE_NAME}."

    def link(self):
        return site_origin() + reverse("articles:home")

    def feed_url(self):
        return site_origin() + reverse("articles:feed")

    def items(self):
        return MuscleGroup.objects.published().select_related("author").order_by("-published_at")[:30]

    def item_title(self, item):
        return xml_text(item.title)

    def item_description(self, item):
        return xml_text(item.summary)

    def item_link(self, item):
        return site_origin() + item.get_absolute_url()

    def item_author_name(self, item):
        return xml_text(item.author.name)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at


class GuidesAtomFeed(GuidesFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()

    def feed_url(self):
        return site_origin() + reverse("articles:atom_feed")
