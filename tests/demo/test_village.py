"""The demo village as visitors, search engines and editors meet it.

The demo is seeded once for the package (`seeded_demo`, see conftest.py); each test runs in a
savepoint of it, so one test's changes never reach the next.
"""

import io
import re
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
import xmlschema
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from attractions.models import ActivityPage, AttractionPage, ServicePage
from borgo.demo import content
from borgo.models import ContentPage, HomePage
from coworking import demo_events
from coworking.models import (
    ConnectivityPage,
    CoworkingSpacePage,
    EventPage,
    QuestionnairePage,
    ResourceKind,
)
from listings.models import Accommodation, Deal, RealEstate
from listings.plan_demo import SPRING_EVENTS
from tests.conftest import LANGUAGE_CODES
from tests.json_ld import described_thing
from tests.sampling import one_per_kind, sitemap_paths
from tests.test_seo import SCHEMAS, head_links, meta

pytestmark = pytest.mark.usefixtures("seeded_demo", "db")

BASE = "https://www.castelmora.example"
BUDGET = 15
COLD_BUDGET = 25  # with every cache empty
COPIES = 4
PLACE_MINIMUMS = {AttractionPage: 10, ActivityPage: 6, ServicePage: 10}


def spec_for(key):
    return next(spec for spec in content.PAGES if spec["key"] == key)


# --- every page renders, in its language --------------------------------------------------------


def test_every_demo_page_renders_in_its_language_with_its_texts(client):
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale"):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        body = response.content.decode()
        assert f'<html lang="{page.locale.language_code}">' in body
        assert body.count("<h1") == 1, page.url

    spec = spec_for("moving-here")
    for code in LANGUAGE_CODES:
        texts = spec["texts"][code]
        page = ContentPage.objects.get(locale__language_code=code, slug=texts["slug"])
        assert page.title == texts["title"]
        body = client.get(page.url).content.decode()
        assert texts["summary"] in body.replace("&#x27;", "'")
        footer = body.split('class="site-footer"')[1]
        for key in ("privacy", "accessibility"):
            assert f"/{code}/{spec_for(key)['texts'][code]['slug']}/" in footer


def test_other_trees_follow_the_italian_one():
    from wagtail_localize.models import LocaleSynchronization

    from tests.factories import ContentPageFactory

    assert LocaleSynchronization.objects.filter(sync_from__language_code="it").count() == 3
    home = HomePage.objects.get(locale__language_code="it")
    new_page = ContentPageFactory(parent=home, title="Novità", slug="novita")
    call_command("sync_locale_trees", stdout=io.StringIO())
    german = new_page.get_translation(Locale.objects.get(language_code="de"))
    assert german.alias_of_id == new_page.pk  # until a translator translates it


# --- the territory ------------------------------------------------------------------------------


def test_demo_territory_is_complete_and_machine_readable_in_every_language(client):
    for model, minimum in PLACE_MINIMUMS.items():
        italian = model.objects.live().filter(locale__language_code="it")
        assert italian.count() >= minimum, model
        for code in LANGUAGE_CODES[1:]:
            translated = model.objects.live().filter(locale__language_code=code, alias_of=None)
            assert translated.count() == italian.count(), (model, code)
        for place in italian:
            assert place.latitude is not None and place.longitude is not None, place
            assert place.gallery_images.exists(), place
            # Lakes and trails are always open; a service always says when it can be reached.
            if model is ServicePage:
                assert place.opening_hours or place.by_appointment, place
    categories = AttractionPage.objects.filter(locale__language_code="it")
    assert len(Counter(categories.values_list("category", flat=True))) == 3

    for model in PLACE_MINIMUMS:
        for place in model.objects.live().filter(locale__language_code="de"):
            thing = described_thing(client.get(place.url).content.decode())
            assert {"name", "description", "image", "address", "geo"} <= set(thing), place.url
            if place.opening_hours:
                assert thing["openingHoursSpecification"], place.url


# --- co-working, events and the questionnaire ---------------------------------------------------


def test_seed_demo_builds_the_coworking_content_in_every_language():
    for code in LANGUAGE_CODES:
        spaces = CoworkingSpacePage.objects.live().filter(locale__language_code=code)
        assert spaces.count() == 2, code
        for space in spaces:
            kinds = sorted(space.resources.values_list("kind", flat=True))
            assert kinds == [ResourceKind.DESK_ZONE, ResourceKind.MEETING_ROOM], (code, space)
            captions = [photo.caption for photo in space.gallery_images.all()]
            assert captions and all(captions), (code, space)
        upcoming = EventPage.objects.live().filter(
            locale__language_code=code, start__gt=timezone.now()
        )
        assert upcoming.count() == len(demo_events.EVENTS) + len(SPRING_EVENTS), code
        assert ConnectivityPage.objects.live().filter(locale__language_code=code).count() == 1
        assert QuestionnairePage.objects.live().filter(locale__language_code=code).count() == 1
    english_room = CoworkingSpacePage.objects.get(
        locale__language_code="en", slug="the-olive-mill"
    ).resources.get(kind=ResourceKind.MEETING_ROOM)
    assert english_room.name == "Millstone room"


# --- stays and homes ----------------------------------------------------------------------------


