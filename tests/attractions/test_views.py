"""The public pages: indexes with category URLs, pagination, map data, details, languages."""

import json
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import LANGUAGE_CODES, publish_translation
from tests.listings.conftest import stays_index  # noqa: F401 (a fixture, used by name)
from tests.listings.factories import AccommodationFactory

from .factories import AttractionPageFactory, ServicePageFactory, add_picture


def map_markers(response, map_id):
    found = re.search(
        rf'<script id="{map_id}" type="application/json">(.*?)</script>', response.text
    )
    return json.loads(found.group(1))["markers"]


@pytest.mark.django_db
def test_category_urls_filter_and_are_translated(client, see):
    AttractionPageFactory(
        parent=see["it"], title="Lago", slug="lago", category="nature", kind="lake"
    )
    AttractionPageFactory(
        parent=see["it"], title="Torre", slug="torre", category="culture", kind="castle"
    )
    response = client.get("/it/vedere/natura/")
    assert response.status_code == 200
    assert "Lago" in response.text and "Torre" not in response.text
    assert '<a href="/it/vedere/natura/" aria-current="page">Natura</a>' in response.text
    assert [m["title"] for m in map_markers(response, "places-map")] == ["Lago"]
    # The language switcher leads to the same category in the other languages.
    assert 'href="/de/sehenswertes/natur/"' in response.text
    assert 'href="/fr/a-voir/nature/"' in response.text
    assert client.get("/de/sehenswertes/natur/").status_code == 200
    assert client.get("/it/vedere/nature/").status_code == 404  # the English slug in Italian
    assert client.get("/it/vedere/sconosciuta/").status_code == 404


@pytest.mark.django_db
def test_a_category_with_places_is_its_own_canonical_page_in_the_sitemap(client, see, settings):
    settings.BASE_URL = "https://www.castelmora.example"
    AttractionPageFactory(
        parent=see["it"], title="Lago", slug="lago", category="nature", kind="lake"
    )
    body = client.get("/it/vedere/natura/").content.decode()
    canonical = "https://www.castelmora.example/it/vedere/natura/"
    assert f'<link rel="canonical" href="{canonical}">' in body
    sitemap = client.get("/sitemap-it.xml").content.decode()
    (entry,) = [block for block in sitemap.split("<url>") if f"<loc>{canonical}</loc>" in block]
    assert 'hreflang="de" href="https://www.castelmora.example/de/sehenswertes/natur/"' in entry
    # A category without places is no page worth a search engine's visit.
    assert "/it/vedere/cultura/" not in sitemap
    # The index itself keeps its own canonical.
    index = client.get("/it/vedere/").content.decode()
    assert '<link rel="canonical" href="https://www.castelmora.example/it/vedere/">' in index


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["0", "-1", "3", "abc", "9" * 40, "1e9999"])
def test_pagination_out_of_range_or_garbage_is_a_404(client, see, page):
    AttractionPageFactory(parent=see["it"])
    assert client.get("/it/vedere/", {"page": page}).status_code == 404


@pytest.mark.django_db
def test_pagination_and_map_of_all_results(client, see):
    for _ in range(14):
        AttractionPageFactory(parent=see["it"])
    first = client.get("/it/vedere/")
    second = client.get("/it/vedere/", {"page": 2})
    assert first.text.count('class="card"') == 12 and second.text.count('class="card"') == 2
    assert 'href="?page=2" rel="next"' in first.text
    assert len(map_markers(second, "places-map")) == 14


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_detail_page_in_every_language(client, see, code):
    italian = AttractionPageFactory(parent=see["it"], title="Chiesa", slug="chiesa")
    page = italian if code == "it" else publish_translation(italian, code, slug=f"chiesa-{code}")
    response = client.get(page.url)
    assert response.status_code == 200
    assert response.text.count("<h1") == 1
    assert '"@type": ["TouristAttraction", "Church"]' in response.text
    assert f'<html lang="{code}">' in response.text


@pytest.mark.django_db
def test_detail_lists_places_nearby_with_walking_time(client, see, services):
    church = AttractionPageFactory(parent=see["it"], latitude="40.187300", longitude="15.873100")
    ServicePageFactory(
        parent=services, title="Farmacia", latitude="40.188000", longitude="15.873100"
    )
    services.save_revision().publish()
    response = client.get(church.url)
    assert "Luoghi vicini" in response.text
    assert "Farmacia" in response.text and "1 minuto a piedi" in response.text


def count_queries(client, url):
    client.get(url)  # warm-up: caches of sites and locales
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_places(client, see, services):
    def add(count):
        for _ in range(count):
            page = AttractionPageFactory(parent=see["it"])
            add_picture(page)
            ServicePageFactory(parent=services)

    add(3)
    detail = AttractionPageFactory(parent=see["it"])
    add_picture(detail)
    indexes = ["/it/vedere/", "/it/vedere/cultura/"]
    small = [count_queries(client, url) for url in [*indexes, detail.url]]
    add(12)
    large = [count_queries(client, url) for url in [*indexes, detail.url]]
    assert small == large
    assert max(large[:2]) <= 15


def nearby_stays(response):
    """[(title, distance text)] of the "Stays nearby" list, in the page's order."""
    found = re.search(r'<ul class="nearby-stays">(.*?)</ul>', response.text, re.S)
    assert found, "no list of stays nearby"
    items = re.findall(r'<a href="[^"]+">([^<]+)</a> · [^·]+ · ([^<]+?)</li>', found.group(1))
    return [(title, distance.strip()) for title, distance in items]


@pytest.mark.django_db
@pytest.mark.usefixtures("stays_index")
@pytest.mark.parametrize("factory", [AttractionPageFactory, ServicePageFactory])
def test_place_page_lists_the_nearest_stays_first_in_constant_queries(
    client, see, services, factory, settings
):
    settings.CHROME_MEMO_SECONDS = 0  # the lookup's own queries, not the memo that keeps it
    parent = see["it"] if factory is AttractionPageFactory else services
    place = factory(parent=parent, latitude="40.187300", longitude="15.873100")
    # About 1.1 km and 80 m north of the place; created far first, so order is not by pk.
    AccommodationFactory(title="Casa Lontana", latitude=Decimal("40.197300"))
    AccommodationFactory(title="Casa Vicina", latitude=Decimal("40.188000"))
    response = client.get(place.url)
    assert "Dove dormire nei dintorni" in response.text
    assert nearby_stays(response) == [("Casa Vicina", "0,1 km"), ("Casa Lontana", "1,1 km")]
    before = count_queries(client, place.url)
    AccommodationFactory(title="Casa Terza", latitude=Decimal("40.192300"))
    assert count_queries(client, place.url) == before
    assert [title for title, _ in nearby_stays(client.get(place.url))] == [
        "Casa Vicina",
        "Casa Terza",
        "Casa Lontana",
    ]
