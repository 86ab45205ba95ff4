"""Redis faults the site survives: a Redis that hangs or refuses is a cache miss, logged once per
outage, and a change committed during a blip shows once the cache is back."""

import logging
import socket
import threading
import time
from datetime import time as clock
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.utils import timezone
from redis.exceptions import ConnectionError as RedisConnectionError

from borgo import cache_backend, page_cache
from borgo.cache_backend import ResilientRedisCache
from coworking.availability import at
from coworking.booking import reserve
from coworking.models import CoworkingIndexPage

from .coworking.conftest import DESKS, make_space
from .test_abuse_forms import enquiry_form

pytestmark = pytest.mark.django_db

# Far more than the slowest of these requests takes with the breaker; far less than a page's few
# dozen cache calls each waiting for the timeout, as before it.
GENEROUS_SECONDS = 8


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class HungServer:
    """Accepts connections and never answers, like a Redis paused with `kill -STOP`."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.listener.settimeout(0.1)
        self.port = self.listener.getsockname()[1]
        self.connections = []
        self.running = True
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def accept(self):
        while self.running:
            try:
                connection, _address = self.listener.accept()
            except TimeoutError:
                continue
            self.connections.append(connection)

    def stop(self):
        self.running = False
        self.thread.join()
        for connection in (self.listener, *self.connections):
            connection.close()


@pytest.fixture
def hung_redis():
    server = HungServer()
    yield server
    server.stop()


@pytest.fixture
def use_redis(settings):
    """Both caches on the Redis at `url`, as production configures them (a fresh breaker)."""

    def use(url, retry_seconds):
        options = {
            "SOCKET_CONNECT_TIMEOUT": 0.25,
            "SOCKET_TIMEOUT": 0.25,
            "RETRY_SECONDS": retry_seconds,
        }
        backend = {"BACKEND": "borgo.cache_backend.ResilientRedisCache", "LOCATION": url}
        settings.CACHES = {
            "default": {**backend, "OPTIONS": options},
            "ratelimit": {**backend, "OPTIONS": options},
        }

    cache_backend._breakers.clear()
    yield use
    cache_backend._breakers.clear()


def visit_the_site(client, homes):
    """A page, the health check, an enquiry page and its post: everything must answer."""
    form = enquiry_form(homes)
    started = time.monotonic()
    assert client.get("/it/").status_code == 200
    assert client.get("/healthz").status_code == 200
    assert client.get(form.url).status_code == 200
    assert client.post(form.url, form.data(0)).status_code == form.success_status
    assert client.get("/en/").status_code == 200
    assert form.stored() == 1
    return time.monotonic() - started


@pytest.mark.page_cache
def test_a_hung_redis_is_a_cache_miss_asked_once(client, homes, use_redis, hung_redis):
    use_redis(f"redis://127.0.0.1:{hung_redis.port}/0", retry_seconds=3600)
    assert visit_the_site(client, homes) < GENEROUS_SECONDS
    # One call waited for the timeout and opened the breaker; every other call was a miss at
    # once, without a connection (before: one timeout for every call, dozens a page).
    assert len(hung_redis.connections) == 1


@pytest.mark.page_cache
def test_a_refused_redis_is_a_cache_miss_logged_once(client, homes, use_redis, caplog):
    use_redis(f"redis://127.0.0.1:{free_port()}/0", retry_seconds=0)  # every call tries again
    with caplog.at_level(logging.INFO):
        assert visit_the_site(client, homes) < GENEROUS_SECONDS
    outage = [r for r in caplog.records if r.name == "borgo.cache_backend"]
    assert [r.levelname for r in outage] == ["WARNING"]
    assert "does not answer" in outage[0].getMessage()
    assert not any(r.exc_info for r in caplog.records)  # no traceback per call


class FlakyClient:
    """django-redis's client for a Redis that is down until `up` is set."""

    up = False

    def get(self, key, default=None, **kwargs):
        if not self.up:
            raise RedisConnectionError("Connection refused")
        return default


def test_each_outage_is_logged_once_when_it_starts_and_once_when_it_ends(use_redis, caplog):
    backend = ResilientRedisCache(f"redis://127.0.0.1:{free_port()}/0", {})
    backend.breaker.retry_seconds = 0
    backend._client = flaky = FlakyClient()
    with caplog.at_level(logging.INFO, logger="borgo.cache_backend"):
        for up in (False, False, False, True, True, False, False, True):
            flaky.up = up
            assert backend.get("key", "miss") == "miss"
            assert backend.breaker.is_open is not up
    assert [r.levelname for r in caplog.records] == ["WARNING", "INFO", "WARNING", "INFO"]
    assert "answers again" in caplog.records[1].getMessage()


