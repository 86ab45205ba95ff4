"""Stays listed on other pages: "Stays nearby" and the home page's featured stays."""

from decimal import Decimal

import pytest
from wagtail.models import Locale

from borgo.app_sections import nearby_lists

from .factories import AccommodationFactory

pytestmark = pytest.mark.django_db


def test_listing_page_shows_other_stays_nearby_not_itself(client, stays_index):
    here = AccommodationFactory(title="Casa Qui", slug="casa-qui")
    AccommodationFactory(title="Camera Vicina", slug="camera-vicina", latitude=Decimal("40.1880"))
    AccommodationFactory(title="Casa Lontana", latitude=Decimal("41.5"))
    AccommodationFactory(title="Bozza Vicina", live=False)
    body = client.get(f"{stays_index['it'].url}{here.slug}/").content.decode()
    nearby = body.split('class="nearby-stays"')[1]
    assert f'href="{stays_index["it"].url}camera-vicina/"' in nearby
    assert "Casa Qui" not in nearby and "Casa Lontana" not in nearby and "Bozza" not in nearby


def test_nearby_provider_answers_for_any_located_object_in_the_active_language(stays_index):
    stay = AccommodationFactory(title="Camera Vicina")
    AccommodationFactory(title="Solo in inglese", locale=Locale.objects.get(language_code="en"))
    # A place page of another app, sharing its pk with the stay: the stay is still listed.
    point = type(
        "Place",
        (),
        {
            "latitude": Decimal("40.1874"),
            "longitude": Decimal("15.8732"),
            "pk": stay.pk,
            "has_coordinates": True,
        },
    )()
    (provider, items), *_ = [
        pair for pair in nearby_lists(point) if "nearby_stays" in pair[0].template
    ]
    assert [item.title for item, _distance in items] == ["Camera Vicina"]
    assert items[0][1].km < 0.1


def test_home_shows_up_to_three_featured_stays(client, stays_index):
    for number in range(4):
        AccommodationFactory(title=f"In evidenza {number}", featured=True)
    AccommodationFactory(title="Normale")
    body = client.get("/it/").content.decode()
    assert body.count("In evidenza") == 3
    assert "Normale" not in body
    assert "Dove dormire" in body
