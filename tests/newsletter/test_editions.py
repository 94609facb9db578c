"""Managers write, preview, test, send and schedule editions in the admin; editors draft them; a new guide
gets a draft announcement. Delivery itself (SMTP, exactly once) is in test_delivery.py."""

import re
from datetime import timedelta
from html import unescape
from unittest import mock

import pytest
from django.contrib.admin.models import LogEntry
from django.core import mail
from django.utils import timezone

from articles.models import MuscleGroup
from newsletter import delivery
from newsletter.admin import EditionAdmin
from newsletter.models import Delivery, Edition, Subscriber
from tests.admin_forms import admin_url, form_data, unknown_study
from tests.factories import make_exercise, make_guide
from tests.worker import queued_tasks, run_queued_tasks

from .smtp import Inbox, SmtpServer
from .steps import confirmed

pytestmark = pytest.mark.django_db

BODY = "Long lengths grow the hamstrings [@maeo-2021]. See [the guide](/guides/hamstrings/)."


def html(response):
    return response.content.decode()


def write_edition(client, **fields):
    hamstrings = MuscleGroup.objects.get(slug="hamstrings")
    data = {"subject": "Why long lengths", "body": BODY, "guides": [hamstrings.pk], "exercises": [], **fields}
    if send_at := data.pop("send_at", None):  # the admin's date and time boxes
        data.update(send_at_0=f"{send_at:%Y-%m-%d}", send_at_1=f"{send_at:%H:%M:%S}")
    response = client.post(admin_url(Edition, "add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return Edition.objects.get(subject=data["subject"])


def test_a_manager_writes_previews_tests_and_sends_an_edition(
    client, manager, seeded, django_capture_on_commit_callbacks
):
    confirmed("ann@example.com", "bob@example.com", "cat@example.com")
    Subscriber.objects.create(email="pending@example.com", consent_at=timezone.now(), consent_version="x")
    news = write_edition(client)
    assert '<sup class="citation">' in news.body_html and news.status == Edition.Status.DRAFT

    page = html(client.get(admin_url(Edition, "change", news.pk)))
    assert "Preview the email" in page and "Save and send a test to me" in page
    assert "Save and send now to every confirmed subscriber" in page

    preview = client.get(f"/admin/newsletter/edition/{news.pk}/preview/")
    assert preview.status_code == 200
    assert 'title="The email on a 320 px phone"' in html(preview) and 'width="320"' in html(preview)
    assert "Long lengths grow the hamstrings [1]. See the guide (http://testserver/guides/hamstrings/)." in html(
        preview
    )
    email_html = client.get(f"/admin/newsletter/edition/{news.pk}/preview-html/")
    assert email_html.status_code == 200 and email_html["X-Frame-Options"] == "SAMEORIGIN"
    assert "style-src 'unsafe-inline'" in email_html["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in email_html["Content-Security-Policy"]
    assert 'href="http://testserver/guides/hamstrings/"' in html(email_html) and "[1]</a></sup>" in html(email_html)
    assert "style-src 'unsafe-inline'" not in client.get(admin_url(Edition))["Content-Security-Policy"]

    response = client.post(f"/admin/newsletter/edition/{news.pk}/send-test/")
    assert response.status_code == 302 and mail.outbox == []
    run_queued_tasks()
    [test] = mail.outbox
    assert test.to == ["maya@example.org"] and test.subject == "[Test] Why long lengths"
    assert Delivery.objects.count() == 0  # a test is not a send

    with django_capture_on_commit_callbacks(execute=True):  # the task is queued once the rows are committed
        response = client.post(f"/admin/newsletter/edition/{news.pk}/send/", follow=True)
    assert "Sending started" in html(response)
    news.refresh_from_db()
    assert news.status == Edition.Status.SENDING and Delivery.objects.filter(edition=news).count() == 3
    run_queued_tasks()
    assert sorted(message.to[0] for message in mail.outbox[1:]) == [
        "ann@example.com",
        "bob@example.com",
        "cat@example.com",
    ]

    page = html(client.get(admin_url(Edition, "change", news.pk)))
    assert '<progress id="sending-progress" max="3" value="3">' in page
    assert "Queued: <strong>0</strong> · Sent: <strong>3</strong> · Failed: <strong>0</strong>" in page
    assert "send now to every confirmed subscriber" not in page  # sent is sent
    assert 'value="Send a test to me"' in page  # a test of what was sent is still possible
    listing = html(client.get(admin_url(Edition)))
    assert re.search(r"Why long lengths</a></th><td[^>]*>Sent</td>", listing)

    # What was sent stays as it was sent.
    client.post(
        admin_url(Edition, "change", news.pk),
        {**form_data(client.get(admin_url(Edition, "change", news.pk))), "subject": "Changed"},
    )
    news.refresh_from_db()
    assert news.subject == "Why long lengths"
    assert client.post(f"/admin/newsletter/edition/{news.pk}/send/", follow=True).status_code == 200
    assert Delivery.objects.filter(edition=news).count() == 3 and len(mail.outbox) == 4


def test_the_plain_text_gives_every_links_address_after_its_words(client, manager, seeded):
    """Links to other sites stayed as Markdown ("[the trial](https://...)") in the plain text."""
    body = (
        "Read [the trial](https://example.org/trial), [our guide](/guides/hamstrings/) "
        "or [write](mailto:a@example.org)."
    )
    news = write_edition(client, body=body)
    plain = html(client.get(f"/admin/newsletter/edition/{news.pk}/preview/"))
    assert (
        "Read the trial (https://example.org/trial), our guide (http://testserver/guides/hamstrings/) "
        "or write (a@example.org)." in plain
    )
    assert "](" not in plain


def test_an_unknown_citation_is_a_form_error(client, manager, seeded):
    response = client.post(admin_url(Edition, "add"), {"subject": "S", "body": "Proof [@ghost-2000]."})
    assert response.status_code == 200 and unknown_study("ghost-2000") in html(response)
    assert not Edition.objects.filter(subject="S").exists()


def test_editors_draft_and_test_but_only_managers_send(editor_client, seeded):
    confirmed("ann@example.com")
    news = write_edition(editor_client)
    page = html(editor_client.get(admin_url(Edition, "change", news.pk)))
    assert "Save and send a test to me" in page and "Newsletter managers send and schedule editions." in page
    assert "end now" not in page and "chedule for" not in page
    for action in ("send", "schedule"):
        assert editor_client.post(f"/admin/newsletter/edition/{news.pk}/{action}/").status_code == 403
    assert editor_client.get(f"/admin/newsletter/edition/{news.pk}/send/").status_code == 403
    data = form_data(editor_client.get(admin_url(Edition, "change", news.pk)))
    for button in ("_send", "_schedule"):  # the managers' buttons, posted by hand
        assert editor_client.post(admin_url(Edition, "change", news.pk), {**data, button: "x"}).status_code == 403
    assert editor_client.post(admin_url(Edition, "delete", news.pk), {"post": "yes"}).status_code == 403
    news.refresh_from_db()
    assert news.status == Edition.Status.DRAFT and not Delivery.objects.exists()
    assert editor_client.get(admin_url(Subscriber)).status_code == 403  # and still no subscriber list


def test_actions_take_only_post(client, manager, seeded):
    news = write_edition(client)
    for action in ("schedule", "unschedule", "send-test", "resume"):
        assert client.get(f"/admin/newsletter/edition/{news.pk}/{action}/").status_code == 405
    assert client.put(f"/admin/newsletter/edition/{news.pk}/send/").status_code == 405  # GET asks to confirm
    assert client.post("/admin/newsletter/edition/999999/send/").status_code == 404


def test_a_scheduled_edition_starts_at_its_time_and_a_new_time_needs_a_new_schedule(
    client, manager, seeded, django_capture_on_commit_callbacks
):
    confirmed("ann@example.com")
    when = timezone.now() + timedelta(hours=2)
    news = write_edition(client, send_at=when)
    response = client.post(f"/admin/newsletter/edition/{news.pk}/schedule/", follow=True)
    assert "Scheduled for" in html(response)
    news.refresh_from_db()
    assert news.status == Edition.Status.SCHEDULED
    assert run_queued_tasks() == 0 and mail.outbox == []  # not yet
    later = timezone.now() + timedelta(hours=3)
    with mock.patch("django.utils.timezone.now", return_value=later), django_capture_on_commit_callbacks(execute=True):
        run_queued_tasks()  # starts the sending, which queues the delivery
    with mock.patch("django.utils.timezone.now", return_value=later):
        run_queued_tasks()
    assert [message.to for message in mail.outbox] == [["ann@example.com"]]
    assert Edition.objects.get(pk=news.pk).status == Edition.Status.SENT

    # Rescheduled: the old time's task does nothing; back to draft: nothing at all.
    second = write_edition(client, subject="Second", send_at=when)
    client.post(f"/admin/newsletter/edition/{second.pk}/schedule/")
    data = form_data(client.get(admin_url(Edition, "change", second.pk)))
    client.post(
        admin_url(Edition, "change", second.pk),
        {**data, "send_at_0": f"{when + timedelta(days=1):%Y-%m-%d}"},
    )
    second.refresh_from_db()
    assert second.status == Edition.Status.DRAFT
    with mock.patch("django.utils.timezone.now", return_value=later):
        run_queued_tasks()
    assert len(mail.outbox) == 1 and Edition.objects.get(pk=second.pk).status == Edition.Status.DRAFT


def test_schedule_needs_a_time_to_come(client, manager, seeded):
    news = write_edition(client)
    response = client.post(f"/admin/newsletter/edition/{news.pk}/schedule/", follow=True)
    assert "Set “send at” to a time to come" in html(response)
    assert Edition.objects.get(pk=news.pk).status == Edition.Status.DRAFT


def test_publishing_a_new_guide_prepares_a_draft_announcement_never_sent(client, manager, seeded):
    confirmed("ann@example.com")
    guide = make_guide("calves", "Calves", status=MuscleGroup.Status.DRAFT)
    assert not Edition.objects.filter(announces=guide).exists()  # a draft guide announces nothing
    guide.status = MuscleGroup.Status.PUBLISHED
    guide.save()
    announcement = Edition.objects.get(announces=guide)
    assert announcement.status == Edition.Status.DRAFT and announcement.subject == "New guide: How to train your calves"
    assert list(announcement.guides.all()) == [guide] and "/guides/calves/" in announcement.body
    guide.summary = "Edited after publishing."
    guide.save()
    assert Edition.objects.filter(announces=guide).count() == 1
    run_queued_tasks()
    assert mail.outbox == [] and queued_tasks() == [] and not Delivery.objects.exists()
    assert "New guide: How to train your calves" in html(client.get(admin_url(Edition)))


def test_the_edition_form_explains_markdown_for_an_email_not_a_page(client, manager):
    """The help text is the email's: no "On this page" (an email has none), relative links made absolute."""
    page = html(client.get(admin_url(Edition, "add")))
    assert "On this page" not in page
    assert "the email links to the full address" in page and "lists the reference at its end" in page


def test_the_guide_and_exercise_pickers_do_not_ask_to_hold_down_control(client, manager, seeded):
    page = html(client.get(admin_url(Edition, "add")))
    assert "Exercises the email links to at its end." in page
    assert "Hold down" not in page


def test_the_seed_guides_are_not_announced_as_new(seeded):
    """A fresh `make run` starts with no "New guide" drafts: the seed is the site's starting content."""
    assert MuscleGroup.objects.published().count() == 2
    assert not Edition.objects.exists()


def test_a_guide_taken_back_to_draft_and_republished_is_announced_once(seeded):
    guide = make_guide("calves", "Calves", status=MuscleGroup.Status.DRAFT)
    for status in [MuscleGroup.Status.PUBLISHED, MuscleGroup.Status.DRAFT, MuscleGroup.Status.PUBLISHED]:
        guide.status = status
        guide.save()
    Edition.objects.filter(announces=guide).delete()  # the manager discarded the draft announcement
    guide.status = MuscleGroup.Status.DRAFT
    guide.save()
    guide.status = MuscleGroup.Status.PUBLISHED
    guide.save()
    assert not Edition.objects.filter(announces=guide).exists()


def test_the_edition_list_costs_the_same_queries_however_many_editions(
    client, manager, seeded, django_assert_max_num_queries
):
    for number in range(12):
        Edition.objects.create(subject=f"Edition {number}", body="Text.")
    with django_assert_max_num_queries(12):
        assert client.get(admin_url(Edition)).status_code == 200


def test_saving_the_form_while_sending_starts_never_undoes_the_sending(client, manager, seeded):
    """Sending can start between the change view reading the edition and saving it (another manager's Send)."""
    confirmed("ann@example.com")
    news = write_edition(client)
    data = form_data(client.get(admin_url(Edition, "change", news.pk)))
    read_before_the_send = Edition.objects.get(pk=news.pk)
    delivery.start_sending(Edition.objects.get(pk=news.pk), "https://muscleguide.example")
    with mock.patch.object(EditionAdmin, "get_object", return_value=read_before_the_send):
        response = client.post(admin_url(Edition, "change", news.pk), {**data, "subject": "Changed too late"})
    assert response.status_code == 403
    news.refresh_from_db()
    assert (news.status, news.subject) == (Edition.Status.SENDING, "Why long lengths")
    assert Delivery.objects.filter(edition=news, status=Delivery.Status.QUEUED).count() == 1


def test_a_scheduled_edition_an_editor_changes_goes_back_to_draft(client, manager, editor, seeded):
    news = write_edition(client, send_at=timezone.now() + timedelta(hours=2))
    client.post(f"/admin/newsletter/edition/{news.pk}/schedule/")
    client.force_login(editor)
    data = form_data(client.get(admin_url(Edition, "change", news.pk)))
    response = client.post(
        admin_url(Edition, "change", news.pk), {**data, "subject": "Edited after review"}, follow=True
    )
    assert "puts it back to draft until a newsletter manager schedules it again" in html(response)
    news.refresh_from_db()
    assert (news.status, news.subject) == (Edition.Status.DRAFT, "Edited after review")
    client.force_login(manager)  # a manager's own change keeps the schedule
    client.post(f"/admin/newsletter/edition/{news.pk}/schedule/")
    data = form_data(client.get(admin_url(Edition, "change", news.pk)))
    client.post(admin_url(Edition, "change", news.pk), {**data, "subject": "Edited by the manager"})
    news.refresh_from_db()
    assert (news.status, news.subject) == (Edition.Status.SCHEDULED, "Edited by the manager")


def test_editors_see_how_many_emails_failed_but_never_the_addresses(client, manager, editor, seeded):
    """The failed-emails table listed readers' addresses and the server's words to editors, who may not see them."""
    confirmed("ann@example.com", "bob@example.com")
    news = write_edition(client)
    delivery.start_sending(news, "https://muscleguide.example")
    ann = Delivery.objects.get(edition=news, subscriber__email="ann@example.com")
    Delivery.objects.filter(pk=ann.pk).update(status=Delivery.Status.FAILED, error="550 no mailbox ann@example.com")
    Delivery.objects.filter(edition=news).exclude(pk=ann.pk).update(status=Delivery.Status.SENT)

    client.force_login(editor)
    page = html(client.get(admin_url(Edition, "change", news.pk)))
    assert "Failed: <strong>1</strong>" in page
    assert "ann@example.com" not in page and "550 no mailbox" not in page and "Failed emails" not in page
    assert "shown to newsletter managers only" in page

    client.force_login(manager)
    page = html(client.get(admin_url(Edition, "change", news.pk)))
    assert "Failed emails" in page and "<td>ann@example.com</td>" in page and "550 no mailbox" in page


def test_the_preview_shows_the_plain_text_character_for_character_never_as_html(client, manager, seeded):
    """The plain-text box rendered the body's HTML: bold text, a live link, an autolink <address> gone."""
    body = "Type `<b>raw HTML</b>` or `<a href='https://evil.example/'>sneaky link</a>`. Write to <editors@x.example>."
    text = "Type <b>raw HTML</b> or <a href='https://evil.example/'>sneaky link</a>. Write to editors@x.example."
    news = write_edition(client, body=body)
    page = html(client.get(f"/admin/newsletter/edition/{news.pk}/preview/"))
    shown = re.search(r'<pre class="edition-preview-text">(.*?)</pre>', page, re.S).group(1)
    assert "<" not in shown and "https://evil.example/'>" not in page
    assert (
        "Type &lt;b&gt;raw HTML&lt;/b&gt; or &lt;a href=&#x27;https://evil.example/&#x27;&gt;sneaky link&lt;/a&gt;"
        in shown
    )
    assert "Write to editors@x.example." in shown

    client.post(f"/admin/newsletter/edition/{news.pk}/send-test/")
    run_queued_tasks()
    [test] = mail.outbox
    assert text in test.body and text in unescape(shown)  # what the box shows is what the email holds


def sent_to_ann(news, django_capture_on_commit_callbacks):
    """The edition as the confirmed reader ann@example.com gets it."""
    confirmed("ann@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        assert delivery.start_sending(news, "https://muscleguide.example")
    run_queued_tasks()
    [email] = mail.outbox
    return email


def test_the_plain_text_reads_as_plain_text_not_markdown(client, manager, seeded, django_capture_on_commit_callbacks):
    """Every edition's text part read as raw Markdown (**bold**, ## headings, > quotes), and a link with a title
    stayed "[PubMed](https://... "PubMed home")"."""
    body = (
        "Lift, then **slow down the lowering** and stand *tall*.\n\n"
        "## Three cues\n\n"
        "> A quote\n> from a coach\n\n"
        "- Brace\n- Breathe\n\n"
        'Search [PubMed](https://pubmed.ncbi.nlm.nih.gov/ "PubMed home") for long lengths [@maeo-2021].'
    )
    email = sent_to_ann(write_edition(client, body=body), django_capture_on_commit_callbacks)
    assert (
        "Lift, then slow down the lowering and stand tall.\n\n"
        "Three cues\n----------\n\n"
        "> A quote from a coach\n\n"
        "- Brace\n- Breathe\n\n"
        "Search PubMed (https://pubmed.ncbi.nlm.nih.gov/) for long lengths [1].\n"
    ) in email.body
    assert "References:\n1. " in email.body
    for marker in ("**", "##", "*tall*", "](", "PubMed home"):
        assert marker not in email.body


def test_an_announcement_names_its_guide_and_links_to_it_once(
    client, manager, seeded, django_capture_on_commit_callbacks
):
    """The plain text showed the guide's title three times (heading, **bold** in the body, "Read on the site") and
    its link twice."""
    guide = make_guide("glutes", "Glutes")
    email = sent_to_ann(Edition.objects.get(announces=guide), django_capture_on_commit_callbacks)
    url = "https://muscleguide.example/guides/glutes/"
    assert email.subject == "New guide: How to train your glutes"
    assert email.body.startswith(
        f"New guide: How to train your glutes\n\nAll about the glutes.\n\nRead the glutes guide ({url})\n"
    )
    assert email.body.count("How to train your glutes") == 1 and email.body.count(url) == 1
    email_html = email.alternatives[0].content
    assert email_html.count("How to train your glutes") == 1 and email_html.count(f'href="{url}"') == 1


def test_send_now_saves_the_form_then_asks_to_confirm_with_the_subject_and_the_audience(
    client, manager, seeded, django_capture_on_commit_callbacks
):
    """A subject edited without saving went out as the saved, older one, at once, with no confirmation."""
    confirmed("ann@example.com", "bob@example.com")
    Subscriber.objects.create(email="pending@example.com", consent_at=timezone.now(), consent_version="x")
    news = write_edition(client, subject="Old subject")
    page = client.get(admin_url(Edition, "change", news.pk))
    assert re.search(r'<input type="submit" form="edition_form" name="_send"[^>]*>', html(page))
    edited = {**form_data(page), "subject": "New subject"}  # not saved: the button saves it
    response = client.post(admin_url(Edition, "change", news.pk), {**edited, "_send": "Send"})
    assert response.status_code == 302 and response["Location"] == f"/admin/newsletter/edition/{news.pk}/send/"
    news.refresh_from_db()
    assert (news.subject, news.status) == ("New subject", Edition.Status.DRAFT) and not Delivery.objects.exists()

    question = html(client.get(response["Location"]))
    assert "<h1>Send “New subject” to 2 confirmed subscribers now?</h1>" in question
    assert re.search(r'<form method="post">.*<input type="submit" value="Send">', question, re.S)
    assert f'<a href="/admin/newsletter/edition/{news.pk}/change/" class="button cancel-link">Cancel</a>' in question
    run_queued_tasks()
    assert mail.outbox == [] and not Delivery.objects.exists()  # asking sends nothing

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/newsletter/edition/{news.pk}/send/", follow=True)
    assert "Sending started" in html(response)
    run_queued_tasks()
    assert sorted((m.to[0], m.subject) for m in mail.outbox) == [
        ("ann@example.com", "New subject"),
        ("bob@example.com", "New subject"),
    ]


def test_a_second_send_now_says_the_edition_is_already_sending_and_queues_nothing(
    client, manager, seeded, django_capture_on_commit_callbacks
):
    """Two managers pressing Send at once: the second was told "Sending resumed", logged it in the History and
    queued one more chain of runs. Resume is its own button, for a sending whose runs were lost."""
    confirmed("ann@example.com")
    news = write_edition(client)
    send = f"/admin/newsletter/edition/{news.pk}/send/"
    with django_capture_on_commit_callbacks(execute=True):
        assert "Sending started" in html(client.post(send, follow=True))
    assert queued_tasks() == ["deliver_edition"]
    history = list(LogEntry.objects.values_list("change_message", flat=True))

    with django_capture_on_commit_callbacks(execute=True):
        answer = html(client.post(send, follow=True))
    assert "This edition is already being sent: nothing more was queued." in answer
    assert "resumed" not in answer
    assert queued_tasks() == ["deliver_edition"]
    assert list(LogEntry.objects.values_list("change_message", flat=True)) == history


def test_send_now_with_a_form_error_shows_the_error_and_sends_nothing(client, manager, seeded):
    confirmed("ann@example.com")
    news = write_edition(client)
    data = form_data(client.get(admin_url(Edition, "change", news.pk)))
    response = client.post(
        admin_url(Edition, "change", news.pk), {**data, "body": "Proof [@ghost-2000].", "_send": "Send"}
    )
    assert response.status_code == 200 and unknown_study("ghost-2000") in html(response)
    assert Edition.objects.get(pk=news.pk).body == BODY and not Delivery.objects.exists()


def test_test_and_schedule_buttons_save_the_form_first(client, manager, seeded):
    """ "Send a test" mailed the saved subject, and "Schedule" the saved time, not what the form showed."""
    news = write_edition(client, subject="Old subject")
    data = form_data(client.get(admin_url(Edition, "change", news.pk)))
    client.post(admin_url(Edition, "change", news.pk), {**data, "subject": "New subject", "_send_test": "Test"})
    run_queued_tasks()
    assert [message.subject for message in mail.outbox] == ["[Test] New subject"]

    when = (timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    data = form_data(client.get(admin_url(Edition, "change", news.pk)))
    time_boxes = {"send_at_0": f"{when:%Y-%m-%d}", "send_at_1": f"{when:%H:%M:%S}"}
    response = client.post(admin_url(Edition, "change", news.pk), {**data, **time_boxes, "_schedule": "x"}, follow=True)
    assert f"Scheduled for {when:%Y-%m-%d %H:%M} UTC." in html(response)
    news.refresh_from_db()
    assert (news.status, news.send_at) == (Edition.Status.SCHEDULED, when)


def test_an_edition_linking_to_a_guide_not_yet_public_is_not_sent_before_it_is(
    client, manager, seeded, django_capture_on_commit_callbacks
):
    """The announcement of a scheduled guide could be sent at once, and readers got a link to a page not found."""
    confirmed("ann@example.com")
    live = (timezone.now() + timedelta(days=3)).replace(second=0, microsecond=0)
    guide = make_guide("calves", "Calves", published_at=live)  # scheduled: its announcement is drafted now
    news = Edition.objects.get(announces=guide)
    warning = f"Not public yet: the guide “Calves” (public from {live:%Y-%m-%d %H:%M} UTC)."
    assert warning in html(client.get(admin_url(Edition, "change", news.pk)))

    refused = f"Not sent: it links to the guide “Calves” (public from {live:%Y-%m-%d %H:%M} UTC)"
    assert refused in html(client.get(f"/admin/newsletter/edition/{news.pk}/send/", follow=True))
    with django_capture_on_commit_callbacks(execute=True):
        assert refused in html(client.post(f"/admin/newsletter/edition/{news.pk}/send/", follow=True))
    run_queued_tasks()
    assert Edition.objects.get(pk=news.pk).status == Edition.Status.DRAFT and not Delivery.objects.exists()

    def schedule(when):
        data = form_data(client.get(admin_url(Edition, "change", news.pk)))
        boxes = {"send_at_0": f"{when:%Y-%m-%d}", "send_at_1": f"{when:%H:%M:%S}", "_schedule": "x"}
        return html(client.post(admin_url(Edition, "change", news.pk), {**data, **boxes}, follow=True))

    too_early = live - timedelta(days=1)
    assert f"Not scheduled: at {too_early:%Y-%m-%d %H:%M} UTC it would link to the guide “Calves”" in schedule(
        too_early
    )
    assert Edition.objects.get(pk=news.pk).status == Edition.Status.DRAFT
    assert f"Scheduled for {live:%Y-%m-%d %H:%M} UTC." in schedule(live)
    with mock.patch("django.utils.timezone.now", return_value=live), django_capture_on_commit_callbacks(execute=True):
        run_queued_tasks()
    with mock.patch("django.utils.timezone.now", return_value=live):
        run_queued_tasks()
    [announcement] = mail.outbox
    assert "http://testserver/guides/calves/" in announcement.body  # the guide is live when it arrives


def test_a_scheduled_edition_whose_guide_went_back_to_draft_is_not_sent(client, manager, seeded):
    confirmed("ann@example.com")
    exercise = make_exercise("calf-raise")
    news = write_edition(client, exercises=[exercise.pk], send_at=timezone.now() + timedelta(hours=2))
    client.post(f"/admin/newsletter/edition/{news.pk}/schedule/")
    assert Edition.objects.get(pk=news.pk).status == Edition.Status.SCHEDULED
    exercise.status = exercise.Status.DRAFT
    exercise.save()
    page = html(client.get(admin_url(Edition, "change", news.pk)))
    assert f"Not public yet: the exercise “{exercise}” (a draft)." in page
    with mock.patch("django.utils.timezone.now", return_value=timezone.now() + timedelta(hours=3)):
        run_queued_tasks()
        run_queued_tasks()
    assert mail.outbox == [] and not Delivery.objects.exists()
    assert Edition.objects.get(pk=news.pk).status == Edition.Status.DRAFT


def test_a_test_email_says_it_is_a_test_and_has_no_unsubscribe_link(
    client, manager, seeded, django_capture_on_commit_callbacks
):
    """A test carried a List-Unsubscribe header for "subscriber 0" and the readers' footer ("You get this email
    because this address was entered in the ... newsletter form")."""
    news = write_edition(client)
    client.post(f"/admin/newsletter/edition/{news.pk}/send-test/")
    run_queued_tasks()
    [test] = mail.outbox
    test_html = test.alternatives[0].content
    headers = test.message()
    assert headers["List-Unsubscribe"] is None and headers["List-Unsubscribe-Post"] is None
    assert "/newsletter/unsubscribe/" not in test.body and "/newsletter/unsubscribe/" not in test_html
    footer = "This is a test, sent to a staff member from the Muscle Guide admin: no reader got it."
    assert footer in test.body and footer in test_html
    assert "Each reader's copy ends instead with “You get this email because this address was entered" in test_html

    mail.outbox.clear()
    reader = sent_to_ann(news, django_capture_on_commit_callbacks)  # a reader's copy keeps its own link and headers
    assert reader.message()["List-Unsubscribe"].startswith("<https://muscleguide.example/newsletter/unsubscribe/")
    assert "/newsletter/unsubscribe/" in reader.body and "staff member" not in reader.body


def test_a_test_the_mail_server_refuses_says_why_on_the_edition_page(client, manager, settings, seeded):
    """The admin said "A test is on its way"; a refused test only ended FAILED in the worker's log."""
    news = write_edition(client)
    inbox = Inbox(refuse_rcpt=["maya@example.org"])
    with SmtpServer(inbox) as server:
        for name, value in server.settings().items():
            setattr(settings, name, value)
        answer = client.post(f"/admin/newsletter/edition/{news.pk}/send-test/", follow=True)
        assert "A test to maya@example.org is queued: this page shows when it is sent, or why not." in html(answer)
        assert "Last test to maya@example.org:" in html(answer) and "waiting to be sent" in html(answer)
        run_queued_tasks()
    page = unescape(html(client.get(admin_url(Edition, "change", news.pk))))
    assert "failed</strong> after 1 try: refused by the mail server: 550 5.1.1 No such mailbox here" in page
    assert queued_tasks() == []  # a refusal for good is not tried again


def test_a_test_that_meets_a_busy_mail_server_is_tried_again_and_its_state_shown(client, manager, settings, seeded):
    """A 4xx (greylisting) was not retried: the test was lost, and nobody was told."""
    news = write_edition(client)
    inbox = Inbox(on_message=lambda number, envelope: "451 4.7.1 Greylisted, try later" if number == 1 else None)
    with SmtpServer(inbox) as server:
        for name, value in server.settings().items():
            setattr(settings, name, value)
        client.post(f"/admin/newsletter/edition/{news.pk}/send-test/")
        run_queued_tasks()
        page = unescape(html(client.get(admin_url(Edition, "change", news.pk))))
        assert "waiting to be tried again (1 try so far; the last failed: refused by the mail server: 451" in page
        with mock.patch("django.utils.timezone.now", return_value=timezone.now() + timedelta(hours=1)):
            run_queued_tasks()
    assert [message["Subject"] for message in inbox.messages] == ["[Test] Why long lengths"]
    page = html(client.get(admin_url(Edition, "change", news.pk)))
    assert re.search(r"Last test to maya@example.org:\s*sent at \d{4}-\d\d-\d\d \d\d:\d\d UTC", page)


def test_a_test_the_mail_server_received_but_never_confirmed_is_not_sent_again(client, manager, settings, seeded):
    """The server keeps the message but never says "250" after DATA: the test was retried, five copies in the
    staff member's inbox. A server slow to say "250" has usually stored it, as for a reader's copy."""
    news = write_edition(client)
    with SmtpServer(Inbox(stall_after_data=True)) as server:
        for name, value in server.settings().items():
            setattr(settings, name, value)
        settings.EMAIL_TIMEOUT = 1
        settings.NEWSLETTER_RETRY_SECONDS = 0
        client.post(f"/admin/newsletter/edition/{news.pk}/send-test/")
        run_queued_tasks()
    assert [message["Subject"] for message in server.inbox.messages] == ["[Test] Why long lengths"]
    assert queued_tasks() == []
    page = unescape(html(client.get(admin_url(Edition, "change", news.pk))))
    assert "failed</strong> after 1 try: the mail server did not confirm the message after receiving it" in page
    assert "it may have arrived, so it is not sent again" in page


def test_a_test_while_the_mail_server_is_down_fails_after_the_usual_tries(client, manager, settings, seeded):
    news = write_edition(client)
    with SmtpServer(Inbox()) as server:
        settings_of_a_stopped_server = server.settings()
    for name, value in settings_of_a_stopped_server.items():
        setattr(settings, name, value)
    settings.NEWSLETTER_SEND_ATTEMPTS = 3
    client.post(f"/admin/newsletter/edition/{news.pk}/send-test/")
    for hours in range(3):
        with mock.patch("django.utils.timezone.now", return_value=timezone.now() + timedelta(hours=hours)):
            run_queued_tasks()
    page = html(client.get(admin_url(Edition, "change", news.pk)))
    assert "failed</strong> after 3 tries: could not reach the mail server: ConnectionRefusedError" in page


def test_emails_waiting_to_retry_are_shown_with_their_tries_and_reason_not_as_a_stuck_send(
    client, manager, editor, settings, seeded, django_capture_on_commit_callbacks
):
    """A greylisting server (451) showed only "Queued: 1" for minutes, and the page suggested resuming."""
    confirmed("ann@example.com", "bob@example.com")
    news = write_edition(client)
    greylisted = "451 4.7.1 <bob@example.com>: Greylisted, try later"
    inbox = Inbox(on_message=lambda number, envelope: greylisted if envelope.rcpt_tos == ["bob@example.com"] else None)
    with SmtpServer(inbox) as server:
        for name, value in server.settings().items():
            setattr(settings, name, value)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(f"/admin/newsletter/edition/{news.pk}/send/")
        run_queued_tasks()

    page = unescape(html(client.get(admin_url(Edition, "change", news.pk))))
    assert "Queued: <strong>1</strong> (1 waiting to retry after a temporary failure) · Sent: <strong>1" in page
    assert "Waiting to retry: <strong>1</strong>" in page and "marks an email failed only after 5 tries" in page
    assert re.search(r"<td>bob@example.com</td><td>1</td><td>[\d: -]+</td><td>refused by the mail server: 451", page)
    assert "Nothing is stuck: every email still queued waits for its retry time" in page
    assert "If the counts above stop moving" not in page

    client.force_login(editor)
    page = unescape(html(client.get(admin_url(Edition, "change", news.pk))))
    assert "Waiting to retry: <strong>1</strong>" in page and "Greylisted" not in page and "bob@example.com" not in page
    assert "Which addresses wait, and the mail server's words, are shown to newsletter managers only." in page

    client.force_login(manager)  # once its retry time has come, the row is due: then a stop would be a stuck send
    Delivery.objects.filter(subscriber__email="bob@example.com").update(next_attempt_at=timezone.now())
    page = html(client.get(admin_url(Edition, "change", news.pk)))
    assert "If the counts above stop moving while emails are due now (1: queued for a first try, or past their" in page


def test_the_edition_list_shows_when_each_edition_went_out_and_its_skipped_count(
    client, manager, seeded, django_capture_on_commit_callbacks
):
    """An edition sent with Send now showed "-" for "send at", and the list had no skipped count."""
    confirmed("ann@example.com", "bob@example.com")
    news = write_edition(client)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/newsletter/edition/{news.pk}/send/")
    Subscriber.objects.filter(email="bob@example.com").update(status=Subscriber.Status.UNSUBSCRIBED)
    run_queued_tasks()
    later = write_edition(client, subject="Next week", send_at=timezone.now() + timedelta(days=7))
    client.post(
        admin_url(Edition, "change", later.pk),
        {**form_data(client.get(admin_url(Edition, "change", later.pk))), "_schedule": "1"},
    )

    listing = html(client.get(admin_url(Edition)))
    news.refresh_from_db()
    later.refresh_from_db()
    assert "Sent or scheduled (UTC)</a>" in listing and ">Skipped</a>" in listing
    started = f"{news.started_at:%Y-%m-%d %H:%M}"
    cells = r'<td class="field-{}">{}</td>'
    assert re.search(cells.format("sending_time", started), listing)
    assert re.search(cells.format("sending_time", f"scheduled for {later.send_at:%Y-%m-%d %H:%M}"), listing)
    assert re.search(cells.format("sent", 1) + ".*" + cells.format("failed", 0) + cells.format("skipped", 1), listing)
