"""Site search over the demo, in each language, for the words visitors type.

On SQLite (the default) the search matches whole words; on PostgreSQL each language is
stemmed (borgo/search_backend.py), which the `stemmed` tests check when DATABASE_URL names a
PostgreSQL database, as in CI.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from attractions.models import ActivityIndexPage, ActivityPage
from coworking.models import ConnectivityPage

pytestmark = pytest.mark.usefixtures("seeded_demo", "db")

SEARCH = {"it": "/it/cerca/", "en": "/en/search/", "de": "/de/suche/", "fr": "/fr/recherche/"}
stemmed = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL's text search"
)


def result_urls(client, language, query):
    response = client.get(SEARCH[language], {"q": query})
    assert response.status_code == 200
    return [hit["url"] for hit in response.context["hits"]]


def connectivity_url(language):
    return ConnectivityPage.objects.get(locale=Locale.objects.get(language_code=language)).url


def hiking_url(language):
    index = ActivityIndexPage.objects.get(locale=Locale.objects.get(language_code=language))
    return index.category_url(None, "hiking")


@pytest.mark.parametrize(
    "language, query",
    [
        ("de", "Glasfaser"),
        ("en", "fibre"),
        ("fr", "fibre"),
        ("fr", "débit"),
        ("it", "fibra"),
        *((language, "internet") for language in SEARCH),
        *((language, "wifi") for language in SEARCH),
    ],
)
def test_the_connectivity_page_is_found_by_its_text_not_only_its_title(client, language, query):
    assert connectivity_url(language) in result_urls(client, language, query)


@pytest.mark.parametrize(
    "language, query",
    [("de", "Wanderung"), ("en", "hike"), ("fr", "randonnée"), ("it", "escursione")],
)
def test_a_word_for_hiking_finds_the_hiking_category_and_its_trails(client, language, query):
    urls = result_urls(client, language, query)
    assert hiking_url(language) in urls
    # The trails themselves are found by their category's name and keywords too.
    trails = ActivityPage.objects.live().filter(locale__language_code=language, category="hiking")
    assert {trail.url for trail in trails} <= set(urls)


def test_a_category_is_found_only_in_its_own_language(client):
    assert hiking_url("de") not in result_urls(client, "de", "hike")
    assert hiking_url("en") not in result_urls(client, "en", "Wanderung")


@stemmed
@pytest.mark.parametrize(
    "language, query",
    [("de", "Glasfasern"), ("en", "fibres"), ("fr", "fibres"), ("it", "fibre")],
)
def test_each_language_is_stemmed_on_postgresql(client, language, query):
    assert connectivity_url(language) in result_urls(client, language, query)


def test_the_categories_are_read_once_until_an_index_changes(
    client, settings, django_capture_on_commit_callbacks
):
    """The categories are kept (borgo.memo): a second search asks nothing about the index
    pages; renaming one shows at once."""
    settings.PAGE_CACHE_SECONDS = 0  # each search is made: only the categories are kept
    result_urls(client, "de", "Wanderung")
    with CaptureQueriesContext(connection) as queries:
        result_urls(client, "de", "Wandern")
    index_queries = [query for query in queries if "attractions_activityindexpage" in query["sql"]]
    assert queries and not index_queries
    index = ActivityIndexPage.objects.get(locale__language_code="de")
    index.title = "Draußen unterwegs"
    with django_capture_on_commit_callbacks(execute=True):
        index.save_revision().publish()
    hits = client.get(SEARCH["de"], {"q": "Wanderung"}).context["hits"]
    titles = [str(hit["title"]) for hit in hits]
    assert any(title.endswith("– Draußen unterwegs") for title in titles), titles
