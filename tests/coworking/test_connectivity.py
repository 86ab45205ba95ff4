"""The connectivity page, its home-page headline and the stale speed tests panel."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from borgo.models import HomePage
from coworking.home_sections import connectivity_headline
from coworking.models import BroadbandOffer, ConnectivityPage, SpeedTest, WifiHotspot

from .conftest import DESKS, make_space


def add_tests(page, count, days_ago=10, **fields):
    for n in range(count):
        SpeedTest.objects.create(
            page=page,
            locale=page.locale,
            tested_on=timezone.localdate() - timedelta(days=days_ago),
            place=f"Postazione {n}",
            download_mbps=fields.get("download", 900 + n),
            upload_mbps=300,
            latency_ms=8,
            method="Ookla Speedtest, via cavo, mediana di 5 prove",
            in_centre=fields.get("in_centre", True),
        )


@pytest.fixture
def connectivity(homes):
    page = homes["it"].add_child(
        instance=ConnectivityPage(title="Connettività", slug="connettivita")
    )
    BroadbandOffer.objects.create(
        page=page,
        locale=page.locale,
        technology="ftth",
        download_mbps=1000,
        upload_mbps=300,
        latency_ms=8,
        providers="Open Fiber",
        coverage="Centro storico",
    )
    WifiHotspot.objects.create(
        page=page,
        locale=page.locale,
        name="Piazza del Municipio",
        latitude="40.187300",
        longitude="15.873100",
    )
    add_tests(page, 2)
    add_tests(page, 1, download=990, in_centre=False)
    page.save_revision().publish()
    return page


class TestTree(WagtailPageTestCase):
    def test_parents(self):
        self.assertAllowedParentPageTypes(ConnectivityPage, {HomePage})
        self.assertAllowedSubpageTypes(ConnectivityPage, set())


@pytest.mark.django_db
def test_page_lists_offers_tests_and_hotspots(client, connectivity):
    response = client.get(connectivity.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Fibra fino a casa (FTTH)" in html
    assert "Ookla Speedtest, via cavo" in html
    assert '"lat": 40.1873' in html  # the hotspot on the map
    assert html.count("<h1") == 1


@pytest.mark.django_db
def test_query_count_is_constant(client, connectivity):
    def count():
        client.get(connectivity.url)
        with CaptureQueriesContext(connection) as queries:
            client.get(connectivity.url)
        return len(queries)

    few = count()
    add_tests(connectivity, 12)
    assert count() == few <= 15


@pytest.mark.django_db
def test_home_headline_in_one_query(client, homes, connectivity, coworking_index):
    make_space(coworking_index, resources=[DESKS, {**DESKS, "seats": 7}])
    with CaptureQueriesContext(connection) as queries:
        template, context = connectivity_headline(None, homes["it"])
    assert len(queries) == 1
    assert (context["page"].best_download, context["page"].seats) == (901, 10)
    html = client.get("/it/").content.decode()
    assert "901 Mbit/s" in html and "postazioni di coworking" in html


@pytest.mark.django_db
def test_no_headline_without_measurements(homes):
    assert connectivity_headline(None, homes["it"]) is None


@pytest.mark.django_db
def test_stale_speed_tests_are_flagged_on_the_dashboard(client, connectivity, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("a", "a@example.org", "pw"))
    assert "Postazione 0" not in client.get(reverse("wagtailadmin_home")).content.decode()
    add_tests(connectivity, 1, days_ago=400)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Test di velocità più vecchi di un anno" in html
    assert "Postazione 0" in html
