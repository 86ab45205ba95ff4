"""Space and index pages: tree rules, rendering in every language, JSON-LD, query budget."""

from datetime import time, timedelta

import pytest
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from borgo.models import HomePage
from coworking.availability import at
from coworking.booking import reserve
from coworking.models import (
    CoworkingIndexPage,
    CoworkingSpacePage,
    Reservation,
    SpaceGalleryImage,
)
from listings.models import AccommodationIndexPage
from tests.conftest import publish_translation
from tests.factories import ImageFactory
from tests.json_ld import described_thing
from tests.listings.conftest import _index
from tests.listings.factories import AccommodationFactory

from .conftest import DESKS, make_space, name_passes


class TestTree(WagtailPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(CoworkingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CoworkingIndexPage, {CoworkingSpacePage})
        self.assertAllowedParentPageTypes(CoworkingSpacePage, {CoworkingIndexPage})
        self.assertAllowedSubpageTypes(CoworkingSpacePage, set())


@pytest.mark.django_db
def test_space_json_ld_describes_the_place(client, space):
    data = described_thing(client.get(space.url).content.decode())
    assert data["@type"] == "LocalBusiness"
    assert data["name"] == "Ex Scuola Elementare"
    geo = {"@type": "GeoCoordinates", "latitude": "40.187300", "longitude": "15.873100"}
    assert data["geo"] == geo
    assert data["address"]["addressLocality"] == "Castelmora"
    assert data["openingHoursSpecification"][0]["opens"] == "08:00"
    assert {offer["price"] for offer in data["makesOffer"]} == {"0.00", "8.00", "30.00", "90.00"}
    assert [f["name"] for f in data["amenityFeature"]] == ["Monitor esterni", "Cucina"]
    # The page shows a day pass at 8 €: the place is not free of charge (residents are).
    assert data["isAccessibleForFree"] is False
    assert data["priceRange"] == "€ 8,00–90,00"


@pytest.mark.django_db
def test_space_json_ld_speaks_the_pages_language(client, space, coworking_index):
    publish_translation(coworking_index, "de", slug="coworking-de")
    german = publish_translation(space, "de", slug="space-de")
    names = ["Tageskarte", "Wochenkarte", "Monatskarte"]
    name_passes(german, names)
    data = described_thing(client.get(german.url).content.decode())
    assert [f["name"] for f in data["amenityFeature"]] == ["Externe Bildschirme", "Küche"]
    assert [offer["name"] for offer in data["makesOffer"]][1:] == names


@pytest.mark.django_db
def test_index_lists_spaces(client, space, coworking_index):
    response = client.get(coworking_index.url)
    assert response.status_code == 200
    assert "Ex Scuola Elementare" in response.content.decode()
    assert "3 postazioni" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "expected"), [("en", "3 free"), ("de", "3 frei"), ("fr", "3 libres")]
)
def test_translated_pages_book_the_same_seats(client, space, coworking_index, code, expected):
    publish_translation(coworking_index, code, slug=f"coworking-{code}")
    translated = publish_translation(space, code, slug=f"space-{code}")
    resource = translated.resources.get(kind="desk_zone")
    assert resource.pk != space.resources.get(kind="desk_zone").pk
    response = client.get(translated.url)
    assert response.status_code == 200
    assert expected in response.content.decode()
    start = at(timezone.localdate() + timedelta(days=1), time(10))
    contact = {"name": "A", "email": "a@example.org", "purpose": "x"}
    reserve(resource, translated, start, 60, contact, code)
    assert Reservation.objects.get().resource == space.resources.get(kind="desk_zone")


@pytest.mark.django_db
def test_the_index_finds_a_space_and_its_locale_in_one_query(
    rf, coworking_index, space, django_assert_num_queries
):
    with django_assert_num_queries(1):
        found = coworking_index.route(rf.get(space.url), [space.slug]).page
        assert isinstance(found, CoworkingSpacePage)
        assert found.locale.language_code == "it"
        assert found.get_parent() is coworking_index
    with pytest.raises(Http404):
        coworking_index.route(rf.get(space.url), ["nessuno"])


