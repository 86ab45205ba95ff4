"""The full-page cache: served without the database, never stale, never someone else's."""

import gzip
import re
import secrets
from datetime import time, timedelta
from unittest import mock

import pytest
from csp.middleware import CheckableLazyObject, CSPMiddleware
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from borgo import page_cache
from borgo.campaigns.demo import landing_page
from borgo.campaigns.demo_content import LANDING
from borgo.campaigns.models import Lead
from borgo.memo import memoize
from borgo.page_cache import CSRF_PLACEHOLDER, generation
from borgo.page_cache_middleware import PageCacheMiddleware, PageRenderMiddleware
from coworking.availability import at
from coworking.booking import reserve
from coworking.models import BookableResource, CoworkingIndexPage, EventIndexPage, ReservationStatus
from listings.models import AccommodationIndexPage, Enquiry

from .coworking.conftest import DESKS, make_space
from .coworking.test_events import add_event
from .factories import ContentPageFactory, ImageFactory
from .listings.conftest import _index
from .listings.factories import AccommodationFactory
from .listings.test_enquiries import valid_data as enquiry_data

pytestmark = [pytest.mark.django_db, pytest.mark.page_cache]


def get(client, url, **kwargs):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **kwargs)
    return response, len(queries)


def test_a_cached_page_is_served_without_the_database(client, guide, municipality):
    first, _ = get(client, "/it/trasferirsi-qui/")
    assert first["X-Page-Cache"] == "miss"
    second, queries = get(client, "/it/trasferirsi-qui/")
    assert second["X-Page-Cache"] == "hit" and queries == 0
    assert first.templates and not second.templates  # nothing rendered either
    assert second.content == first.content
    assert "s-maxage=60" in second["Cache-Control"]


def test_sitemaps_are_cached_too(client, guide):
    for path in ("/sitemap.xml", "/sitemap-it.xml"):
        assert get(client, path)[0]["X-Page-Cache"] == "miss"
        hit, queries = get(client, path)
        assert hit["X-Page-Cache"] == "hit" and queries == 0
        assert hit["Content-Type"] == "application/xml"


def test_publishing_changes_what_visitors_see_at_once(
    client, guide, django_capture_on_commit_callbacks
):
    get(client, "/en/moving-here/")
    guide["en"].title = "Moving to Castelmora"
    with django_capture_on_commit_callbacks(execute=True):
        guide["en"].save_revision().publish()
    response, _ = get(client, "/en/moving-here/")
    assert response["X-Page-Cache"] == "miss"
    assert "Moving to Castelmora" in response.content.decode()


@pytest.mark.parametrize("change", ["unpublish", "delete", "move", "new image"])
def test_every_kind_of_change_invalidates(
    client, guide, change, django_capture_on_commit_callbacks
):
    get(client, "/it/trasferirsi-qui/")
    page = guide["it"]
    with django_capture_on_commit_callbacks(execute=True):
        if change == "unpublish":
            page.unpublish()
        elif change == "delete":
            ContentPageFactory(parent=page).delete()
        elif change == "move":
            section = ContentPageFactory(parent=page.get_parent(), slug="sezione")
            ContentPageFactory(parent=page, slug="figlia").move(section, pos="last-child")
        else:
            ImageFactory()
    response, _ = get(client, "/it/trasferirsi-qui/")
    assert response.get("X-Page-Cache") != "hit"


def test_the_new_generation_starts_when_the_writer_commits(
    guide, django_capture_on_commit_callbacks
):
    """Until the commit, a concurrent request still reads the old rows: were the generation
    already new, it would cache them under it."""
    before = generation()
    with django_capture_on_commit_callbacks() as callbacks:
        guide["it"].save_revision().publish()
        assert generation() == before
    for callback in callbacks:
        callback()
    assert generation() != before


def fresh_after(client, url, change, capture):
    """The page at `url` once cached, then as the next anonymous visitor sees it after `change`."""
    assert get(client, url)[0]["X-Page-Cache"] == "miss"
    with capture(execute=True):
        change()
    response, _ = get(client, url)
    assert response["X-Page-Cache"] == "miss"
    return response.content.decode()


def test_a_new_reservation_shows_at_once(client, homes, django_capture_on_commit_callbacks):
    index = homes["it"].add_child(instance=CoworkingIndexPage(title="Coworking", slug="cw"))
    index.save_revision().publish()
    space = make_space(index, resources=[DESKS])
    start = at(timezone.localdate() + timedelta(days=2), time(10))
    contact = {"name": "A", "email": "a@example.org", "purpose": "x"}
    html = fresh_after(
        client,
        space.url,
        lambda: reserve(space.resources.get(), space, start, 60, contact, "it"),
        django_capture_on_commit_callbacks,
    )
    assert "2 liberi" in html  # of the open space's 3 seats


