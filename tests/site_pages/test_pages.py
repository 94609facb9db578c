"""About, Privacy and Contact (the pages app): linked from every page, written by editors in the admin.

The folder is not tests/pages/, which would shadow the shared helper tests/pages.py.
"""

import pytest

from pages.models import Page
from tests.admin_forms import admin_url, form_data
from tests.pages import between, page_text

pytestmark = pytest.mark.django_db

EVERY_PAGE_TYPE = [
    "/",
    "/guides/hamstrings/",
    "/exercises/",
    "/exercises/romanian-deadlift/",
    "/studies/maeo-2021/",
    "/workouts/hamstring-workout/",
    "/newsletter/",
    "/search/?q=curl",
    "/pages/about/",
]


@pytest.mark.parametrize("url", EVERY_PAGE_TYPE)
def test_every_page_links_about_privacy_and_contact_in_its_footer(client, seeded, url):
    footer = between(page_text(client, url), '<footer class="site-footer">', "</footer>")
    for href, name in [("/pages/about/", "About"), ("/pages/privacy/", "Privacy"), ("/pages/contact/", "Contact")]:
        assert f'<a href="{href}">{name}</a>' in footer


def test_the_404_page_links_them_too(client, seeded):
    footer = between(page_text(client, "/no/such/page/", status=404), '<footer class="site-footer">', "</footer>")
    assert 'href="/pages/privacy/"' in footer


@pytest.mark.parametrize(
    ("slug", "title"), [("about", "About Muscle Guide"), ("privacy", "Privacy"), ("contact", "Contact")]
)
def test_each_page_reads_with_its_title(client, seeded, slug, title, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        html = page_text(client, f"/pages/{slug}/")
    assert f"<h1>{title}</h1>" in html
    assert f"<title>{title} · Muscle Guide</title>" in html


def test_the_privacy_page_says_what_the_newsletter_stores_and_how_to_be_forgotten(client, seeded):
    text = " ".join(page_text(client, "/pages/privacy/").split())
    for stored in ["email address", "status", "when you gave consent", "which wording", "page you signed up on"]:
        assert stored in text
    assert "no cookies" in text
    assert "Unsubscribe</strong> with the link at the bottom of any newsletter email" in text
    assert "Delete it entirely" in text


def test_an_unknown_page_is_a_404(client, seeded):
    page_text(client, "/pages/no-such-page/", status=404)


def test_an_editor_rewrites_a_page_in_the_admin_and_readers_see_it(client, seeded, editor_client):
    about = Page.objects.get(slug="about")
    form = form_data(editor_client.get(admin_url(Page, "change", about.pk)))
    form["body"] = "We are **three editors** who check every claim."
    response = editor_client.post(admin_url(Page, "change", about.pk), form)
    assert response.status_code == 302
    client.logout()
    assert "We are <strong>three editors</strong> who check every claim." in page_text(client, "/pages/about/")


def test_editors_cannot_delete_or_rename_a_page_the_footer_links(seeded, editor_client):
    privacy = Page.objects.get(slug="privacy")
    assert editor_client.get(admin_url(Page, "delete", privacy.pk)).status_code == 403
    form = form_data(editor_client.get(admin_url(Page, "change", privacy.pk)))
    assert "slug" not in form
    form["slug"] = "elsewhere"
    editor_client.post(admin_url(Page, "change", privacy.pk), form)
    assert Page.objects.filter(slug="privacy").exists()


def test_the_contact_page_gives_the_editors_address_and_that_newsletter_replies_reach_it(client, seeded, settings):
    settings.EDITORS_EMAIL = "editors@muscleguide.example"
    html = page_text(client, "/pages/contact/")
    assert '<a href="mailto:editors@muscleguide.example">editors@muscleguide.example</a>' in html
    assert "Newsletter readers can also reply to any newsletter email" in html


def test_without_an_address_the_contact_page_promises_no_reply(client, seeded, settings):
    settings.EDITORS_EMAIL = ""
    html = page_text(client, "/pages/contact/")
    assert "You cannot write to the editors yet: this copy of the site has no contact address set up" in html
    assert "reply to any newsletter email" not in html


def test_newsletter_emails_reply_to_the_editors_only_when_there_is_an_address(db, settings):
    from django.utils import timezone

    from newsletter.emails import confirmation_message
    from newsletter.models import Subscriber

    subscriber = Subscriber.objects.create(email="reader@example.org", consent_at=timezone.now(), consent_version="x")
    settings.EDITORS_EMAIL = "editors@muscleguide.example"
    assert confirmation_message(subscriber, "https://muscleguide.example").reply_to == ["editors@muscleguide.example"]
    settings.EDITORS_EMAIL = ""
    assert confirmation_message(subscriber, "https://muscleguide.example").reply_to == []


def test_the_sitemap_lists_about_privacy_and_contact_with_their_last_change(client, seeded):
    sitemap = page_text(client, "/sitemap.xml")
    for slug in ("about", "privacy", "contact"):
        entry = between(sitemap, f"/pages/{slug}/</loc>", "</url>")
        assert "<lastmod>" in entry, slug