def space_queries(client, url):
    client.get(url)  # warm-up
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_query_count_does_not_grow_with_resources_or_bookings(client, coworking_index):
    small = make_space(coworking_index, slug="small", resources=[DESKS] * 1)
    large = make_space(coworking_index, slug="large", resources=[DESKS] * 5)
    # Both have photos: the first is the page's sharing picture (one rendition query).
    for page, photos in ((small, 1), (large, 4)):
        for order in range(photos):
            SpaceGalleryImage.objects.create(
                page=page, image=ImageFactory(), caption=f"Foto {order}", sort_order=order
            )
        page.save_revision().publish()
    start = at(timezone.localdate() + timedelta(days=2), time(10))
    contact = {"name": "A", "email": "a@example.org", "purpose": "x"}
    for resource in large.resources.all():
        for hours in range(3):
            reserve(resource, large, start + timedelta(hours=hours), 60, contact, "it")
    counts = space_queries(client, small.url), space_queries(client, large.url)
    assert counts[0] == counts[1]
    assert counts[0] <= 15
    index_small = space_queries(client, coworking_index.url)
    make_space(coworking_index, slug="third", resources=[DESKS] * 3)
    assert space_queries(client, coworking_index.url) == index_small <= 15


@pytest.mark.django_db
def test_a_second_view_makes_no_picture(client, coworking_index, monkeypatch):
    """The photos kept with a space's published parts carry every rendition its page shows, the
    sharing picture's included: without it, Wagtail trusts the kept renditions, finds none and
    makes the file again on every view (about 50 ms each)."""
    space = make_space(coworking_index, slug="with-photo")
    photo = ImageFactory()
    SpaceGalleryImage.objects.create(page=space, image=photo, caption="Sala", sort_order=0)
    space.save_revision().publish()
    assert client.get(space.url).status_code == 200
    made = []
    monkeypatch.setattr(
        type(photo), "generate_rendition_file", lambda image, spec, **kw: made.append(spec.spec)
    )
    assert client.get(space.url).status_code == 200
    assert made == []


class TestRenderable(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def _space(self, space):
        self.space = space

    def test_renderable(self):
        self.assertPageIsRenderable(self.space)
        self.assertPageIsRenderable(self.space.get_parent().specific)


class TestPreview(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def _space(self, space):
        self.space = space

    def test_the_space_is_previewable(self):
        resource = {
            "name": "Open space",
            "kind": "desk_zone",
            "seats": "4",
            "description": "",
            "slot_minutes": "60",
            "opens": "08:00",
            "closes": "20:00",
            "min_minutes": "60",
            "max_minutes": "240",
            "horizon_days": "14",
            "lead_time_hours": "1",
            "calendar_token": "segreto",
        }
        post_data = nested_form_data(
            {
                "title": "Ex Scuola",
                "slug": "ex-scuola",
                "intro": "Sala",
                "opening_hours": streamfield(
                    [("hours", {"days": "Mo", "opens": "08:00", "closes": "20:00"})]
                ),
                "gallery_images": inline_formset([]),
                "resources": inline_formset([resource]),
                "closure_days": inline_formset([{"date": "2026-08-16", "reason": "San Rocco"}]),
                "desk_passes": inline_formset(
                    [
                        {
                            "name": "Settimanale",
                            "length_days": "7",
                            "price": "30",
                            "days_per_week": "5",
                            "horizon_days": "180",
                        }
                    ]
                ),
                "closed_on_public_holidays": "on",
                "resident_free": "on",
                "amenities": "kitchen",
            }
        )
        self.assertPageIsPreviewable(self.space, post_data=post_data)


@pytest.mark.django_db
def test_space_page_lists_the_stays_nearby(client, space, homes):
    _index(homes, AccommodationIndexPage, "Dormire")
    AccommodationFactory(title="Casa del Fornaio", latitude="40.188000", longitude="15.873100")
    body = client.get(space.url).content.decode()
    assert "Dove dormire nei dintorni" in body
    assert "Casa del Fornaio" in body.split("Dove dormire nei dintorni")[1]