def test_seed_demo_publishes_mixed_stays_and_homes_in_every_language():
    italian_stays = Accommodation.objects.visible().filter(locale__language_code="it")
    italian_homes = RealEstate.objects.visible().filter(locale__language_code="it")
    for code in LANGUAGE_CODES:
        stays = Accommodation.objects.visible().filter(locale__language_code=code)
        assert stays.count() >= 12, code
        assert stays.values("accommodation_type").distinct().count() >= 3, code
        homes = RealEstate.objects.visible().filter(locale__language_code=code)
        assert homes.count() >= 10, code
        assert {home.deal for home in homes} == {Deal.RENT, Deal.SALE}, code
        assert homes.filter(one_euro_scheme=True, deal=Deal.SALE).count() == 2, code
        # Translations of the Italian listings, not listings of their own.
        assert set(stays.values_list("translation_key", flat=True)) == set(
            italian_stays.values_list("translation_key", flat=True)
        )
        assert set(homes.values_list("translation_key", flat=True)) == set(
            italian_homes.values_list("translation_key", flat=True)
        )


# --- a search engine's crawl --------------------------------------------------------------------


class HeadingCounter(HTMLParser):
    def __init__(self):
        super().__init__()
        self.h1 = 0

    def handle_starttag(self, tag, attrs):
        self.h1 += tag == "h1"


def sitemap_urls(client):
    """{location: {hreflang: href}} from every language sitemap, each validated."""
    schema = xmlschema.XMLSchema(SCHEMAS / "sitemap.xsd")
    index = client.get("/sitemap.xml").content.decode()
    urls = {}
    for section in re.findall(r"<loc>([^<]+)</loc>", index):
        document = client.get(urlsplit(section).path).content.decode()
        schema.validate(document)
        for block in re.findall(r"<url>(.*?)</url>", document, re.S):
            location = re.search(r"<loc>([^<]+)</loc>", block).group(1)
            alternates = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', block))
            urls[location] = alternates
    return urls


def test_every_sitemap_url_is_a_complete_page(client, settings):
    settings.BASE_URL = BASE
    urls = sitemap_urls(client)
    assert len(urls) >= 32  # 8 pages × 4 languages at least
    for location, alternates in urls.items():
        response = client.get(urlsplit(location).path)
        assert response.status_code == 200, location
        body = response.content.decode()
        assert f'<link rel="canonical" href="{location}">' in body, location
        # The page names the same translations as the sitemap, and each names it back.
        assert head_links(body) == alternates, location
        assert {"it", "en", "de", "fr", "x-default"} <= set(alternates), location
        for code, href in alternates.items():
            if code != "x-default":
                assert urls[href][code] == href and location in urls[href].values()
        counter = HeadingCounter()
        counter.feed(body)
        assert counter.h1 == 1, location
        description = meta(body, "name", "description")
        assert description and 50 <= len(description) <= 160, (location, description)
        for card in ("og:title", "og:description", "og:url", "og:image", "og:locale", "og:type"):
            assert meta(body, "property", card), (location, card)
        assert meta(body, "name", "twitter:card") == "summary_large_image"


# --- the query budget ---------------------------------------------------------------------------


def count_queries(client, path):
    client.get(path)  # warm-up: renditions are made on the first view, per-process caches filled
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def count_cold_queries(client, path):
    """The queries of a view after every cache was emptied (a restarted Redis, a deploy)."""
    client.get(path)  # renditions are made once, not on every cold view
    for alias in caches:
        caches[alias].clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200, path
    return len(queries)


def grow_the_site():
    """COPIES more of every Italian detail page (a page without children below an index),
    and 40 more listings."""
    details = Page.objects.live().filter(depth__gte=4, numchild=0, locale__language_code="it")
    for page in list(details.specific()):
        for number in range(COPIES):
            page.copy(
                to=page.get_parent(),
                update_attrs={"slug": f"{page.slug}-{number}", "title": f"{page.title} {number}"},
                keep_live=True,
            )
    call_command("seed_demo", "--listings", "40", stdout=io.StringIO())


def test_every_page_type_keeps_its_query_budget_as_the_site_grows(client):
    with translation.override("it"):
        search = f"{reverse('search')}?q=casa"
    # Every kind of page, search results, and the sitemaps crawlers read.
    sitemaps = ["/sitemap.xml", "/sitemap-it.xml"]
    paths = [*one_per_kind(sitemap_paths(client.get(sitemaps[1]).text)), search, *sitemaps]
    assert len(paths) >= 17, paths
    small = {path: count_queries(client, path) for path in paths}
    grow_the_site()
    large = {path: count_queries(client, path) for path in paths}

    grown = {path: (small[path], count) for path, count in large.items() if count != small[path]}
    assert not grown, f"query counts grew with the site (before, after): {grown}"
    # Sitemaps read one query per page type and two per index with sub-pages (for crawlers, and
    # from the page cache after the first): constant, but no page's budget.
    over = {path: n for path, n in small.items() if n > BUDGET and path not in sitemaps}
    assert not over, f"over {BUDGET} queries: {over}"
    cold = {path: count_cold_queries(client, path) for path in paths if path not in sitemaps}
    over = {path: n for path, n in cold.items() if n > COLD_BUDGET}
    assert not over, f"over {COLD_BUDGET} queries with every cache empty: {over}"
