"""A reader signs up, confirms from the email and unsubscribes, following the real links in the outbox."""

import re
import smtplib
import time
from datetime import timedelta
from email import message_from_bytes
from unittest import mock

import pytest
from django.core import mail, signing
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from newsletter import consent
from newsletter.models import Subscriber
from newsletter.tokens import CONFIRM_SALT
from tests.worker import queued_tasks, run_queued_tasks

from .steps import SUBSCRIBE_URL, confirm, link_path, sign_up

pytestmark = pytest.mark.django_db

WORDING = consent.current_wording()


def html(response):
    return response.content.decode()


def test_every_guide_ends_with_the_signup_form(client, seeded):
    page = html(client.get("/guides/hamstrings/"))
    start = page.index('<section class="newsletter-box')
    form = page[start : page.index("</section>", start)]
    assert page.index("About the author") < page.index('<section class="newsletter-box')
    assert '<form method="post" action="/newsletter/subscribe/"' in form
    assert "csrfmiddlewaretoken" not in form  # the same bytes for every reader: see the cross-site tests
    assert re.search(r'<input type="email" name="email"[^>]*required', form)
    checkbox = re.search(r'<input type="checkbox" name="consent"[^>]*>', form).group(0)
    assert "checked" not in checkbox
    assert WORDING in form and "weekly training tips" in WORDING and "new guide appears" in WORDING
    assert '<input type="hidden" name="source" value="/guides/hamstrings/"' in form
    assert re.search(r'<div hidden>\s*<label for="id_website">', form)  # the honeypot, invisible to people
    assert '<button type="submit"' in form


