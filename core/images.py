"""Editors' photos and illustrations: checked with Pillow, cleaned, stored as renditions.

An upload is refused with a plain message unless it is a real JPEG, PNG or WebP
within the size and pixel ceilings, decodes completely (decompression bombs
and truncated files are refused) and is not too long for the formats of its
renditions (``check_writable``). What is stored is never the raw upload: the
image is turned upright by its EXIF orientation, converted to sRGB, stripped of
all metadata (camera, location, comments) and written once at full size
(``original``, for future renditions) and at each of ``RENDITION_WIDTHS`` in
WebP plus a fallback: JPEG, or PNG when the image has transparency. Pages serve
them with ``<picture>``, ``srcset`` and ``sizes`` (templates/includes/picture.html).

Memory stays bounded: a JPEG larger than needed is decoded at 1/2, 1/4 or 1/8 of
its size (a 40-megapixel photo took a worker from 54 to 517 MB decoded whole), and
PNG and WebP, which decode only whole, have a lower pixel ceiling.

The ceilings can be lowered in settings (``IMAGE_MAX_UPLOAD_BYTES``,
``IMAGE_MAX_PIXELS``, ``IMAGE_MAX_WHOLE_PIXELS``); the tests do, to avoid building huge files.
"""

import contextlib
import io
import math
import os
import posixpath
import uuid
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models.fields.files import FieldFile
from PIL import ExifTags, Image, ImageCms, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP"}
RENDITION_WIDTHS = (480, 960, 1600)
ORIGINAL_MAX_WIDTH = 3200
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
# PNG and WebP decode whole: about 4 bytes a pixel, several copies while cleaning.
MAX_WHOLE_PIXELS = 16_000_000
# The longest side each written format can hold: libwebp's limit, libjpeg's. A long phone screenshot
# (1080 × 17000) passed every pixel ceiling, then its full-width WebP rendition failed on save.
MAX_SIDE = {"WEBP": 16383, "JPEG": 65500, "PNG": 2**31 - 1}
FORMAT_NAMES = {"WEBP": "WebP", "JPEG": "JPEG", "PNG": "PNG"}

HELP_TEXT = (
    "A photo or illustration: JPEG, PNG or WebP, at most 20 MB and 40 megapixels. "
    "It is resized for phones and large screens on save; camera and location data are removed."
)


def max_upload_bytes():
    return getattr(settings, "IMAGE_MAX_UPLOAD_BYTES", MAX_UPLOAD_BYTES)


def max_pixels():
    return getattr(settings, "IMAGE_MAX_PIXELS", MAX_PIXELS)


def max_whole_pixels():
    return getattr(settings, "IMAGE_MAX_WHOLE_PIXELS", MAX_WHOLE_PIXELS)


def human_size(size):
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def size_over_limit(size, limit):
    """The refusal of a file over the size limit, its size told apart from the limit however close they are."""
    shown, most = human_size(size), human_size(limit)
    if shown == most:  # 20 MB and 5 KB is "20.0 MB" too
        shown, most = f"{size:,} bytes", f"{limit:,} bytes ({most})"
    return f"This file is {shown}; an image can be at most {most}."


