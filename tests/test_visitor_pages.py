"""What a visitor takes away: dates and prices in their language's format, the sharing image
of the page itself, and the favicon."""

import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.utils import translation

from borgo.local_formats import local_date, price
from seo.metadata import SOCIAL_IMAGE_SPEC

from .attractions.factories import AttractionIndexPageFactory, AttractionPageFactory, add_picture
from .factories import ImageFactory
from .test_seo import meta

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "long", "day", "amount"),
    [
        ("it", "lunedì 7 dicembre 2026", "mar 8 dic", "36.000\xa0€"),
        ("en", "Monday 7 December 2026", "Tue 8 Dec", "€36,000"),
        ("de", "Montag, 7. Dezember 2026", "Di, 8. Dez", "36.000\xa0€"),
        ("fr", "lundi 7 décembre 2026", "mar 8 déc", "36\xa0000\xa0€"),
    ],
)
def test_dates_and_prices_follow_the_language(language, long, day, amount):
    with translation.override(language):
        assert local_date(date(2026, 12, 7)) == long
        assert local_date(date(2026, 12, 8), "day") == day
        assert price(Decimal("36000.00")) == amount
        assert local_date(datetime(2026, 12, 7, 18, 30), "long_time").endswith("18:30")


@pytest.mark.parametrize(("language", "expected"), [("it", "8,50\xa0€"), ("en", "€8.50")])
def test_cents_are_shown_only_when_there_are_some(language, expected):
    with translation.override(language):
        assert price("8.50") == expected
        assert price(None) == ""


def test_a_place_is_shared_with_its_own_first_picture_and_its_alt_text(client, homes):
    index = AttractionIndexPageFactory(parent=homes["it"])
    place = AttractionPageFactory(parent=index)
    picture = add_picture(place, alt_text="La facciata in pietra della chiesa")
    place.save_revision().publish()
    body = client.get(place.url).content.decode()
    image = meta(body, "property", "og:image")
    assert image.endswith(picture.image.get_rendition(SOCIAL_IMAGE_SPEC).url)
    assert "1200x627" in image
    assert meta(body, "property", "og:image:alt") == "La facciata in pietra della chiesa"
    assert meta(body, "name", "twitter:image:alt") == "La facciata in pietra della chiesa"


def test_a_page_without_a_picture_shares_the_default_with_its_description(
    client, guide, municipality
):
    municipality.social_image = ImageFactory(description="La piazza del paese al tramonto")
    municipality.save()
    body = client.get(guide["it"].url).content.decode()
    assert "1200x627" in meta(body, "property", "og:image")
    assert meta(body, "property", "og:image:alt") == "La piazza del paese al tramonto"


def test_every_page_links_the_favicon(client, guide):
    """The file itself is served at the root in front of Django (tests/test_static_files.py)."""
    body = client.get(guide["it"].url).content.decode()
    assert '<link rel="icon" href="/favicon.ico"' in body
    assert re.search(r'<link rel="icon" href="[^"]+\.svg" type="image/svg\+xml">', body)