class ClientOfAnOlderRelease:
    """django-redis's client reading values pickled by a release whose classes have moved."""

    def __init__(self):
        self.deleted = []

    def get(self, key, default=None, **kwargs):
        raise AttributeError("Can't get attribute 'PublishedParts' on <module 'coworking.views'>")

    get_many = get

    def delete_many(self, keys, **kwargs):
        self.deleted.extend(keys)


def test_a_value_kept_by_an_older_release_is_a_miss(use_redis, caplog):
    backend = ResilientRedisCache(f"redis://127.0.0.1:{free_port()}/0", {})
    backend._client = older = ClientOfAnOlderRelease()
    assert backend.get("key", "miss") == "miss" and backend.get_many(["a", "b"]) == {}
    assert not backend.breaker.is_open and "could not be read" in caplog.text
    assert older.deleted == ["key", "a", "b"]  # so that the next add stores the new value


def test_an_open_breaker_lets_one_call_through_per_retry_period(use_redis):
    backend = ResilientRedisCache(f"redis://127.0.0.1:{free_port()}/0", {})
    backend._client = FlakyClient()
    backend.get("key")  # fails: the breaker opens
    backend.breaker.retry_seconds = 3600
    backend.breaker.next_probe = 0  # the retry period is over
    assert backend.breaker.allows_call()  # this call probes Redis
    assert not backend.breaker.allows_call()  # the others miss at once meanwhile


def unreachable(self, *args, **kwargs):
    raise RedisConnectionError("Connection refused")


@pytest.mark.page_cache
def test_a_change_committed_during_a_cache_blip_shows_when_the_cache_is_back(
    client, guide, monkeypatch, django_capture_on_commit_callbacks
):
    url = guide["it"].url
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"

    monkeypatch.setattr(page_cache, "RETRY_SECONDS", 0.01)
    with monkeypatch.context() as blip:
        blip.setattr(LocMemCache, "incr", unreachable)
        blip.setattr(LocMemCache, "set", unreachable)
        with django_capture_on_commit_callbacks(execute=True):
            page = guide["it"]
            page.title = "Trasferirsi a Castelmora"
            page.save_revision().publish()
        stale = client.get(url)
    # While the cache is unreachable for writes, the copy it holds is still served...
    assert stale["X-Page-Cache"] == "hit" and "Trasferirsi a Castelmora" not in stale.text
    # ...and once it is back, the invalidation is made again: the next visitor sees the change.
    page_cache.retry_thread.join(timeout=30)
    assert not page_cache.retry_thread.is_alive()
    fresh = client.get(url)
    assert fresh["X-Page-Cache"] == "miss" and "Trasferirsi a Castelmora" in fresh.text
    assert cache.get(page_cache.GENERATION_KEY) is not None


@pytest.mark.page_cache
def test_a_booking_made_during_a_cache_blip_shows_when_the_cache_is_back(
    client, homes, monkeypatch, django_capture_on_commit_callbacks
):
    """A booking retires its space's page alone, by a new version of the page's tag; if the
    cache cannot take it, the whole cache is retired instead, and tried again until it is."""
    index = homes["it"].add_child(instance=CoworkingIndexPage(title="Coworking", slug="cw"))
    index.save_revision().publish()
    space = make_space(index, resources=[DESKS])
    assert client.get(space.url)["X-Page-Cache"] == "miss"
    monkeypatch.setattr(page_cache, "RETRY_SECONDS", 0.01)
    with monkeypatch.context() as blip:
        blip.setattr(LocMemCache, "incr", unreachable)
        blip.setattr(LocMemCache, "set", unreachable)
        with django_capture_on_commit_callbacks(execute=True):
            start = at(timezone.localdate() + timedelta(days=2), clock(10))
            contact = {"name": "A", "email": "a@example.org", "purpose": "x"}
            reserve(space.resources.get(), space, start, 60, contact, "it")
    page_cache.retry_thread.join(timeout=30)
    fresh = client.get(space.url)
    assert fresh["X-Page-Cache"] == "miss" and "2 liberi" in fresh.text