def test_a_booking_retires_its_spaces_page_alone(
    client, homes, guide, django_capture_on_commit_callbacks
):
    index = homes["it"].add_child(instance=CoworkingIndexPage(title="Coworking", slug="cw"))
    index.save_revision().publish()
    space, other_space = (make_space(index, slug, [DESKS]) for slug in ("scuola", "mulino"))
    pages = [space.url, other_space.url, index.url, guide["it"].url]
    for url in pages:
        assert get(client, url)[0]["X-Page-Cache"] == "miss"
    before = generation()
    start = at(timezone.localdate() + timedelta(days=2), time(10))
    contact = {"name": "A", "email": "a@example.org", "purpose": "x"}
    with django_capture_on_commit_callbacks(execute=True):
        reservation = reserve(space.resources.get(), space, start, 60, contact, "it")
    assert generation() == before
    assert [get(client, url)[0]["X-Page-Cache"] for url in pages] == ["miss", "hit", "hit", "hit"]
    hit, queries = get(client, space.url)  # a tagged page's hit costs no query either
    assert hit["X-Page-Cache"] == "hit" and queries == 0 and not hit.templates
    # Staff cancelling it in the admin free the seat on the page at once.
    with django_capture_on_commit_callbacks(execute=True):
        reservation.status = ReservationStatus.CANCELLED
        reservation.save()
    response, _ = get(client, space.url)
    assert response["X-Page-Cache"] == "miss" and "3 liberi" in response.content.decode()
    assert get(client, other_space.url)[0]["X-Page-Cache"] == "hit"


def test_a_changed_listing_shows_at_once(client, homes, django_capture_on_commit_callbacks):
    stays = _index(homes, AccommodationIndexPage, "Dormire")["it"]
    listing = AccommodationFactory(title="Casa del fornaio")

    def rename():
        listing.title = "Casa della tessitrice"
        listing.save()

    html = fresh_after(client, stays.url, rename, django_capture_on_commit_callbacks)
    assert "Casa della tessitrice" in html and "Casa del fornaio" not in html


def test_a_visitors_enquiry_and_its_campaign_lead_retire_no_cached_page(
    client, homes, django_capture_on_commit_callbacks
):
    """No page shows them: a burst of campaign visitors writing must not empty the cache."""
    stays = _index(homes, AccommodationIndexPage, "Dormire")["it"]
    stay = AccommodationFactory(contact_email="host@example.org")
    url = f"{stays.url}{stay.slug}/"
    assert get(client, url)[0]["X-Page-Cache"] == "miss"
    before = generation()
    campaign = {"utm_source": "linkedin", "utm_campaign": "nomadi-2026"}
    with django_capture_on_commit_callbacks(execute=True):
        assert Client().post(url, enquiry_data(**campaign)).status_code == 302
    assert Enquiry.objects.exists() and Lead.objects.exists()
    assert generation() == before
    assert get(client, url)[0]["X-Page-Cache"] == "hit"


@pytest.mark.parametrize("declared", [True, False])
def test_an_apps_own_declaration_decides_whether_its_saves_retire_pages(
    db, monkeypatch, declared, django_capture_on_commit_callbacks
):
    """borgo lists no app: one opts in with `retires_cached_pages` on its AppConfig."""
    monkeypatch.setattr(apps.get_app_config("coworking"), "retires_cached_pages", declared)
    before = generation()
    with django_capture_on_commit_callbacks(execute=True):
        page_cache.content_changed(sender=BookableResource, instance=None)
    assert (generation() != before) is declared


def test_a_published_event_shows_at_once(client, homes, django_capture_on_commit_callbacks):
    events = homes["it"].add_child(instance=EventIndexPage(title="Eventi", slug="eventi"))
    events.save_revision().publish()
    html = fresh_after(
        client,
        events.url,
        lambda: add_event(events, "Corso digitale", 5),
        django_capture_on_commit_callbacks,
    )
    assert "Corso digitale" in html


