"""Editors' side: only newsletter managers and superusers see subscribers; they can search, filter, count and export."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core import mail
from django.test import Client
from django.utils import timezone

from newsletter import subscriptions
from newsletter.models import Subscriber
from newsletter.permissions import MANAGERS_GROUP
from newsletter.tokens import signup_stamp

from .steps import confirm, link_path, sign_up

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/newsletter/subscriber/"


@pytest.fixture
def subscribers():
    """One pending, two confirmed (one from the guide), one unsubscribed, and an address made to trick a spreadsheet."""
    ann = subscriptions.sign_up("ann@example.com", "/guides/hamstrings/").subscriber
    bob = subscriptions.sign_up("bob@example.com", "/newsletter/").subscriber
    cat = subscriptions.sign_up("cat@example.org", "/guides/hamstrings/").subscriber
    subscriptions.sign_up("=cmd@example.com", "/newsletter/")
    subscriptions.confirm(ann.pk, signup_stamp(ann))
    subscriptions.confirm(bob.pk, signup_stamp(bob))
    subscriptions.unsubscribe(cat.pk)
    return Subscriber.objects.all()


def staff(username, group=None, all_permissions=False):
    user = User.objects.create_user(username, password="pw", is_staff=True)
    if group:
        user.groups.add(Group.objects.get_or_create(name=group)[0])
    if all_permissions:
        user.user_permissions.set(Permission.objects.all())
    return user


def test_the_managers_group_comes_from_a_migration_with_view_and_delete():
    group = Group.objects.get(name=MANAGERS_GROUP)
    assert set(group.permissions.values_list("codename", flat=True)) == {
        "view_subscriber",
        "delete_subscriber",
        *("view_edition", "add_edition", "change_edition", "delete_edition", "send_edition", "view_delivery"),
    }


def test_managers_see_the_list_with_status_dates_source_and_counts(client, subscribers):
    client.force_login(staff("manager", MANAGERS_GROUP))
    assert "/admin/newsletter/subscriber/" in client.get("/admin/").content.decode()
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    page = response.content.decode()
    for email in ["ann@example.com", "bob@example.com", "cat@example.org", "=cmd@example.com"]:
        assert email in page
    assert "/guides/hamstrings/" in page and "Signed up" in page and "Confirmed" in page and "Unsubscribed" in page
    assert "Pending (not yet confirmed): <strong>1</strong>" in page
    assert "Confirmed: <strong>2</strong>" in page and "Unsubscribed: <strong>1</strong>" in page


def test_managers_search_and_filter(client, subscribers):
    client.force_login(staff("manager", MANAGERS_GROUP))
    found = client.get(CHANGELIST, {"q": "example.org"}).content.decode()
    assert "cat@example.org" in found and "ann@example.com" not in found
    confirmed = client.get(CHANGELIST, {"status__exact": "confirmed"}).content.decode()
    assert "ann@example.com" in confirmed and "bob@example.com" in confirmed and "cat@example.org" not in confirmed
    from_guide = client.get(CHANGELIST, {"source_page": "/guides/hamstrings/"}).content.decode()
    assert "cat@example.org" in from_guide and "bob@example.com" not in from_guide


def test_managers_export_csv_safe_for_spreadsheets(client, subscribers):
    client.force_login(staff("manager", MANAGERS_GROUP))
    ids = [str(pk) for pk in subscribers.values_list("pk", flat=True)]
    response = client.post(CHANGELIST, {"action": "export_csv", "_selected_action": ids})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    emails = [row["Email"] for row in rows]
    assert emails == ["'=cmd@example.com", "ann@example.com", "bob@example.com", "cat@example.org"]
    ann = rows[1]
    assert ann["Status"] == "confirmed" and ann["Source page"] == "/guides/hamstrings/"
    assert ann["Consent version"] == "2026-11" and ann["Signed up"][:4] == str(timezone.now().year)
    assert ann["Confirmed"] and not ann["Unsubscribed"]


def test_managers_can_unsubscribe_a_reader_who_asks_and_cannot_add_or_edit(client, subscribers):
    client.force_login(staff("manager", MANAGERS_GROUP))
    bob = Subscriber.objects.get(email="bob@example.com")
    client.post(CHANGELIST, {"action": "unsubscribe_selected", "_selected_action": [bob.pk]})
    bob.refresh_from_db()
    assert bob.status == Subscriber.Status.UNSUBSCRIBED
    assert client.get(CHANGELIST + "add/").status_code == 403
    change = client.get(f"{CHANGELIST}{bob.pk}/change/").content.decode()
    assert 'name="email"' not in change and "Yes, email me weekly training tips" in change  # read-only, wording shown
    client.post(f"{CHANGELIST}{bob.pk}/change/", {"email": "eve@example.com", "status": "confirmed"})
    bob.refresh_from_db()
    assert bob.email == "bob@example.com" and bob.status == Subscriber.Status.UNSUBSCRIBED


def test_superusers_see_subscribers(client, subscribers, admin_user):
    client.force_login(admin_user)
    assert client.get(CHANGELIST).status_code == 200


@pytest.mark.parametrize(
    "user_kwargs",
    [
        {"group": "Editors"},
        {"group": "Editors", "all_permissions": True},  # even an editor given every permission by mistake
        {},
    ],
)
def test_other_staff_get_403_and_no_menu_entry(client, subscribers, user_kwargs):
    client.force_login(staff("editor", **user_kwargs))
    assert "/admin/newsletter/subscriber/" not in client.get("/admin/").content.decode()
    ann = Subscriber.objects.get(email="ann@example.com")
    assert client.get(CHANGELIST).status_code == 403
    assert client.get(f"{CHANGELIST}{ann.pk}/change/").status_code == 403
    app_index = client.get("/admin/newsletter/")
    if user_kwargs:  # editors see the app for its editions only
        assert app_index.status_code == 200 and "/admin/newsletter/subscriber/" not in app_index.content.decode()
    else:
        assert app_index.status_code == 404  # the admin hides an app with nothing to show
    response = client.post(CHANGELIST, {"action": "export_csv", "_selected_action": [ann.pk]})
    assert response.status_code == 403
    assert client.post(f"{CHANGELIST}{ann.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Subscriber.objects.filter(pk=ann.pk).exists()


def export(client):
    ids = [str(pk) for pk in Subscriber.objects.values_list("pk", flat=True)]
    response = client.post(CHANGELIST, {"action": "export_csv", "_selected_action": ids})
    return {row["Email"]: row for row in csv.DictReader(io.StringIO(response.content.decode()))}


def test_a_reader_who_signs_up_again_has_no_dates_left_from_the_earlier_subscription(client, settings):
    """Signed up again after unsubscribing, a reader was listed pending but confirmed and unsubscribed on old dates,
    and, once confirmed again, confirmed with an unsubscribed date."""
    settings.NEWSLETTER_RATE_LIMIT_PER_EMAIL = 10
    manager = Client()
    manager.force_login(staff("manager", MANAGERS_GROUP))
    sign_up(client, "ann@example.com")
    confirm(client, link_path(mail.outbox[-1], "confirm"))
    client.post(link_path(mail.outbox[-1], "unsubscribe"))
    first = export(manager)["ann@example.com"]
    assert first["Status"] == "unsubscribed" and first["Confirmed"] and first["Unsubscribed"]

    sign_up(client, "ann@example.com")
    again = export(manager)["ann@example.com"]
    assert (again["Status"], again["Confirmed"], again["Unsubscribed"]) == ("pending", "", "")
    listing = manager.get(CHANGELIST).content.decode()
    assert re.search(
        r'ann@example\.com</a></th><td class="field-status">Pending \(not yet confirmed\)</td><td[^>]*>[^<]+</td>'
        r'<td class="field-confirmed_at nowrap">-</td><td class="field-unsubscribed_at nowrap">-</td>',
        listing,
    )

    confirm(client, link_path(mail.outbox[-1], "confirm"))
    confirmed = export(manager)["ann@example.com"]
    assert (confirmed["Status"], confirmed["Unsubscribed"]) == ("confirmed", "")
    assert confirmed["Confirmed"] > first["Unsubscribed"]  # the new confirmation's date, not the first one's