def test_newsletter_page_explains_and_is_linked_from_every_page(client, seeded, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/newsletter/")
    page = html(response)
    assert response.status_code == 200
    assert "<h1>The Muscle Guide newsletter</h1>" in page and WORDING in page
    assert '<input type="hidden" name="source" value="/newsletter/"' in page
    assert "unsubscribe link" in page
    for url in ["/", "/guides/hamstrings/", "/exercises/", "/newsletter/"]:
        assert '<a href="/newsletter/">Newsletter</a>' in html(client.get(url))


def test_the_newsletter_page_says_all_that_is_kept_and_how_each_step_works(client, seeded):
    """It said "Nothing else" is kept, though each edition's delivery is recorded, and "One click" for an
    unsubscribe page with a button (newsletter review)."""
    page = html(client.get("/newsletter/"))
    assert "whether and when it was sent to you" in page and "The Privacy page" in page
    assert "Nothing else, and" not in page and "One click" not in page
    assert "press Confirm" in page and "press Unsubscribe" in page


def test_signup_confirm_and_unsubscribe_with_the_links_in_the_emails(client):
    response = sign_up(client, "  Ann.Lee@Example.COM ")
    assert response.status_code == 302 and response["Location"] == "/newsletter/check-your-inbox/"
    assert "<h1>Check your inbox</h1>" in html(client.get(response["Location"]))

    ann = Subscriber.objects.get()
    assert ann.email == "ann.lee@example.com" and ann.status == Subscriber.Status.PENDING
    assert ann.source_page == "/guides/hamstrings/" and ann.consent_version == consent.CURRENT_VERSION
    assert ann.consent_at is not None and ann.confirmed_at is None

    [message] = mail.outbox
    assert message.to == ["ann.lee@example.com"]
    assert message.subject == "Confirm your Muscle Guide newsletter signup"
    [(html_part, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    confirm, unsubscribe = link_path(message, "confirm"), link_path(message, "unsubscribe")
    assert confirm in html_part and unsubscribe in html_part
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    sent = message_from_bytes(message.message().as_bytes())  # the headers as they go over the wire
    assert "".join(sent["List-Unsubscribe"].split()) == f"<http://testserver{unsubscribe}>"
    assert sent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    checked = client.head(confirm)  # a link checker: the link works, and nothing is confirmed
    assert checked.status_code == 200 and checked.content == b""
    assert client.head(unsubscribe).status_code == 200
    page = client.get(confirm)  # what a mail scanner opening the link would see: a button, nothing confirmed
    assert page.status_code == 200 and "<h1>Confirm your subscription</h1>" in html(page)
    assert re.search(rf'<form method="post" action="{confirm}">', html(page))
    assert "Confirm my subscription</button>" in html(page)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    response = client.post(confirm)
    assert response.status_code == 200 and "<h1>You are subscribed</h1>" in html(response)
    ann.refresh_from_db()
    assert ann.status == Subscriber.Status.CONFIRMED and ann.confirmed_at is not None
    confirmed_at = ann.confirmed_at
    assert "You are subscribed" in html(client.get(confirm))  # following it again changes nothing
    assert "You are subscribed" in html(client.post(confirm))
    ann.refresh_from_db()
    assert ann.confirmed_at == confirmed_at

    page = client.get(unsubscribe)
    assert page.status_code == 200 and "<h1>Unsubscribe from the newsletter?</h1>" in html(page)
    assert re.search(r'<form method="post" action="/newsletter/unsubscribe/[^"]+/">', html(page))
    ann.refresh_from_db()
    assert ann.status == Subscriber.Status.CONFIRMED  # looking at the page is not unsubscribing

    response = client.post(unsubscribe)
    assert response.status_code == 200 and "<h1>You are unsubscribed</h1>" in html(response)
    ann.refresh_from_db()
    assert ann.status == Subscriber.Status.UNSUBSCRIBED and ann.unsubscribed_at is not None
    unsubscribed_at = ann.unsubscribed_at
    again = client.post(unsubscribe)
    assert again.status_code == 200 and "You are unsubscribed" in html(again)
    ann.refresh_from_db()
    assert ann.unsubscribed_at == unsubscribed_at and Subscriber.objects.count() == 1
    assert "You are unsubscribed" in html(client.get(unsubscribe))


def test_one_click_unsubscribe_from_a_mail_program(client):
    """RFC 8058: the mail provider POSTs "List-Unsubscribe=One-Click" to the header URL, with no CSRF token."""
    sign_up(client, "ann@example.com")
    url = re.fullmatch(r"<http://testserver(.+)>", mail.outbox[0].extra_headers["List-Unsubscribe"]).group(1)
    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_a_reader_who_blocks_cookies_can_confirm(client):
    """The confirm button needed a CSRF cookie: with cookies blocked it led to Django's bare "CSRF verification
    failed" page, and the reader could not subscribe (bad-input review). The signed link authorises it, as it
    does an unsubscribe."""
    sign_up(client, "ann@example.com")
    confirm_url = link_path(mail.outbox[0], "confirm")
    no_cookies = Client(enforce_csrf_checks=True)
    page = no_cookies.get(confirm_url)
    assert "csrfmiddlewaretoken" not in html(page) and "csrftoken" not in page.cookies
    response = no_cookies.post(confirm_url)
    assert response.status_code == 200 and "<h1>You are subscribed</h1>" in html(response)
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_an_international_address_is_shown_as_the_reader_typed_it(client):
    """The confirm pages showed "frank@xn--bcher-kva.example" to someone who typed "Frank@Bücher.example"
    (newsletter review). It is stored in its ASCII form, as mail servers look it up."""
    sign_up(client, "Frank@Bücher.example")
    assert Subscriber.objects.get().email == "frank@xn--bcher-kva.example"
    confirm_url = link_path(mail.outbox[0], "confirm")
    assert "frank@bücher.example" in html(client.get(confirm_url))
    page = html(client.post(confirm_url))
    assert "frank@bücher.example" in page and "xn--" not in page


def test_the_confirmation_email_says_opening_the_link_is_not_enough(client):
    """It said nothing more is sent "unless the link is opened", but opening it only shows the Confirm button
    (newsletter review)."""
    sign_up(client, "ann@example.com")
    [message] = mail.outbox
    [(html_part, _)] = message.alternatives
    for text in (message.body, html_part):
        assert "unless you open the link and press Confirm" in text


def test_the_same_answer_for_new_pending_confirmed_and_unsubscribed_addresses(client, settings):
    settings.NEWSLETTER_RATE_LIMIT_PER_EMAIL = 10
    answers = []

    def answer(email):
        response = sign_up(client, email)
        answers.append((response.status_code, response["Location"], response.content))

    answer("ann@example.com")  # new
    answer("ANN@example.com")  # pending
    confirm(client, link_path(mail.outbox[-1], "confirm"))
    answer("Ann@Example.com")  # confirmed
    client.post(link_path(mail.outbox[-1], "unsubscribe"))
    answer("ann@EXAMPLE.COM")  # unsubscribed
    assert answers == [(302, "/newsletter/check-your-inbox/", b"")] * 4
    assert Subscriber.objects.count() == 1

    # Behind the identical page each reader gets the email that fits.
    subjects = [message.subject for message in mail.outbox]
    assert subjects == [
        "Confirm your Muscle Guide newsletter signup",
        "Confirm your Muscle Guide newsletter signup",
        "You are already on the Muscle Guide newsletter",
        "Confirm your Muscle Guide newsletter signup",
    ]
    assert link_path(mail.outbox[2], "unsubscribe") and "/newsletter/confirm/" not in mail.outbox[2].body
    # The returning reader is pending again with fresh consent, until the new link is followed.
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert "You are subscribed" in html(confirm(client, link_path(mail.outbox[-1], "confirm")))
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_an_old_confirmation_link_cannot_undo_an_unsubscribe(client):
    sign_up(client, "ann@example.com")
    old_link, unsubscribe = link_path(mail.outbox[0], "confirm"), link_path(mail.outbox[0], "unsubscribe")
    client.post(unsubscribe)
    for response in (client.get(old_link), client.post(old_link)):
        assert response.status_code == 410
        assert "This confirmation link no longer works" in html(response)
        assert 'action="/newsletter/subscribe/"' in html(response)  # a new email is one form away
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_a_confirmation_link_confirms_only_the_signup_that_sent_it(client, settings):
    """Sign up, unsubscribe, sign up again: the first email's link must not confirm the second signup."""
    settings.NEWSLETTER_RATE_LIMIT_PER_EMAIL = 10
    sign_up(client, "ann@example.com")
    old_link = link_path(mail.outbox[0], "confirm")
    client.post(link_path(mail.outbox[0], "unsubscribe"))
    sign_up(client, "ann@example.com")
    new_link = link_path(mail.outbox[1], "confirm")
    assert new_link != old_link
    for response in (client.get(old_link), client.post(old_link)):
        assert response.status_code == 410 and "This confirmation link no longer works" in html(response)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert "You are subscribed" in html(confirm(client, new_link))
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_confirmation_links_expire_after_a_few_days(client, settings):
    settings.NEWSLETTER_CONFIRM_DAYS = 3
    sign_up(client, "ann@example.com")
    link = link_path(mail.outbox[0], "confirm")
    assert "within 3 days" in mail.outbox[0].body
    with mock.patch("django.core.signing.time.time", return_value=time.time() + 4 * 86400):
        response = client.post(link)
    assert response.status_code == 410
    assert "This confirmation link has expired" in html(response)
    assert 'action="/newsletter/subscribe/"' in html(response) and WORDING in html(response)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING

    # Asking again from that page sends a link that works.
    sign_up(client, "ann@example.com", source="/newsletter/")
    with mock.patch("django.core.signing.time.time", return_value=time.time() + 2 * 86400):
        assert client.post(link_path(mail.outbox[1], "confirm")).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_tampered_links_get_a_clear_page_not_an_error(client):
    sign_up(client, "ann@example.com")
    confirm, unsubscribe = link_path(mail.outbox[0], "confirm"), link_path(mail.outbox[0], "unsubscribe")
    confirm_token, unsubscribe_token = confirm.split("/")[3], unsubscribe.split("/")[3]
    ann_id = Subscriber.objects.get().pk  # a token of the old form, without the signup it was sent for
    forged = confirm_token[:-3] + ("AAA" if not confirm_token.endswith("AAA") else "BBB")
    for bad in [
        forged,
        "MQ",
        "not-a-token",
        "Mg:1abcde:xyz",
        unsubscribe_token,
        signing.dumps(ann_id, salt=CONFIRM_SALT),
    ]:
        for method in (client.get, client.post):
            response = method(f"/newsletter/confirm/{bad}/")
            assert response.status_code == 400, bad
            assert "This confirmation link does not work" in html(response)
            assert 'action="/newsletter/subscribe/"' in html(response)
    for bad in ["MQ:forged", "nothing", confirm_token]:
        for method in (client.get, client.post):
            response = method(f"/newsletter/unsubscribe/{bad}/")
            assert response.status_code == 400, bad
            assert "This unsubscribe link does not work" in html(response)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING

    Subscriber.objects.all().delete()  # a reader asked to be forgotten
    assert client.get(confirm).status_code == 410
    assert client.post(unsubscribe).status_code == 200
    assert Subscriber.objects.count() == 0


def test_honeypot_bots_are_thanked_and_nothing_is_stored_or_sent(client):
    response = sign_up(client, "bot@example.com", website="http://spam.example")
    assert response.status_code == 302 and response["Location"] == "/newsletter/check-your-inbox/"
    assert Subscriber.objects.count() == 0 and mail.outbox == []


LONG = "a" * 60 + "@" + "b" * 190 + ".com"  # 255 characters


@pytest.mark.parametrize(
    "data,error",
    [
        ({"consent": "on"}, "Enter your email address."),
        ({"email": "", "consent": "on"}, "Enter your email address."),
        ({"email": "ann.example.com", "consent": "on"}, "Enter a valid email address"),
        ({"email": "ann@", "consent": "on"}, "Enter a valid email address"),
        ({"email": LONG, "consent": "on"}, "at most 254 characters"),
        ({"email": "ann@example.com\r\nBcc: everyone@example.com", "consent": "on"}, "cannot contain line breaks"),
        ({"email": "ann@example.com\n", "consent": "on"}, "cannot contain line breaks"),
        ({"email": "zoë@example.com", "consent": "on"}, "The part before the @ can only use unaccented letters"),
        ({"email": "ann@example.com"}, "Tick the box to agree to the emails"),
        ({"email": "ann@example.com", "consent": ""}, "Tick the box to agree to the emails"),
        ({}, "Enter your email address."),
    ],
)
def test_bad_input_is_a_form_error_and_a_400(client, data, error):
    assert len(LONG) == 255
    response = client.post(SUBSCRIBE_URL, {"source": "/guides/hamstrings/", **data})
    assert response.status_code == 400
    page = html(response)
    assert error in page
    assert 'class="invalid-feedback"' in page
    assert f"please fix the problem{'s' if data == {} else ''} shown below" in page  # {}: no address, no consent
    assert '<input type="hidden" name="source" value="/guides/hamstrings/"' in page  # the source survives a retry
    assert Subscriber.objects.count() == 0 and mail.outbox == []


def test_a_source_that_is_not_a_local_page_is_not_stored(client):
    sign_up(client, "ann@example.com", source="https://evil.example/")
    sign_up(client, "bob@example.com", source="//evil.example/")
    sign_up(client, "cat@example.com", source="/" + "x" * 300)
    assert set(Subscriber.objects.values_list("source_page", flat=True)) == {""}


@pytest.mark.parametrize("method", ["get", "put", "patch", "delete", "head", "options"])
def test_the_signup_endpoint_takes_only_post(method):
    client = Client(enforce_csrf_checks=True)  # a wrong method is 405 before any CSRF check
    response = getattr(client, method)(SUBSCRIBE_URL)
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    if method != "head":
        assert "cannot be used this way" in html(response) and 'href="/newsletter/"' in html(response)


@pytest.mark.parametrize(
    "method,url,allow",
    [
        ("post", "/newsletter/", "GET, HEAD"),
        ("put", "/newsletter/", "GET, HEAD"),
        ("post", "/newsletter/check-your-inbox/", "GET, HEAD"),
        ("put", "/newsletter/confirm/MQ:abc:def/", "GET, HEAD, POST"),
        ("put", "/newsletter/unsubscribe/MQ:abc/", "GET, HEAD, POST"),
    ],
)
def test_other_newsletter_pages_refuse_wrong_methods_with_405(method, url, allow):
    response = getattr(Client(enforce_csrf_checks=True), method)(url)
    assert response.status_code == 405 and response["Allow"] == allow


@pytest.mark.parametrize(
    "headers",
    [
        {"sec-fetch-site": "same-origin"},
        {"sec-fetch-site": "same-site"},
        {"sec-fetch-site": "none"},
        {"origin": "http://testserver"},  # a browser without Sec-Fetch-Site, posting from this site
        {},  # a program: no browser headers at all
    ],
)
def test_a_signup_from_this_site_needs_no_cookie_or_token(headers):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        SUBSCRIBE_URL, {"email": "ann@example.com", "consent": "on", "source": "/newsletter/"}, headers=headers
    )
    assert response.status_code == 302 and response["Location"] == "/newsletter/check-your-inbox/"
    assert Subscriber.objects.filter(email="ann@example.com").exists()
    assert queued_tasks() == ["deliver_signup_email"] and run_queued_tasks() == 1
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "cross-site", "origin": "http://testserver"},  # Sec-Fetch-Site decides
        {"origin": "https://evil.example"},  # an older browser: the Origin decides
        {"origin": "null"},  # a sandboxed or privacy-hidden page
    ],
)
def test_a_signup_posted_by_another_site_is_refused_with_a_clear_page(headers):
    client = Client(enforce_csrf_checks=True)
    response = client.post(SUBSCRIBE_URL, {"email": "ann@example.com", "consent": "on"}, headers=headers)
    assert response.status_code == 403
    page = html(response)
    assert "<h1>This signup came from another website</h1>" in page
    assert "nothing was stored and no email was sent" in page
    assert 'href="/newsletter/"' in page
    assert Subscriber.objects.count() == 0 and len(mail.outbox) == 0 and queued_tasks() == []