def test_pages_cached_or_not_are_compressed_for_clients_that_accept_it(client, guide):
    url = "/it/trasferirsi-qui/"
    miss, _ = get(client, url, HTTP_ACCEPT_ENCODING="gzip, br")
    hit, _ = get(client, url, HTTP_ACCEPT_ENCODING="gzip")
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert miss["Content-Encoding"] == hit["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in hit["Vary"]
    plain, _ = get(client, url)
    assert plain["X-Page-Cache"] == "hit" and "Content-Encoding" not in plain
    assert gzip.decompress(hit.content) == plain.content


def test_languages_are_cached_apart(client, guide):
    get(client, "/it/trasferirsi-qui/")
    response, _ = get(client, "/en/moving-here/")
    assert response["X-Page-Cache"] == "miss"
    assert '<html lang="en">' in response.content.decode()


def csrf_field(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())[1]


def test_pages_with_forms_are_cached_with_each_visitors_own_token(homes, settings):
    landing = homes["it"].add_child(instance=landing_page(LANDING["it"], "s@example.org", None))
    landing.save_revision().publish()
    first_visitor, second_visitor = (Client(enforce_csrf_checks=True) for _n in range(2))
    first = first_visitor.get(landing.url)
    second, queries = get(second_visitor, landing.url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"], queries) == ("miss", "hit", 0)
    for response in (first, second):
        assert CSRF_PLACEHOLDER not in response.content.decode()
        assert "private" in response["Cache-Control"]  # no shared cache may keep the token
        assert "s-maxage" not in response["Cache-Control"]
    cookie = settings.CSRF_COOKIE_NAME
    assert first.cookies[cookie].value != second.cookies[cookie].value
    # The token in the cached copy is the second visitor's own: their post passes the check.
    assert second_visitor.post(landing.url).status_code == 403
    posted = second_visitor.post(landing.url, {"csrfmiddlewaretoken": csrf_field(second)})
    assert posted.status_code == 200 and "error-summary" in posted.content.decode()


HEADERS_OF_EVERY_PAGE = (
    "Content-Security-Policy",
    "X-Frame-Options",
    "Permissions-Policy",
    "Content-Language",
    "Strict-Transport-Security",
    "X-Content-Type-Options",
)


@pytest.mark.parametrize("debug", [True, False])
def test_cached_copies_carry_the_security_headers(client, guide, settings, debug):
    settings.DEBUG = debug
    settings.SECURE_HSTS_SECONDS = 3600
    client.get("/it/trasferirsi-qui/", secure=True)
    hit = client.get("/it/trasferirsi-qui/", secure=True)
    assert hit["X-Page-Cache"] == "hit"
    for header in HEADERS_OF_EVERY_PAGE:
        assert hit[header], header


def test_a_hit_is_answered_above_the_layers_that_would_only_repeat_its_headers(
    client, guide, homes, settings
):
    settings.SECURE_HSTS_SECONDS = 3600
    landing = homes["it"].add_child(instance=landing_page(LANDING["it"], "s@example.org", None))
    landing.save_revision().publish()
    layer = CSPMiddleware.process_response
    with mock.patch.object(
        CSPMiddleware, "process_response", autospec=True, side_effect=layer
    ) as csp_layer:
        miss, hit = (client.get(guide["it"].url, secure=True) for _n in range(2))
        assert (miss["X-Page-Cache"], hit["X-Page-Cache"], csp_layer.call_count) == (
            "miss",
            "hit",
            1,
        )
        # A page with a form too: its copy gets the visitor's token from the CSRF layer alone.
        client.get(landing.url)
        assert client.get(landing.url)["X-Page-Cache"] == "hit" and csp_layer.call_count == 2
    assert [hit[name] for name in HEADERS_OF_EVERY_PAGE] == [
        miss[name] for name in HEADERS_OF_EVERY_PAGE
    ]


class CountingCache:
    """The cache, counting the calls made to it."""

    def __init__(self, cache, calls):
        self.cache, self.calls = cache, calls

    def __getattr__(self, name):
        def counted(*args, **kwargs):
            self.calls.append(name)
            return getattr(self.cache, name)(*args, **kwargs)

        return counted


def test_a_hit_is_one_round_trip_to_the_cache(client, guide, settings, monkeypatch):
    settings.PAGE_CACHE_WORKER_SECONDS = 0  # no worker's own copy (tests/test_worker_copies.py)
    client.get(guide["it"].url)
    calls = []
    monkeypatch.setattr(page_cache, "cache", CountingCache(page_cache.cache, calls))
    assert client.get(guide["it"].url)["X-Page-Cache"] == "hit"
    assert calls == ["get_many"]  # the generation and the copy, together


def test_a_miss_reads_the_generation_once(client, guide, settings, monkeypatch):
    settings.CHROME_MEMO_SECONDS = 600  # the header and footer ask the memo, under a generation
    generation()
    calls = []
    monkeypatch.setattr(page_cache, "cache", CountingCache(page_cache.cache, calls))
    assert client.get(guide["it"].url)["X-Page-Cache"] == "miss"
    # The generation with the page's copy, as a hit (the memo asks no more); then the new copy.
    assert calls == ["get_many", "set"]


def test_a_change_made_during_a_request_is_seen_by_the_rest_of_it():
    with page_cache.for_request():
        before = generation()
        assert page_cache.start_new_generation()
        assert generation() != before


def test_a_page_that_used_the_csp_nonce_is_not_cached(rf):
    def view_using_the_nonce(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}"></script>')

    def request():
        request = rf.get("/it/with-a-nonce/")
        request.csp_nonce = CheckableLazyObject(lambda: secrets.token_urlsafe(16))
        return request

    middleware = PageCacheMiddleware(PageRenderMiddleware(view_using_the_nonce))
    middleware(request())
    assert "X-Page-Cache" not in middleware(request())


def test_logged_in_editors_bypass_the_cache(client, homes):
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    client.get("/it/")
    assert "X-Page-Cache" not in client.get("/it/")


def test_posts_and_errors_are_not_cached(client, homes):
    client.get("/it/no-such-page/")
    assert "X-Page-Cache" not in client.get("/it/no-such-page/")
    assert "X-Page-Cache" not in client.post("/it/")


@pytest.mark.parametrize(("seconds", "computed"), [(600, 1), (0, 2)])
def test_the_chrome_memo_keeps_values_only_when_asked(settings, seconds, computed):
    settings.CHROME_MEMO_SECONDS = seconds
    calls = []
    for _ in range(2):
        memoize("menu:test", lambda: calls.append(1))
    assert len(calls) == computed
