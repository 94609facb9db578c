"""Social preview images ("cards"): the 1200x630 PNG a link preview shows.

A card carries a page's title, its muscle group and the site's name in the
site's colours, drawn with the DejaVu Sans font shipped in ``core/fonts/``.
Cards are drawn on first request and kept on disk under
``MEDIA_ROOT/social-cards/<kind>/<slug>/<key>.png``, where the key is a hash of
the text on the card. A changed title gives a new key, so the card is redrawn,
its URL (``og:image``) changes for the sites that cached the old one, and the
stale file is removed.
"""

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.http import FileResponse
from django.urls import reverse
from django.views import View
from django.views.generic.detail import SingleObjectMixin
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
# Bump when the drawing changes, so every cached card is drawn again.
DRAWING_VERSION = "1"
FONT_DIR = Path(__file__).resolve().parent / "fonts"
BOLD_FONT = FONT_DIR / "DejaVuSans-Bold.ttf"
REGULAR_FONT = FONT_DIR / "DejaVuSans.ttf"
# The site's colours, as in static/css/site.css.
PAPER = "#ffffff"
TINT = "#f3f5f7"
INK = "#1d2327"
MUTED = "#4f5a62"
ACCENT = "#a3262a"
ACCENT_DARK = "#7d1c1f"
LINE = "#d5dbe0"

MARGIN = 80
TEXT_WIDTH = WIDTH - 2 * MARGIN
TITLE_SIZES = range(84, 47, -6)  # tried largest first, until the title fits in MAX_TITLE_LINES
MAX_TITLE_LINES = 3


@dataclass(frozen=True)
class SocialCard:
    kind: str  # a folder name: guides, exercises, workouts, site
    slug: str
    title: str
    kicker: str  # the line above the title, e.g. "Hamstrings exercise"
    url: str  # where the card is served, without the version

    @property
    def site_name(self):
        return settings.SITE_NAME

    @property
    def site_host(self):
        return urlsplit(settings.SITE_URL).netloc

    @property
    def key(self):
        """A hash of everything drawn on the card."""
        text = json.dumps([DRAWING_VERSION, self.kicker, self.title, self.site_name, self.site_host])
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    @property
    def image_url(self):
        """The card's URL for ``og:image``; it changes whenever the card's text does."""
        return f"{self.url}?v={self.key}"

    @property
    def path(self):
        return Path(settings.MEDIA_ROOT) / "social-cards" / self.kind / self.slug / f"{self.key}.png"

    def cached_file(self):
        """The card's PNG on disk, drawn first if its text changed (or it was never drawn)."""
        path = self.path
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write to a temporary file and rename it, so a concurrent request never reads half a PNG.
            with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
                handle.write(render_png(self))
            os.replace(handle.name, path)
            for stale in path.parent.glob("*.png"):
                if stale != path:
                    stale.unlink(missing_ok=True)
        return path


def wrap(text, font, width):
    """Greedy word wrap of ``text`` into lines no wider than ``width`` pixels."""
    lines = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if font.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        # A single word wider than the card is cut into pieces that fit.
        while font.getlength(word) > width:
            cut = len(word)
            while cut > 1 and font.getlength(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def fit_title(title, fonts):
    """The largest font (from ``fonts``) and lines at which the title fits; the smallest, shortened, if none."""
    for font in fonts:
        lines = wrap(title, font, TEXT_WIDTH)
        if len(lines) <= MAX_TITLE_LINES:
            return font, lines
    font = fonts[-1]
    lines = wrap(title, font, TEXT_WIDTH)[: MAX_TITLE_LINES + 1]
    last = lines[-1]
    while last and font.getlength(last + "…") > TEXT_WIDTH:
        last = last[:-1]
    return font, [*lines[:-1], last.rstrip() + "…"]


def render_png(card):
    """Draw ``card`` and return the PNG bytes."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, WIDTH, 24], fill=ACCENT)
    draw.rectangle([0, HEIGHT - 130, WIDTH, HEIGHT], fill=TINT)
    draw.rectangle([0, HEIGHT - 133, WIDTH, HEIGHT - 130], fill=LINE)

    kicker_font = ImageFont.truetype(str(BOLD_FONT), 34)
    kicker = wrap(card.kicker.upper(), kicker_font, TEXT_WIDTH)[:1]
    if kicker:
        draw.text((MARGIN, 84), kicker[0], font=kicker_font, fill=ACCENT_DARK)

    title_font, lines = fit_title(card.title, [ImageFont.truetype(str(BOLD_FONT), size) for size in TITLE_SIZES])
    line_height = round(title_font.size * 1.2)
    y = 150
    for line in lines:
        draw.text((MARGIN, y), line, font=title_font, fill=INK)
        y += line_height

    site_font = ImageFont.truetype(str(BOLD_FONT), 40)
    host_font = ImageFont.truetype(str(REGULAR_FONT), 28)
    draw.text((MARGIN, HEIGHT - 100), card.site_name, font=site_font, fill=ACCENT_DARK)
    host = card.site_host
    draw.text((WIDTH - MARGIN - host_font.getlength(host), HEIGHT - 88), host, font=host_font, fill=MUTED)

    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def site_card():
    """The card for pages that have none of their own: lists, studies, search."""
    return SocialCard(
        kind="site",
        slug="default",
        title="Train one muscle group at a time",
        kicker="Anatomy, exercises and the studies behind them",
        url=reverse("core:site_card"),
    )


def card_response(card):
    response = FileResponse(card.cached_file().open("rb"), content_type="image/png")
    response["Cache-Control"] = "public, max-age=86400"
    return response


class SocialCardView(SingleObjectMixin, View):
    """The card of one published object, found by slug; the object builds it with ``social_card()``."""

    select_related = ()

    def get_queryset(self):
        return self.model.objects.published().select_related(*self.select_related)

    def get(self, request, *args, **kwargs):
        return card_response(self.get_object().social_card())


def site_card_view(request):
    return card_response(site_card())
