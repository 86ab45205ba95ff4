"""Shared place facts (distances, hours, coordinates), the map tag and the JSON-LD mechanism."""

import datetime
import json
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.test import RequestFactory

from borgo.place_facts import (
    GeoLocated,
    OpeningHoursBlock,
    distance_between,
    nearest,
    opening_hours_specification,
)
from seo.structured_data import render_json_ld


def point(pk, lat, lng):
    return SimpleNamespace(pk=pk, latitude=lat, longitude=lng, has_coordinates=lat is not None)


def test_distance_and_walking_time():
    castle, square = point(1, 40.1873, 15.8731), point(2, 40.1901, 15.8765)
    distance = distance_between(castle, square)
    assert 0.40 < distance.km < 0.45
    assert distance.walking_minutes == 6
    far = distance_between(castle, point(3, 40.6401, 15.8056))  # Potenza, ~50 km
    assert 49 < far.km < 52 and far.walking_minutes is None


def test_nearest_orders_by_distance_and_skips_the_origin_and_unlocated():
    origin = point(1, 40.0, 15.0)
    candidates = [point(2, 40.2, 15.0), point(3, 40.1, 15.0), origin, point(4, None, None)]
    assert [c.pk for c, _d in nearest(origin, candidates)] == [3, 2]
    assert nearest(point(9, None, None), candidates) == []


def test_half_a_coordinate_pair_is_refused():
    class Place(GeoLocated):
        class Meta:
            app_label = "borgo"

    with pytest.raises(ValidationError) as error:
        Place(latitude=40.1).clean()
    assert set(error.value.message_dict) == {"latitude", "longitude"}


def test_coordinates_out_of_range_are_refused():
    field = GeoLocated._meta.get_field("latitude")
    with pytest.raises(ValidationError):
        field.run_validators(Decimal("91"))


def test_opening_hours_become_schema_org_specifications():
    block = OpeningHoursBlock()
    value = block.to_python({"days": ["Mo", "Tu"], "opens": "09:00", "closes": "12:30"})
    spec = opening_hours_specification([SimpleNamespace(value=value)])
    assert spec == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": ["https://schema.org/Monday", "https://schema.org/Tuesday"],
            "opens": "09:00",
            "closes": "12:30",
        }
    ]


def test_closing_before_opening_is_refused():
    block = OpeningHoursBlock()
    value = block.to_python({"days": ["Mo"], "opens": "18:00", "closes": "09:00"})
    assert value["opens"] == datetime.time(18, 0)
    with pytest.raises(ValidationError):
        block.clean(value)


def test_json_ld_is_one_graph_and_cannot_break_out_of_its_script():
    html = render_json_ld([{"@type": "Thing", "name": "</script><script>alert(1)</script> & co"}])
    assert html.startswith('<script type="application/ld+json">')
    assert "</script><script>" not in html
    payload = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    document = json.loads(payload)
    assert document["@context"] == "https://schema.org"
    assert document["@graph"][0]["name"] == "</script><script>alert(1)</script> & co"
    assert render_json_ld([]) == ""


@pytest.mark.django_db
def test_structured_data_tag_prefers_the_views_own_description(guide, monkeypatch):
    page = guide["it"]
    request = RequestFactory().get(page.url, HTTP_HOST="localhost")
    monkeypatch.setattr(
        type(page), "structured_data", lambda self, request: [{"@type": "X"}], raising=False
    )
    template = Template("{% load seo_tags %}{% structured_data %}")
    described = template.render(Context({"request": request, "page": page}))
    assert '"@type": "X"' in described and "BreadcrumbList" in described
    context = {"request": request, "page": page, "structured_data": [{"@type": "Offer"}]}
    rendered = template.render(Context(context))
    assert '"@type": "Offer"' in rendered and '"@type": "X"' not in rendered


def test_map_is_offered_only_with_data_and_loads_nothing_up_front():
    template = Template("{% load borgo_tags %}{% place_map data 'places-map' %}")
    empty = template.render(Context({"data": {"markers": []}}))
    assert "data-map" not in empty
    html = template.render(
        Context(
            {"data": {"markers": [{"lat": 40.1, "lng": 15.8, "title": "Castello", "url": "/"}]}}
        )
    )
    assert '<script id="places-map" type="application/json">' in html
    assert 'data-map="places-map"' in html
    assert "leaflet.js" in html and "<script src" in html  # only map.js runs; Leaflet on request
    assert html.count("<script src") == 1