def test_origins_named_in_settings_count_as_this_site(settings):
    settings.SITE_URL = "https://muscleguide.example"
    settings.CSRF_TRUSTED_ORIGINS = ["https://www.muscleguide.example"]
    for origin in ["https://muscleguide.example", "https://WWW.muscleguide.example"]:
        response = Client().post(
            SUBSCRIBE_URL, {"email": "ann@example.com", "consent": "on"}, headers={"origin": origin}
        )
        assert response.status_code == 302, origin
    response = Client().post(
        SUBSCRIBE_URL, {"email": "ann@example.com"}, headers={"origin": "http://muscleguide.example"}
    )
    assert response.status_code == 403  # another scheme is another origin


def test_rate_limit_per_client_address(client, settings):
    settings.NEWSLETTER_RATE_LIMIT_PER_IP = 2
    settings.NEWSLETTER_RATE_LIMIT_WINDOW = 3600
    home = {"REMOTE_ADDR": "198.51.100.1"}
    assert sign_up(client, "a@example.com", meta=home).status_code == 302
    assert sign_up(client, "b@example.com", meta=home).status_code == 302
    response = sign_up(client, "c@example.com", meta=home)
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    assert "Too many signups in a short time" in html(response)
    assert sign_up(client, "c@example.com", meta={"REMOTE_ADDR": "198.51.100.2"}).status_code == 302
    # Without trusted proxies, a forged X-Forwarded-For does not reset the count.
    forged = {**home, "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    assert sign_up(client, "d@example.com", meta=forged).status_code == 429
    stored = sorted(Subscriber.objects.values_list("email", flat=True))
    assert stored == ["a@example.com", "b@example.com", "c@example.com"]
    assert len(mail.outbox) == 3


def test_rate_limit_per_email_address(client, settings):
    settings.NEWSLETTER_RATE_LIMIT_PER_EMAIL = 2
    assert sign_up(client, "ann@example.com", meta={"REMOTE_ADDR": "198.51.100.1"}).status_code == 302
    assert sign_up(client, "ANN@example.com", meta={"REMOTE_ADDR": "198.51.100.2"}).status_code == 302
    assert sign_up(client, "Ann@example.com", meta={"REMOTE_ADDR": "198.51.100.3"}).status_code == 429
    assert sign_up(client, "bob@example.com", meta={"REMOTE_ADDR": "198.51.100.3"}).status_code == 302
    assert len(mail.outbox) == 3


def test_rate_limit_per_email_counts_one_inbox_under_its_other_spellings(client, settings):
    """Spellings "ann+1@…", "ann+2@…" and Gmail dots reach one inbox, each with a count of its own (security review)."""
    settings.NEWSLETTER_RATE_LIMIT_PER_EMAIL = 2
    assert sign_up(client, "ann+1@example.com", meta={"REMOTE_ADDR": "198.51.100.1"}).status_code == 302
    assert sign_up(client, "ann+2@example.com", meta={"REMOTE_ADDR": "198.51.100.2"}).status_code == 302
    assert sign_up(client, "ann+3@example.com", meta={"REMOTE_ADDR": "198.51.100.3"}).status_code == 429
    assert sign_up(client, "a.nn@gmail.com", meta={"REMOTE_ADDR": "198.51.100.4"}).status_code == 302
    assert sign_up(client, "an.n+x@gmail.com", meta={"REMOTE_ADDR": "198.51.100.5"}).status_code == 302
    assert sign_up(client, "ann@gmail.com", meta={"REMOTE_ADDR": "198.51.100.6"}).status_code == 429
    assert sign_up(client, "a.nn@example.com", meta={"REMOTE_ADDR": "198.51.100.7"}).status_code == 302  # not Gmail


def test_the_signup_only_queues_its_email_for_the_worker(client):
    """The request never talks to the mail server, so a hanging one cannot hold the reader up."""
    with mock.patch("smtplib.SMTP", side_effect=AssertionError("the request must not open SMTP")):
        response = client.post(SUBSCRIBE_URL, {"email": "ann@example.com", "consent": "on"})
    assert response.status_code == 302 and response["Location"] == "/newsletter/check-your-inbox/"
    assert mail.outbox == [] and queued_tasks() == ["deliver_signup_email"]
    assert run_queued_tasks() == 1
    [message] = mail.outbox
    assert message.to == ["ann@example.com"] and queued_tasks() == []


def test_a_mail_server_failure_still_answers_check_your_inbox_and_is_retried_later(client, settings):
    settings.NEWSLETTER_RETRY_SECONDS = 0
    settings.NEWSLETTER_SEND_ATTEMPTS = 3
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPServerDisconnected("down")):
        response = sign_up(client, "ann@example.com")  # the worker tries three times, then gives up
    assert response.status_code == 302 and response["Location"] == "/newsletter/check-your-inbox/"
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING and mail.outbox == []
    results = DBTaskResult.objects.order_by("enqueued_at")
    assert [result.return_value for result in results] == [
        "retrying",
        "retrying",
        "failed: could not reach the mail server: SMTPServerDisconnected: down",
    ]

    settings.NEWSLETTER_RETRY_SECONDS = 60
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPServerDisconnected("down")):
        sign_up(client, "bob@example.com")
    assert queued_tasks() == []  # the retry waits its minute
    with mock.patch("django.utils.timezone.now", return_value=timezone.now() + timedelta(seconds=61)):
        assert run_queued_tasks() == 1
    assert [message.to for message in mail.outbox] == [["bob@example.com"]]


def test_links_in_emails_use_site_url_when_set(client, settings):
    settings.SITE_URL = "https://muscleguide.example"
    sign_up(client, "ann@example.com")
    body = mail.outbox[0].body
    assert "https://muscleguide.example/newsletter/confirm/" in body
    assert mail.outbox[0].extra_headers["List-Unsubscribe"].startswith("<https://muscleguide.example/newsletter/")
