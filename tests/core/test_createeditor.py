"""`manage.py createeditor`: a staff account in the Editors group, with a password that passes the validators."""

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from core.editors import EDITORS
from studies.models import Study
from tests.admin_forms import admin_url


class FakeTerminal:
    def isatty(self):
        return True


def test_createeditor_takes_the_password_from_the_environment(db, monkeypatch, client):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "quads-and-hamstrings-42")
    call_command("createeditor", "edna", "edna@example.org")
    user = User.objects.get(username="edna")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == [EDITORS]
    assert client.login(username="edna", password="quads-and-hamstrings-42")
    assert client.get("/admin/").status_code == 200
    assert client.get(admin_url(Study)).status_code == 200


def test_createeditor_asks_for_the_password_twice_until_it_is_good(db, monkeypatch):
    import core.management.commands.createeditor as command

    monkeypatch.delenv("DJANGO_EDITOR_PASSWORD", raising=False)
    # A typo in the second copy, then a password the validators refuse, then a good one.
    good = "quads-and-hamstrings-42"
    answers = iter([good, "typo", "short", "short", good, good])
    monkeypatch.setattr(command, "getpass", lambda prompt: next(answers))
    call_command("createeditor", "edna", "edna@example.org", stdin=FakeTerminal())
    assert User.objects.get(username="edna").check_password("quads-and-hamstrings-42")


@pytest.mark.parametrize(
    "username,email,password,message",
    [
        ("edna", "edna@example.org", "", "Set DJANGO_EDITOR_PASSWORD"),
        ("edna", "edna@example.org", "password", "DJANGO_EDITOR_PASSWORD is not accepted"),
        ("edna", "not-an-email", "quads-and-hamstrings-42", "not a valid email address"),
        ("admin", "a@example.org", "quads-and-hamstrings-42", "already exists"),
    ],
)
def test_createeditor_refuses_bad_input(db, monkeypatch, username, email, password, message):
    User.objects.create_user("admin")
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", password)
    with pytest.raises(CommandError, match=message):
        call_command("createeditor", username, email, "--noinput")
    assert not User.objects.filter(username="edna").exists()
