"""Editors' images: what is refused, what is stored, and that old files go away."""

import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from articles.models import MuscleGroup
from core import images
from tests.factories import make_exercise, make_guide
from tests.image_files import (
    exif_with_orientation_and_gps,
    image_bytes,
    noise_png,
    png_claiming_size,
    upload,
)


def refusal(data, name="photo.jpg"):
    with pytest.raises(ValidationError) as caught:
        images.open_upload(upload(data, name))
    return " ".join(caught.value.messages)


def test_rendition_widths_never_upscale():
    assert images.rendition_widths(300) == [300]
    assert images.rendition_widths(480) == [480]
    assert images.rendition_widths(1000) == [480, 960, 1000]
    assert images.rendition_widths(4000) == [480, 960, 1600]


def test_a_text_file_is_refused():
    assert "not an image" in refusal(b"these are not the pixels you are looking for", "notes.jpg")


def test_a_truncated_jpeg_is_refused():
    data = image_bytes()
    assert "damaged or incomplete" in refusal(data[: len(data) // 2])


def test_a_gif_is_refused_by_format():
    assert "GIF images are not accepted" in refusal(image_bytes(image_format="GIF", mode="RGB"), "a.gif")


def test_a_file_over_the_size_ceiling_is_refused(settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 50_000
    data = noise_png(200, 200)
    assert len(data) > 50_000
    assert "an image can be at most 49 KB" in refusal(data, "big.png")


def test_a_file_just_over_the_size_ceiling_is_told_apart_from_the_ceiling(settings):
    """A file 5 KB over 20 MB read "This file is 20.0 MB; an image can be at most 20.0 MB." (bad-input review)."""
    settings.IMAGE_MAX_UPLOAD_BYTES = 50_000
    message = refusal(b"x" * 50_100, "big.png")
    assert "This file is 50,100 bytes; an image can be at most 50,000 bytes (49 KB)." in message


def test_an_image_over_the_pixel_ceiling_is_refused(settings):
    settings.IMAGE_MAX_PIXELS = 1_000_000
    message = refusal(image_bytes(1500, 1000))
    assert "1500 × 1000 pixels" in message and "the limit is 1 megapixels" in message


def test_a_decompression_bomb_is_refused_before_decoding():
    data = png_claiming_size(30_000, 30_000)
    assert len(data) < 200
    assert "decompression bomb" in refusal(data, "bomb.png")


def test_exif_orientation_is_applied_and_metadata_removed(media_root):
    data = image_bytes(1200, 800, exif=exif_with_orientation_and_gps())
    assert Image.open(io.BytesIO(data)).getexif()  # the upload carries camera and location data

    original, renditions = images.store(upload(data), "images/test")

    stored = Image.open(media_root / original)
    assert stored.size == (800, 1200)  # turned upright
    assert not stored.getexif() and "exif" not in stored.info and "icc_profile" not in stored.info
    for rendition in renditions:
        for key in ("webp", "fallback"):
            with Image.open(media_root / rendition[key]) as image:
                assert not image.getexif()
                assert (image.width, image.height) == (rendition["width"], rendition["height"])


def test_renditions_are_webp_with_a_jpeg_fallback_at_each_width(media_root):
    original, renditions = images.store(upload(image_bytes(2000, 1000)), "images/test")
    assert [(r["width"], r["height"]) for r in renditions] == [(480, 240), (960, 480), (1600, 800)]
    for rendition in renditions:
        assert Image.open(media_root / rendition["webp"]).format == "WEBP"
        assert Image.open(media_root / rendition["fallback"]).format == "JPEG"
    assert original.endswith("original.jpg")


def test_transparent_images_fall_back_to_png_and_opaque_ones_to_jpeg(media_root):
    _, transparent = images.store(upload(image_bytes(600, 400, "PNG", mode="RGBA"), "a.png"), "images/test")
    assert Image.open(media_root / transparent[0]["fallback"]).format == "PNG"
    solid = io.BytesIO()
    Image.new("RGBA", (600, 400), (10, 20, 30, 255)).save(solid, "PNG")
    _, opaque = images.store(upload(solid.getvalue(), "b.png"), "images/test")
    assert Image.open(media_root / opaque[0]["fallback"]).format == "JPEG"


def test_a_webp_upload_is_accepted(media_root):
    _, renditions = images.store(upload(image_bytes(700, 500, "WEBP"), "a.webp"), "images/test")
    assert [r["width"] for r in renditions] == [480, 700]


def test_picture_lists_every_rendition_in_srcset(media_root):
    _, renditions = images.store(upload(image_bytes(2000, 1000)), "images/test")
    picture = images.Picture.from_renditions(renditions, "A lifter")
    assert picture.webp_srcset.count(".webp ") == 3 and "1600w" in picture.webp_srcset
    assert picture.fallback_srcset.count(".jpg ") == 3
    assert picture.src.endswith("960.jpg") and (picture.width, picture.height) == (1600, 800)


def test_delete_files_removes_files_and_their_empty_folder(media_root):
    original, renditions = images.store(upload(image_bytes(600, 400)), "images/test")
    names = images.files_of(original, renditions)
    folder = (media_root / original).parent
    assert len(names) == 5 and all((media_root / name).exists() for name in names)
    images.delete_files(names)
    assert not any((media_root / name).exists() for name in names)
    assert not folder.exists()


def stored_files(obj, media_root):
    return {media_root / name for name in images.files_of(obj.image.name, obj.image_renditions)}


@pytest.mark.django_db
def test_saving_a_guide_with_an_image_stores_renditions_not_the_upload(media_root):
    guide = make_guide(image=upload(image_bytes(1200, 800)), image_alt="Calves, back view")
    files = stored_files(guide, media_root)
    assert len(files) == 7 and all(path.exists() for path in files)  # original + 3 widths x 2 formats
    assert guide.image.name.startswith("images/articles/musclegroup/")
    assert MuscleGroup.objects.get(pk=guide.pk).picture.alt == "Calves, back view"


@pytest.mark.django_db
def test_replacing_clearing_and_deleting_remove_old_files(media_root, django_capture_on_commit_callbacks):
    exercise = make_exercise("leg-extension", image=upload(image_bytes(1000, 600)), image_alt="Leg extension")
    first = stored_files(exercise, media_root)
    assert exercise.image.name.startswith("images/exercises/exercise/")

    with django_capture_on_commit_callbacks(execute=True):
        exercise.image = upload(image_bytes(800, 800))
        exercise.save()
    second = stored_files(exercise, media_root)
    assert not any(path.exists() for path in first)
    assert all(path.exists() for path in second)

    with django_capture_on_commit_callbacks(execute=True):
        exercise.name = "Leg extension, renamed"
        exercise.save()  # an unrelated change keeps the image
    assert all(path.exists() for path in second)

    with django_capture_on_commit_callbacks(execute=True):
        exercise.image = ""
        exercise.save()
    assert not any(path.exists() for path in second) and exercise.image_renditions == []

    exercise.image = upload(image_bytes(600, 600))
    exercise.save()
    third = stored_files(exercise, media_root)
    with django_capture_on_commit_callbacks(execute=True):
        exercise.delete()
    assert third and not any(path.exists() for path in third)


@pytest.mark.django_db
def test_an_image_needs_alt_text(media_root):
    guide = make_guide()
    guide.image = upload(image_bytes(600, 400))
    with pytest.raises(ValidationError) as caught:
        guide.full_clean()
    assert "image_alt" in caught.value.message_dict


def test_a_large_jpeg_is_decoded_reduced_yet_wide_enough_for_the_original():
    """A 40-megapixel photo took a worker from 54 to 517 MB decoded whole; reduced, about a third."""
    image = images.open_upload(upload(image_bytes(7000, 300)))
    assert images.ORIGINAL_MAX_WIDTH <= image.width < 7000
    assert image.width == 3500  # decoded at half size


def test_a_photo_stored_turned_is_reduced_by_its_shown_width():
    data = image_bytes(300, 7000, exif=exif_with_orientation_and_gps(6))
    image = images.open_upload(upload(data))
    assert image.width >= images.ORIGINAL_MAX_WIDTH  # turned upright: the stored height is the width
    assert image.width < 7000


def test_a_small_jpeg_is_decoded_whole():
    assert images.open_upload(upload(image_bytes(3000, 200))).width == 3000


def test_a_png_over_the_whole_decoding_ceiling_is_refused_with_a_way_out(settings):
    settings.IMAGE_MAX_WHOLE_PIXELS = 10_000
    message = refusal(image_bytes(200, 100, image_format="PNG"), name="drawing.png")
    assert "PNG and WebP images can be at most 0.01 megapixels" in message
    assert "export it as JPEG" in message
    assert images.open_upload(upload(image_bytes(200, 100))).width == 200  # a JPEG that size is fine


def test_the_longest_side_a_webp_rendition_holds_is_accepted_and_one_more_pixel_refused(media_root):
    _, renditions = images.store(upload(image_bytes(30, 16383)), "images/test")
    assert [(r["width"], r["height"]) for r in renditions] == [(30, 16383)]
    message = refusal(image_bytes(30, 16384))
    assert "30 × 16384 pixels" in message and "at most 16383 pixels on a side" in message


def test_a_photo_stored_on_its_side_is_measured_upright():
    message = refusal(image_bytes(16384, 30, exif=exif_with_orientation_and_gps(6)))
    assert "This image is 30 × 16384 pixels" in message
    assert "its WebP version 30 pixels wide would be 16384 pixels tall" in message


def test_a_wide_image_makes_short_renditions_and_is_accepted(media_root):
    _, renditions = images.store(upload(image_bytes(20000, 40)), "images/test")
    assert renditions[-1]["width"] == 1600
