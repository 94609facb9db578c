"""Images kept for admin forms that were never saved are deleted after a while, unless a draft still uses them."""

import io
import os
import time

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from core.models import DraftChange
from core.pending_uploads import PENDING_SALT
from exercises.models import Exercise
from tests.admin_forms import admin_url, form_data

pytestmark = pytest.mark.usefixtures("seeded")


def pending(media_root, folder, hours_old):
    name = default_storage.save(f"pending-uploads/{folder}/photo.jpg", ContentFile(b"jpeg bytes"))
    then = time.time() - hours_old * 3600
    os.utime(media_root / name, (then, then))
    return name


def test_abandoned_pending_uploads_are_deleted_after_two_days_unless_a_draft_uses_them(media_root):
    old = pending(media_root, "a" * 32, hours_old=49)
    fresh = pending(media_root, "b" * 32, hours_old=1)
    drafted = pending(media_root, "c" * 32, hours_old=200)
    squat = Exercise.objects.get(slug="squat")
    DraftChange.objects.create(
        content_type=ContentType.objects.get_for_model(Exercise),
        object_id=squat.pk,
        form_data={"name": ["Squat"], "image_pending": [signing.dumps(drafted, salt=PENDING_SALT)]},
    )

    out = io.StringIO()
    call_command("clean_pending_uploads", stdout=out)
    assert "Deleted 1 pending upload(s)" in out.getvalue()
    assert not default_storage.exists(old)
    assert default_storage.exists(fresh) and default_storage.exists(drafted)


def test_a_form_whose_kept_image_was_cleared_asks_to_choose_it_again(editor_client, media_root):
    squat = Exercise.objects.get(slug="squat")
    url = admin_url(Exercise, "change", squat.pk)
    gone = signing.dumps("pending-uploads/" + "d" * 32 + "/photo.jpg", salt=PENDING_SALT)
    response = editor_client.post(url, {**form_data(editor_client.get(url)), "image_pending": gone, "image_alt": "x"})
    assert response.status_code == 200
    assert "The image you chose earlier was cleared because the form was left unsaved too long" in (
        response.content.decode()
    )
