"""Uploads: what is not an image, or would explode in memory, is refused with a clear error."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def png(width, height):
    """A PNG declaring width × height pixels: a real small image, or a tiny bomb of a big one."""
    if width * height <= 10_000:
        buffer = io.BytesIO()
        Image.new("RGB", (width, height), "olive").save(buffer, "PNG")
        return buffer.getvalue()

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    pixels = zlib.compress(b"\x00" * (1 + width // 8) * 16, 9)  # a few rows; the rest missing
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("a", "a@example.org", "pw"))
    return client


def upload(client, name, content):
    file = SimpleUploadedFile(name, content, content_type="image/jpeg")
    return client.post(reverse("wagtailimages:add"), {"title": "Foto", "file": file})


def test_a_real_image_is_accepted(admin_client):
    assert upload(admin_client, "piazza.png", png(40, 30)).status_code == 302
    assert get_image_model().objects.get().width == 40


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("photo.jpg", b"Just some text, not a picture.\n" * 20, "non"),
        ("bomb.png", png(20_000, 20_000), "pixel"),
    ],
)
def test_not_an_image_or_a_decompression_bomb_is_refused(admin_client, name, content, error):
    assert len(content) < 2_000  # tiny on disk
    response = upload(admin_client, name, content)
    assert response.status_code == 200  # the form again, with its error
    errors = response.context["form"].errors["file"]
    assert errors and error in " ".join(errors).lower()
    assert not get_image_model().objects.exists()


def test_the_multiple_upload_refuses_a_bomb_with_a_message(admin_client):
    file = SimpleUploadedFile("bomb.png", png(20_000, 20_000), content_type="image/png")
    response = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": file})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "pixel" in response.json()["error_message"].lower()
    assert not get_image_model().objects.exists()


def test_an_image_over_the_size_limit_is_refused(admin_client, settings):
    too_big = png(40, 30) + b"\0" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    response = upload(admin_client, "piazza.png", too_big)
    assert response.status_code == 200
    assert "10" in " ".join(response.context["form"].errors["file"])  # the limit, in MB
    assert not get_image_model().objects.exists()
