"""A reader signs up at the end of the hamstrings guide and confirms from the email, with JavaScript off."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from newsletter.models import Subscriber
from tests.worker import run_queued_tasks

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "java_script_enabled": False}


def test_reader_signs_up_on_the_guide_and_confirms_from_the_email(page, live_server, seeded, settings):
    settings.SITE_URL = live_server.url  # links in the email point at this server
    cache.clear()  # no rate-limit counts left over from other tests
    page.goto(live_server.url + "/guides/hamstrings/")
    signup = page.get_by_role("region", name="Get a training tip every week")
    signup.get_by_label("Email address").fill("Reader@Example.com")
    consent = signup.get_by_role("checkbox", name=re.compile("weekly training tips"))
    expect(consent).not_to_be_checked()
    consent.check()
    signup.get_by_role("button", name="Sign me up").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your inbox")
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "reader@example.com" and subscriber.source_page == "/guides/hamstrings/"

    assert mail.outbox == []  # the page answered before any email was sent: the worker sends it
    run_queued_tasks()
    [message] = mail.outbox
    confirm_url = re.search(r"https?://\S+/newsletter/confirm/\S+/", message.body).group(0)
    assert confirm_url.startswith(live_server.url)
    page.goto(confirm_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your subscription")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING  # opening the link confirms nothing
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are subscribed")
    expect(page.get_by_text("reader@example.com")).to_be_visible()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
