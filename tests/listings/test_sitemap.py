"""Listing details are in the language sitemaps with their translations; expired ones are not."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from .factories import AccommodationFactory
from .test_pages import translate

pytestmark = pytest.mark.django_db
BASE = "https://www.castelmora.example"


def test_visible_listings_are_in_the_sitemap_with_their_translations(client, settings, stays_index):
    settings.BASE_URL = BASE
    italian = AccommodationFactory(title="Casa del fornaio", slug="casa-del-fornaio")
    translate(italian, "en", slug="the-bakers-house")
    sitemap = client.get("/sitemap-it.xml").content.decode()
    italian_url = f"{BASE}{stays_index['it'].url}casa-del-fornaio/"
    english_url = f"{BASE}{stays_index['en'].url}the-bakers-house/"
    assert f"<loc>{italian_url}</loc>" in sitemap
    assert f'hreflang="en" href="{english_url}"' in sitemap
    assert f'hreflang="x-default" href="{italian_url}"' in sitemap
    english_sitemap = client.get("/sitemap-en.xml").content.decode()
    assert f"<loc>{english_url}</loc>" in english_sitemap
    assert f'hreflang="it" href="{italian_url}"' in english_sitemap


def test_expired_listings_leave_the_sitemap(client, stays_index):
    AccommodationFactory(
        slug="scaduta", expires_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    assert "/scaduta/" not in client.get("/sitemap-it.xml").content.decode()


def test_site_search_finds_listings_in_the_visitors_language(client, stays_index):
    italian = AccommodationFactory(title="Casa del fornaio", slug="casa-del-fornaio")
    translate(italian, "en", title="The baker's house", slug="the-bakers-house")
    body = client.get("/en/search/", {"q": "baker"}).content.decode()
    assert f'href="{stays_index["en"].url}the-bakers-house/"' in body
    assert "casa-del-fornaio" not in body


def test_seo_report_lists_expired_listings(admin_client, stays_index):
    expired = AccommodationFactory(
        title="Vecchia offerta", expires_on=timezone.localdate() - datetime.timedelta(days=3)
    )
    body = admin_client.get("/admin/seo-report/").content.decode()
    assert "Vecchia offerta" in body
    assert f"/admin/snippets/listings/accommodation/edit/{expired.pk}/" in body


def test_a_language_without_a_live_index_page_has_no_alternate(client, settings, stays_index):
    settings.BASE_URL = BASE
    italian = AccommodationFactory(slug="casa-del-fornaio")
    translate(italian, "en", slug="the-bakers-house")
    translate(italian, "de", slug="haus-des-baeckers")
    stays_index["de"].unpublish()
    sitemap = client.get("/sitemap-it.xml").content.decode()
    assert f'hreflang="en" href="{BASE}{stays_index["en"].url}the-bakers-house/"' in sitemap
    assert 'hreflang="de"' not in sitemap.split("casa-del-fornaio")[1].split("</url>")[0]
    assert "None" not in sitemap


@pytest.mark.parametrize("path", ["/sitemap-it.xml", "/it/cerca/?q=casa"])
def test_listings_links_cost_no_query_each_with_the_memo_off(client, settings, stays_index, path):
    """Without a shared cache nothing is memoised: the index URLs are read once per list."""
    settings.CHROME_MEMO_SECONDS = 0
    client.get(path)  # what a first request fills once per process
    counts = []
    for number in range(2):
        for copy in range(3):
            AccommodationFactory(title=f"Casa {number} {copy}", slug=f"casa-{number}-{copy}")
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
