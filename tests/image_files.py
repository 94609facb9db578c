"""Image files for upload tests, built in memory with Pillow (no binary fixtures)."""

import io
import os
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def image_bytes(width=1200, height=800, image_format="JPEG", mode="RGB", exif=None, color=(180, 40, 40)):
    image = Image.new(mode, (width, height), color)
    # A gradient, so that encoders produce realistic sizes and resizing has something to do.
    for x in range(0, width, max(1, width // 40)):
        image.paste((x % 255, 90, 160) if mode == "RGB" else (x % 255, 90, 160, 128), (x, 0, x + 4, height))
    buffer = io.BytesIO()
    options = {"exif": exif} if exif is not None else {}
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def upload(data, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def exif_with_orientation_and_gps(orientation=6):
    exif = Image.Exif()
    exif[0x0112] = orientation  # Orientation: 6 = rotate 90° clockwise to view
    exif[0x013B] = "Camera Owner"  # Artist
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # GPS IFD: latitude
    return exif


def noise_png(width, height):
    """Incompressible pixels, so the file is as large as it looks."""
    image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def png_claiming_size(width, height):
    """A tiny PNG whose header claims ``width`` x ``height``: a decompression bomb's shape."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = chunk(b"IDAT", zlib.compress(b"\x00" * 64))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + pixels + chunk(b"IEND", b"")
