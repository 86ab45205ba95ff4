"""Place models: page tree rules, validation of kinds and GPX tracks, JSON-LD, nearby."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.test import RequestFactory
from wagtail.documents.models import Document
from wagtail.test.utils import WagtailPageTestCase

from attractions.demo import gpx
from attractions.gpx import MAX_POINTS, parse_gpx
from attractions.models import (
    ActivityIndexPage,
    ActivityPage,
    AttractionIndexPage,
    AttractionPage,
    ServiceIndexPage,
    ServicePage,
)
from attractions.nearby import find_places_nearby
from borgo.models import HomePage

from .factories import ActivityPageFactory, AttractionPageFactory, ServicePageFactory, add_picture

POINTS = [(40.1873, 15.8731), (40.1861, 15.8712), (40.1843, 15.8690)]


class TestPageTree(WagtailPageTestCase):
    def test_indexes_live_under_home_and_places_under_their_index(self):
        for index, place in (
            (AttractionIndexPage, AttractionPage),
            (ActivityIndexPage, ActivityPage),
            (ServiceIndexPage, ServicePage),
        ):
            self.assertAllowedParentPageTypes(index, {HomePage})
            self.assertAllowedSubpageTypes(index, {place})
            self.assertAllowedParentPageTypes(place, {index})
            self.assertAllowedSubpageTypes(place, set())


@pytest.mark.django_db
def test_kind_must_belong_to_the_category(see):
    lake_under_culture = AttractionPageFactory.build(category="culture", kind="lake")
    with pytest.raises(ValidationError) as error:
        lake_under_culture.clean()
    assert "kind" in error.value.message_dict
    AttractionPageFactory.build(category="nature", kind="lake").clean()


def test_gpx_points_are_read_and_thinned():
    assert parse_gpx(gpx("Loop", POINTS)) == [list(point) for point in POINTS]
    many = [(40 + i / 10000, 15.0) for i in range(2000)]
    points = parse_gpx(gpx("Long", many))
    assert len(points) == MAX_POINTS and points[0] == [40.0, 15.0] and points[-1][0] == 40.1999


@pytest.mark.parametrize(
    "data",
    [
        b"not xml at all",
        b"<kml><Placemark/></kml>",
        b'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaa">]><gpx>&a;</gpx>',
        b'<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
        b'<trkpt lat="95" lon="15"/><trkpt lat="40" lon="15"/></trkseg></trk></gpx>',
        b'<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk/></gpx>',
        b"<gpx>" + b" " * (6 * 1024 * 1024) + b"</gpx>",
    ],
    ids=["text", "kml", "entities", "out-of-range", "empty", "huge"],
)
def test_hostile_or_wrong_gpx_is_refused(data):
    with pytest.raises(ValidationError):
        parse_gpx(data)


@pytest.mark.django_db
def test_activity_stores_its_track_and_draws_it(do):
    document = Document(title="Giro")
    document.file.save("giro.gpx", ContentFile(gpx("Giro", POINTS)), save=False)
    document.save()
    activity = ActivityPageFactory(parent=do, gpx_track=document)
    activity.refresh_from_db()
    assert activity.track_points == [list(point) for point in POINTS]
    assert activity.map_data()["lines"] == [activity.track_points]


@pytest.mark.django_db
def test_activity_with_a_non_gpx_document_gets_a_field_error(do):
    document = Document(title="Foto")
    document.file.save("foto.gpx", ContentFile(b"\x89PNG..."), save=False)
    document.save()
    activity = ActivityPageFactory.build(gpx_track=document)
    with pytest.raises(ValidationError) as error:
        activity.clean()
    assert "gpx_track" in error.value.message_dict


@pytest.mark.django_db
def test_attraction_json_ld(church, settings):
    settings.BASE_URL = "https://www.castelmora.example"
    page = church["it"]
    add_picture(page)
    page = AttractionPage.objects.get(pk=page.pk)
    request = RequestFactory().get("/", SERVER_NAME="localhost")
    (data,) = page.structured_data(request)
    assert data["@type"] == ["TouristAttraction", "Church"]
    assert data["name"] == "Chiesa Madre"
    assert data["geo"]["latitude"] == f"{page.latitude:.6f}"
    assert data["geo"]["longitude"] == "15.873100"  # at least 5 decimals, as stored
    assert data["address"]["addressLocality"] == "Castelmora"
    assert data["openingHoursSpecification"][0]["opens"] == "09:00"
    assert data["image"].startswith("https://www.castelmora.example/media/")
    assert data["telephone"] == "+39 0971 000001"
    json.dumps(data)


@pytest.mark.django_db
def test_service_and_activity_json_ld_types(services, do):
    request = RequestFactory().get("/", SERVER_NAME="localhost")
    pharmacy = ServicePageFactory(parent=services)
    hospital = ServicePageFactory(parent=services, category="health", kind="hospital")
    pool = ActivityPageFactory(parent=do, category="swimming")
    hike = ActivityPageFactory(parent=do)
    assert pharmacy.structured_data(request)[0]["@type"] == "Pharmacy"
    assert hospital.structured_data(request)[0]["@type"] == "Hospital"
    assert pool.structured_data(request)[0]["@type"] == "PublicSwimmingPool"
    assert hike.structured_data(request)[0]["@type"] == "SportsActivityLocation"


@pytest.mark.django_db
def test_nearby_places_are_ordered_by_distance_across_types(see, do, services):
    origin = AttractionPageFactory(parent=see["it"], latitude="40.187300", longitude="15.873100")
    far = ServicePageFactory(parent=services, latitude="40.030000", longitude="15.820000")
    near = ActivityPageFactory(parent=do, latitude="40.188000", longitude="15.873100")
    middle = AttractionPageFactory(parent=see["it"], latitude="40.197300", longitude="15.873100")
    AttractionPageFactory(parent=see["it"], latitude=None, longitude=None)
    found = find_places_nearby(origin, 5)
    assert [place.pk for place, _distance in found] == [near.pk, middle.pk, far.pk]
    assert found[0][1].walking_minutes == 1
    assert found[2][1].walking_minutes is None
