"""Create an editor: a staff account in the Editors group, which can write and publish content only.

The password is read from ``DJANGO_EDITOR_PASSWORD`` when it is set (for scripts),
otherwise asked for twice on the terminal. It must pass the site's password
validators either way.
"""

import os
import sys
from getpass import getpass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from core.editors import EDITORS

PASSWORD_VARIABLE = "DJANGO_EDITOR_PASSWORD"


class Command(BaseCommand):
    help = "Create a staff user in the Editors group (password from DJANGO_EDITOR_PASSWORD or asked for)."
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("email")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help=f"Never ask for the password; {PASSWORD_VARIABLE} must be set.",
        )

    def handle(self, *args, username, email, interactive, **options):
        self.stdin = options.get("stdin", sys.stdin)
        User = get_user_model()
        try:
            group = Group.objects.get(name=EDITORS)
        except Group.DoesNotExist:
            raise CommandError(f"The {EDITORS} group does not exist yet: run `manage.py migrate` first.") from None
        if User._meta.default_manager.filter(username=username).exists():
            raise CommandError(f"A user named {username!r} already exists.")
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"{email!r} is not a valid email address.") from None

        user = User(username=username, email=email, is_staff=True)
        password = os.environ.get(PASSWORD_VARIABLE)
        if password:
            try:
                validate_password(password, user)
            except ValidationError as error:
                raise CommandError(f"{PASSWORD_VARIABLE} is not accepted: " + " ".join(error.messages)) from None
        elif not interactive or not self.stdin.isatty():
            raise CommandError(f"Set {PASSWORD_VARIABLE}, or run this command in a terminal to type the password.")
        else:
            password = self.ask_password(user)

        with transaction.atomic():
            user.set_password(password)
            user.save()
            user.groups.add(group)
        self.stdout.write(
            self.style.SUCCESS(f"Editor {username!r} created. They can log in at /admin/ with this password.")
        )

    def ask_password(self, user):
        while True:
            password = getpass("Password: ")
            if password != getpass("Password (again): "):
                self.stderr.write("The two passwords differ. Try again.")
                continue
            try:
                validate_password(password, user)
            except ValidationError as error:
                self.stderr.write(" ".join(error.messages) + " Try again.")
                continue
            return password
