"""A worker's own copies of kept pages (borgo/worker_copies.py): answered without the shared
cache for PAGE_CACHE_WORKER_SECONDS, a change made in this worker seen at once, one made in
another seen when that time is up, and a page tagged for visitors' bookings checked on every hit."""

import pytest
from django.core.cache import cache

from borgo import page_cache, worker_copies
from borgo.page_cache import GENERATION_KEY
from coworking.models import CoworkingIndexPage

from .coworking.conftest import DESKS, make_space
from .factories import ContentPageFactory
from .test_page_cache import CountingCache

pytestmark = [pytest.mark.django_db, pytest.mark.page_cache]


class Clock:
    """time.monotonic for borgo.worker_copies, moved by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(worker_copies.time, "monotonic", clock)
    return clock


@pytest.fixture
def page(guide):
    return guide["it"]


def shared_cache_calls(monkeypatch):
    calls = []
    monkeypatch.setattr(page_cache, "cache", CountingCache(page_cache.cache, calls))
    return calls


def test_a_hit_of_a_copy_this_worker_holds_asks_the_shared_cache_nothing(
    client, page, clock, monkeypatch
):
    assert client.get(page.url)["X-Page-Cache"] == "miss"
    calls = shared_cache_calls(monkeypatch)
    clock.now += 0.9
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    assert calls == []
    clock.now += 0.2  # a second since the generation was read: asked again
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    assert calls == ["get_many"]


def test_a_change_made_elsewhere_shows_when_the_time_is_up(client, page, clock, settings):
    settings.PAGE_CACHE_WORKER_SECONDS = 5
    client.get(page.url)
    cache.incr(GENERATION_KEY)  # another worker published something
    clock.now += 4
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    clock.now += 1
    assert client.get(page.url)["X-Page-Cache"] == "miss"


def test_a_change_made_in_this_worker_shows_at_once(
    client, page, clock, django_capture_on_commit_callbacks
):
    client.get(page.url)
    page.title = "Vivere a Castelmora"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = client.get(page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Vivere a Castelmora" in response.content.decode()


def test_a_page_tagged_for_bookings_is_checked_in_the_shared_cache_every_time(
    client, homes, clock, monkeypatch
):
    """The worker holds the space page, but each hit reads its generation and bookings tag
    (small values, one round trip) before answering it: a booking shows at once."""
    index = homes["it"].add_child(instance=CoworkingIndexPage(title="Coworking", slug="cw"))
    index.save_revision().publish()
    space = make_space(index, resources=[DESKS])
    worker_copies.forget_all()
    client.get(space.url)
    read = []
    real_get_many = page_cache.cache.get_many
    monkeypatch.setattr(
        page_cache.cache, "get_many", lambda keys: read.append(keys) or real_get_many(keys)
    )
    assert client.get(space.url)["X-Page-Cache"] == "hit"
    (keys,) = read
    assert keys[0] == GENERATION_KEY and all(key.startswith("page-cache:tag:") for key in keys[1:])
    assert len(keys) > 1
    page_cache.retire_tags([space.bookings_cache_tag()])  # another worker took a booking
    assert client.get(space.url)["X-Page-Cache"] == "miss"


def test_the_store_keeps_the_pages_served_last(client, homes, clock, settings, rf):
    settings.PAGE_CACHE_WORKER_ENTRIES = 2
    pages = [ContentPageFactory(parent=homes["it"], slug=f"pagina-{n}") for n in range(3)]
    for page in pages:
        page.save_revision().publish()
    worker_copies.forget_all()  # the publishes' new generations are read by the first view
    for page in pages:
        assert client.get(page.url)["X-Page-Cache"] == "miss"
    keys = [page_cache.cache_key(rf.get(page.url)) for page in pages]
    assert [worker_copies.current_copy(key) is not None for key in keys] == [False, True, True]


def test_off_when_its_time_is_zero(client, page, settings, monkeypatch):
    settings.PAGE_CACHE_WORKER_SECONDS = 0
    client.get(page.url)
    calls = shared_cache_calls(monkeypatch)
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    assert calls == ["get_many"]
