"""Index, detail, home pages and the sitemap cost the same number of queries at 10 and 1,000
listings."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from listings.demo import generate_listings
from listings.demo_content.common import PHOTOS
from listings.models import Accommodation
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db
BUDGET = 15
# A listing's page also lists what other apps find nearby (borgo.app_sections): their queries are
# theirs, measured here so that the listing's own share stays within the budget.
OTHER_APPS_NEARBY = 3


def queries_for(client, url):
    assert client.get(url).status_code == 200  # warm-up: renditions, site root paths
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_counts_do_not_grow_with_listings(client, stays_index, homes_index, settings):
    photos = {key: ImageFactory() for key in PHOTOS}
    generate_listings(20, photos)
    Accommodation.objects.update(featured=True)
    stay = Accommodation.objects.first()
    urls = [
        stays_index["it"].url,
        stays_index["it"].url + "?workspace=on&sort=price&page=2",
        homes_index["it"].url + "?deal=rent",
        f"{stays_index['it'].url}{stay.slug}/",
        "/it/",
        # The whole site's sitemap: its listings must not add a query each (large == small).
        "/sitemap-it.xml",
    ]
    small = [queries_for(client, url) for url in urls]
    generate_listings(1000, photos)
    large = [queries_for(client, url) for url in urls]
    assert large == small
    assert max(large[:3]) <= BUDGET
    assert large[3] <= BUDGET + OTHER_APPS_NEARBY
    # The home page belongs to the whole site: showing featured stays costs their gallery and
    # renditions (the query for the stays themselves runs either way).
    settings.CHROME_MEMO_SECONDS = 0  # the sections' own queries, which the memo keeps
    featured = queries_for(client, "/it/")
    Accommodation.objects.update(featured=False)
    assert featured - queries_for(client, "/it/") == 2
