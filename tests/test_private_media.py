"""Private files are never served from the public `/media/` route (issue 13, item 9), with or
without SERVE_MEDIA: documents (their address is Wagtail's serve view, which checks the
collection's privacy) and owners' photos until staff publish the listing."""

import importlib
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import clear_url_caches
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from borgo import urls
from listings.models.accommodation import AccommodationImage
from listings.photos import owner_collection, store_photo
from tests.factories import ImageFactory

from .listings.factories import AccommodationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[True, False], ids=["SERVE_MEDIA", "no SERVE_MEDIA"])
def serve_media(request, settings, tmp_path):
    """The URLconf built with SERVE_MEDIA on or off, media in a temporary directory."""
    original = settings.SERVE_MEDIA
    settings.MEDIA_ROOT = tmp_path
    settings.SERVE_MEDIA = request.param
    importlib.reload(urls)
    clear_url_caches()
    yield request.param
    settings.SERVE_MEDIA = original
    importlib.reload(urls)
    clear_url_caches()


def jpeg(name):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#1d4e89").save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def private_document():
    root = Collection.get_first_root_node()
    staff_only = root.add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=staff_only, restriction_type=CollectionViewRestriction.LOGIN
    )
    return get_document_model().objects.create(
        title="Verbale",
        collection=staff_only,
        file=SimpleUploadedFile("verbale.pdf", b"%PDF-1.4 riservato"),
    )


def offer_photo():
    return store_photo(jpeg("camera.jpg"), "Camera", "Camera luminosa", owner_collection())


def test_a_private_document_is_not_on_the_media_route(client, admin_client, serve_media):
    document = private_document()
    public_image = ImageFactory()
    assert document.file.name.startswith("documents/")

    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert admin_client.get(f"/media/{document.file.name}").status_code == 404
    # The route itself works when it exists: a public image is served.
    expected = 200 if serve_media else 404
    assert client.get(f"/media/{public_image.file.name}").status_code == expected
    # Wagtail's serve view is the document's address: it asks for a login first.
    assert client.get(document.url).status_code == 302
    assert admin_client.get(document.url).status_code == 200


def test_an_unreviewed_offer_photo_reaches_staff_only(client, admin_client, serve_media):
    photo = offer_photo()
    rendition = photo.get_rendition("fill-400x250|format-webp")
    assert photo.file.name.startswith("original_images/unreviewed--")

    for name in (photo.file.name, rendition.file.name):
        assert client.get(f"/media/{name}").status_code == 404
        staff = admin_client.get(f"/media/{name}")
        assert staff.status_code == (200 if serve_media else 404)
        if serve_media:
            assert staff["Cache-Control"] == "private, no-store"


def test_publishing_the_listing_makes_its_photos_public(
    client, homes, serve_media, django_capture_on_commit_callbacks
):
    photo = offer_photo()
    private_name = photo.file.name
    stay = AccommodationFactory(live=False)
    AccommodationImage.objects.create(listing=stay, locale=stay.locale, image=photo, alt_text="x")
    with django_capture_on_commit_callbacks(execute=True):
        stay.save_revision().publish()

    photo.refresh_from_db()
    assert photo.file.name == private_name.replace("unreviewed--", "")
    assert not photo.file.storage.exists(private_name)
    assert client.get(f"/media/{photo.file.name}").status_code == (200 if serve_media else 404)