def open_upload(file):
    """Return ``file`` as a loaded, upright, sRGB Pillow image without metadata.

    Raises ValidationError with a message for the editor when the file is not
    an acceptable image.
    """
    if file.size > max_upload_bytes():
        raise ValidationError(
            size_over_limit(file.size, max_upload_bytes()),
            code="image_too_large",
        )
    file.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns below twice its own pixel limit; treat that as a refusal too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(file)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            "This image declares far too many pixels (a decompression bomb) and was refused.",
            code="image_bomb",
        ) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            "This file is not an image Pillow can read. Upload a JPEG, PNG or WebP.", code="not_an_image"
        ) from error
    if image.format not in ACCEPTED_FORMATS:
        raise ValidationError(
            f"{image.format} images are not accepted. Upload a JPEG, PNG or WebP.", code="image_format"
        )
    width, height = image.size
    if width * height > max_pixels():
        raise ValidationError(
            f"This image is {width} × {height} pixels ({width * height / 1e6:.1f} megapixels); "
            f"the limit is {max_pixels() / 1e6:g} megapixels. Make it smaller and upload it again.",
            code="image_too_many_pixels",
        )
    if image.format != "JPEG" and width * height > max_whole_pixels():
        raise ValidationError(
            f"This {image.format} image is {width} × {height} pixels ({width * height / 1e6:.1f} megapixels); "
            f"PNG and WebP images can be at most {max_whole_pixels() / 1e6:g} megapixels. "
            "Make it smaller, or export it as JPEG, and upload it again.",
            code="image_too_many_pixels",
        )
    shown_size = (height, width) if is_turned(image) else (width, height)
    decode_reduced(image)
    try:
        image.load()
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise ValidationError(
            "This image is damaged or incomplete (the file may have been cut short). Export it again and upload it.",
            code="image_damaged",
        ) from error
    image = cleaned(image)
    check_writable(image, shown_size)
    return image


def is_turned(image):
    """Whether the camera stored the image on its side (EXIF orientation 5 to 8): shown, width and height swap."""
    return image.getexif().get(ExifTags.Base.Orientation, 1) in {5, 6, 7, 8}


def check_writable(image, shown_size):
    """Refuse an image one of whose stored files (see ``store``) would be longer than its format allows.

    ``shown_size`` is the upload's own size, upright, for the message, which names the file most over its limit.
    """
    image_format, width, height = max(files_to_write(image), key=lambda file: max(file[1:]) / MAX_SIDE[file[0]])
    limit = MAX_SIDE[image_format]
    if max(width, height) > limit:
        name = FORMAT_NAMES[image_format]
        raise ValidationError(
            f"This image is {shown_size[0]} × {shown_size[1]} pixels, too long and narrow for the page: "
            f"its {name} version {width} pixels wide would be {height} pixels tall, and {name} images can be "
            f"at most {limit} pixels on a side. Crop it, or cut it into shorter images, and upload it again.",
            code="image_too_long",
        )


def decode_reduced(image):
    """Have a JPEG decode at 1/2, 1/4 or 1/8 scale while that leaves ``ORIGINAL_MAX_WIDTH`` pixels across.

    Across as shown: a photo the camera stored turned (EXIF orientation 5 to 8) is measured
    along its stored height. Nothing larger is ever kept (see ``store``).
    """
    if image.format != "JPEG":
        return
    width, height = image.size
    shown_width = height if is_turned(image) else width
    if shown_width <= ORIGINAL_MAX_WIDTH:
        return
    scale = ORIGINAL_MAX_WIDTH / shown_width
    image.draft(image.mode, (math.ceil(width * scale), math.ceil(height * scale)))


def cleaned(image):
    """Upright, in sRGB, RGB or RGBA (only if really transparent), with no metadata."""
    image = ImageOps.exif_transpose(image)
    has_alpha = image.mode in {"RGBA", "LA", "PA"} or (image.mode == "P" and "transparency" in image.info)
    mode = "RGBA" if has_alpha else "RGB"
    icc_profile = image.info.get("icc_profile")
    converted = None
    if icc_profile:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
            converted = ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode=mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            converted = None
    image = converted or image.convert(mode)
    if mode == "RGBA" and image.getchannel("A").getextrema() == (255, 255):
        image = image.convert("RGB")
    image.info = {}
    return image


def rendition_widths(width):
    """The widths to render for an image ``width`` pixels wide, never upscaling."""
    widths = [target for target in RENDITION_WIDTHS if target < width]
    widths.append(min(width, RENDITION_WIDTHS[-1]))
    return sorted(set(widths))


def resized_size(image, width):
    """The size of ``resized(image, width)``: ``width`` across, or the image's own size if narrower."""
    if width >= image.width:
        return image.size
    return width, max(1, round(image.height * width / image.width))


