"""The co-working pages in the visitor's language and on a phone: prices written the
language's way, photos described in the language, fields a browser can fill in."""

import re

import pytest

from coworking.models import EventIndexPage, SpaceGalleryImage
from seo.metadata import SOCIAL_IMAGE_SPEC
from tests.conftest import publish_translation
from tests.factories import ImageFactory
from tests.test_seo import meta

from .conftest import make_space, name_passes
from .test_events import add_event

pytestmark = pytest.mark.django_db


def german(page, coworking_index):
    publish_translation(coworking_index, "de", slug="coworking-de")
    return publish_translation(page, "de", slug="ex-schule")


def test_space_prices_are_written_the_german_way(client, space, coworking_index):
    page = german(space, coworking_index)
    name_passes(page, ["Tageskarte", "Wochenkarte", "Monatskarte"])
    body = client.get(page.url).content.decode()
    assert "Tageskarte: 8\xa0€" in body
    assert "Monatskarte: 90\xa0€" in body


def test_coworking_photos_carry_the_alt_text_of_the_visitors_language(client, coworking_index):
    space = make_space(coworking_index)
    image = ImageFactory(description="Le scrivanie nelle vecchie aule")
    SpaceGalleryImage.objects.create(
        page=space, image=image, alt_text="Le scrivanie nelle vecchie aule", locale=space.locale
    )
    space.save_revision().publish()
    translation = german(space, coworking_index)
    photo = translation.gallery_images.get()
    photo.alt_text = "Die Schreibtische in den alten Klassenzimmern"
    photo.save()
    translation.save_revision().publish()
    body = client.get(translation.url).content.decode()
    assert 'alt="Die Schreibtische in den alten Klassenzimmern"' in body
    assert "Le scrivanie" not in body


def booking_form_url(client, space):
    """The first free slot's link in the availability table."""
    body = client.get(space.url).content.decode()
    return (
        re.search(r'<td class="slot slot--free"><a href="([^"]+)"', body)
        .group(1)
        .replace("&amp;", "&")
    )


def test_booking_fields_say_what_they_ask_for(client, space, desks):
    body = client.get(booking_form_url(client, space)).content.decode()
    assert re.search(r'<input type="text" name="name"[^>]*autocomplete="name"', body)
    assert re.search(r'<input type="email" name="email"[^>]*autocomplete="email"', body)
    assert re.search(r'<input type="tel" name="phone"[^>]*autocomplete="tel"', body)


def test_questionnaire_fields_say_what_they_ask_for(client, questionnaire):
    body = client.get(questionnaire.url).content.decode()
    assert re.search(r'<input type="text" name="name"[^>]*autocomplete="name"', body)
    assert re.search(r'<input type="email" name="email"[^>]*autocomplete="email"', body)
    # Each radio button sits beside its label, not above it.
    assert '<div class="choice"><input type="radio"' in body


def test_an_event_is_shared_with_the_photo_of_its_room(client, homes, space):
    events_index = homes["it"].add_child(instance=EventIndexPage(title="Eventi", slug="eventi"))
    events_index.save_revision().publish()

    image = ImageFactory(description="Le scrivanie nelle vecchie aule")
    SpaceGalleryImage.objects.create(
        page=space, image=image, alt_text="L'open space nelle vecchie aule", locale=space.locale
    )
    event = add_event(events_index, "Caffè digitale", 3, space=space)
    body = client.get(event.url).content.decode()
    assert meta(body, "property", "og:image").endswith(image.get_rendition(SOCIAL_IMAGE_SPEC).url)
    assert meta(body, "property", "og:image:alt") == "L'open space nelle vecchie aule"