def resized(image, width):
    if width >= image.width:
        return image
    return image.resize(resized_size(image, width), Image.Resampling.LANCZOS, reducing_gap=3.0)


def fallback_format(image):
    """The format beside WebP: PNG to keep transparency, else JPEG."""
    return "PNG" if image.mode == "RGBA" else "JPEG"


def files_to_write(image):
    """``(format, width, height)`` of each file ``store`` writes for the cleaned ``image``."""
    fallback = fallback_format(image)
    yield (fallback, *resized_size(image, ORIGINAL_MAX_WIDTH))
    for width in rendition_widths(image.width):
        yield ("WEBP", *resized_size(image, width))
        yield (fallback, *resized_size(image, width))


def encode(image, image_format, quality=82):
    buffer = io.BytesIO()
    if image_format == "WEBP":
        image.save(buffer, "WEBP", quality=quality, method=4)
    elif image_format == "JPEG":
        image.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    else:
        image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def store(file, directory):
    """Check, clean and store an uploaded ``file`` under ``directory``.

    Returns ``(original_name, renditions)``, where each rendition is a dict
    with ``width``, ``height``, ``webp`` and ``fallback`` (storage names).
    """
    image = open_upload(file)
    folder = f"{directory}/{uuid.uuid4().hex}"
    fallback = fallback_format(image)
    extension = "png" if fallback == "PNG" else "jpg"
    written = []

    def write(name, data):
        written.append(default_storage.save(f"{folder}/{name}", ContentFile(data)))
        return written[-1]

    try:
        original = write(f"original.{extension}", encode(resized(image, ORIGINAL_MAX_WIDTH), fallback, quality=90))
        renditions = []
        for width in rendition_widths(image.width):
            rendition = resized(image, width)
            renditions.append(
                {
                    "width": rendition.width,
                    "height": rendition.height,
                    "webp": write(f"{width}.webp", encode(rendition, "WEBP")),
                    "fallback": write(f"{width}.{extension}", encode(rendition, fallback)),
                }
            )
    except Exception:
        delete_files(written)
        raise
    return original, renditions


def files_of(original, renditions):
    """Every storage name an image uses: its original and all renditions."""
    names = {original} if original else set()
    for rendition in renditions or []:
        names.update((rendition["webp"], rendition["fallback"]))
    return names


def delete_files(names):
    """Delete stored files, then their folders if that left them empty."""
    for name in names:
        default_storage.delete(name)
    for folder in {posixpath.dirname(name) for name in names}:
        try:
            path = default_storage.path(folder)
        except NotImplementedError:
            continue
        with contextlib.suppress(OSError):
            os.rmdir(path)  # only succeeds on an empty folder


def validate_upload(value):
    """Model-field validator: check a new upload; images already stored were checked before."""
    if isinstance(value, FieldFile):
        if is_stored(value):
            return
        value = value.file
    open_upload(value)


def is_stored(field_file):
    """Whether a model's file is the one its saved row names (not a file just chosen in a form)."""
    instance = field_file.instance
    if instance.pk is None:
        return False
    rows = type(instance)._meta.base_manager.filter(pk=instance.pk)
    return rows.filter(**{field_file.field.attname: field_file.name}).exists()


@dataclass(frozen=True)
class Picture:
    """The attributes of one ``<picture>``: WebP and fallback srcsets, a default src, the size."""

    webp_srcset: str
    fallback_srcset: str
    src: str
    width: int
    height: int
    alt: str

    @classmethod
    def from_renditions(cls, renditions, alt):
        url = default_storage.url
        largest = renditions[-1]
        default = next((r for r in renditions if r["width"] >= RENDITION_WIDTHS[1]), largest)
        return cls(
            webp_srcset=", ".join(f"{url(r['webp'])} {r['width']}w" for r in renditions),
            fallback_srcset=", ".join(f"{url(r['fallback'])} {r['width']}w" for r in renditions),
            src=url(default["fallback"]),
            width=largest["width"],
            height=largest["height"],
            alt=alt,
        )
