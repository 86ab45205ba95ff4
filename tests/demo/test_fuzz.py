"""Fuzzing every public page type of the demo village with hostile query strings and forms.

Whatever arrives — huge or negative numbers, unicode, NUL bytes, markup, very long or repeated
values, unknown parameters — a page answers 200, a redirect, 400 or 404 (never a 5xx), never
echoes markup unescaped, and sets no cookie but the technical CSRF one.

The demo is seeded once for the module (`seeded_demo`); each test runs in a savepoint of it.
"""

from types import SimpleNamespace

import pytest
from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attractions.models import ActivityIndexPage, AttractionIndexPage, ServiceIndexPage
from borgo.campaigns.attribution import PARAMETERS as CAMPAIGN_PARAMETERS
from borgo.campaigns.models import LandingPage
from borgo.honeypot import FORM_PAGE_FIELD
from borgo.models import ContentPage, HomePage
from coworking.availability import availability
from coworking.models import (
    ConnectivityPage,
    CoworkingIndexPage,
    CoworkingSpacePage,
    EventIndexPage,
    EventPage,
    QuestionnairePage,
)
from listings.models import AccommodationIndexPage, RealEstateIndexPage

# Meant to keep the module in one worker (see the Makefile: inert under pytest 9).

HOSTILE = "<script>alert(1)</script>"
OK_STATUSES = {200, 301, 302, 400, 404}
# 409: the booked slot was taken meanwhile; 303: a booking (or a honeypot) redirects (PRG)
FORM_STATUSES = OK_STATUSES | {303, 409}
PAGINATED = ["page"]
BOOKING = ["resource", "date", "start", "minutes", "name", "email", "purpose", "privacy"]
ACCOMMODATION = ["accommodation_type", "guests", "max_night", "max_month", "long_stay"]
ACCOMMODATION += ["workspace", "sort", "near", "page"]
REAL_ESTATE = ["deal", "property_type", "max_price", "min_rooms", "min_area", "one_euro"]
REAL_ESTATE += ["sort", "near", "page"]
CAMPAIGN = list(CAMPAIGN_PARAMETERS)

# Page kind -> the query parameters its views read (request.GET), besides the campaign ones.
PAGES = {
    "home": [],
    "content": [],
    "attraction index": PAGINATED,
    "attraction category": PAGINATED,
    "attraction": [],
    "activity index": PAGINATED,
    "activity category": PAGINATED,
    "activity": [],
    "service index": PAGINATED,
    "service category": PAGINATED,
    "service": [],
    "connectivity": [],
    "co-working index": [],
    "co-working space": [],
    "booking form": BOOKING,
    "event index": [],
    "events ical": [],
    "event": [],
    "event ics": [],
    "questionnaire": [],
    "stays": ACCOMMODATION,
    "homes": REAL_ESTATE,
    "listing": ["sent"],
    "search": ["q", "page"],
    "landing": [],
    "sitemap index": [],
    "sitemap": ["p"],
}

values = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats().map(str),
    st.text(max_size=40),  # any unicode, NUL included
    st.dates().map(str),
    st.sampled_from(
        [HOSTILE, "", "0", "-1", "1e309", "9" * 400, "\x00", "x" * 5000, "2030-02-30", "25:00"]
        + ["' OR 1=1 --", '"><img src=x onerror=alert(1)>', "../../etc/passwd", "☃" * 500]
    ),
)


def query_strings(known):
    keys = st.sampled_from(known + CAMPAIGN) if known else st.sampled_from(CAMPAIGN)
    return st.dictionaries(
        st.one_of(keys, st.text(min_size=1, max_size=20)),
        st.lists(values, min_size=1, max_size=3),  # repeated keys
        max_size=8,
    )


def child(model, parent=None, **filters):
    pages = model.objects.live().filter(locale__language_code="it", **filters)
    return (pages.child_of(parent) if parent else pages).first()


def demo_urls():
    """One URL of every public page type of the seeded demo, in Italian."""
    urls = {"home": child(HomePage).url, "content": child(ContentPage).url}
    for name, index_model in [
        ("attraction", AttractionIndexPage),
        ("activity", ActivityIndexPage),
        ("service", ServiceIndexPage),
    ]:
        index = child(index_model)
        urls[f"{name} index"] = index.url
        with translation.override("it"):
            urls[f"{name} category"] = index.category_url(None, index.place_model.CATEGORIES[0][0])
        urls[name] = child(index.place_model, index).url
    space = child(CoworkingSpacePage)
    events = child(EventIndexPage)
    event = child(EventPage, events)
    stays = child(AccommodationIndexPage)
    listing = stays.listing_model.objects.visible().filter(locale=stays.locale).first()
    with translation.override("it"):
        search = reverse("search")
    return urls | {
        "connectivity": child(ConnectivityPage).url,
        "co-working index": child(CoworkingIndexPage).url,
        "co-working space": space.url,
        "booking form": space.url + "book/",
        "event index": events.url,
        "events ical": events.url + "ical/",
        "event": event.url,
        "event ics": event.url + "ics/",
        "questionnaire": child(QuestionnairePage).url,
        "stays": stays.url,
        "homes": child(RealEstateIndexPage).url,
        "listing": stays.listing_url(listing),
        "search": search,
        "landing": child(LandingPage).url,
        "sitemap index": "/sitemap.xml",
        "sitemap": "/sitemap-it.xml",
    }


def demo_forms():
    """Page kind -> the fields its public POST form reads."""
    landing = child(LandingPage)
    questionnaire = child(QuestionnairePage)
    return {
        "listing": ["name", "email", "arrival", "departure", "message", "consent", "website"],
        "booking form": BOOKING + ["phone", "organisation", "website", "submission_key"],
        "questionnaire": [f.clean_name for f in questionnaire.form_fields.all()]
        + [FORM_PAGE_FIELD],
        "landing": [f.clean_name for f in landing.form_fields.all()] + [FORM_PAGE_FIELD],
    }


def bookable_slot():
    """The first free slot of the demo's co-working space, as its booking links give it."""
    space = child(CoworkingSpacePage)
    return next(
        {"resource": table.resource.pk, "date": str(day), "start": f"{cell.start:%H:%M}"}
        for table in availability(space, list(space.resources.all()))
        for day, cells in table.rows
        for cell in cells
        if cell.bookable
    )


@pytest.fixture(scope="module")
def demo(seeded_demo, django_db_blocker):
    with django_db_blocker.unblock():
        return SimpleNamespace(urls=demo_urls(), forms=demo_forms(), slot=bookable_slot())


def check(response, statuses=OK_STATUSES):
    assert response.status_code in statuses, response.status_code
    assert HOSTILE not in response.content.decode(errors="replace")
    assert set(response.cookies) <= {"csrftoken"}, response.cookies


def test_every_page_type_is_covered(demo, db):
    assert set(demo.urls) == set(PAGES)
    for kind, url in demo.urls.items():
        query = demo.slot if kind == "booking form" else {}
        assert Client().get(url, query).status_code == 200, url


@pytest.mark.parametrize("kind", PAGES)
def test_every_parameter_at_once_with_markup(demo, db, kind):
    check(Client().get(demo.urls[kind], {name: HOSTILE for name in PAGES[kind] + CAMPAIGN}))


@pytest.mark.page_cache  # as in production: hostile URLs go through the page cache too
@pytest.mark.filterwarnings("error::django.core.cache.backends.base.CacheKeyWarning")
@pytest.mark.parametrize("kind", PAGES)
@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_hostile_query_strings(demo, db, kind, data):
    # The booking form is reached with a valid slot: fuzz on top of it too, to get past it.
    valid = demo.slot if kind == "booking form" and data.draw(st.booleans()) else {}
    check(Client().get(demo.urls[kind], valid | data.draw(query_strings(PAGES[kind]))))


def post_data(fields, slot):
    """Hostile values for the form's fields, sometimes on top of a valid booking slot."""
    fuzzed = st.dictionaries(st.sampled_from(fields), st.lists(values, min_size=1, max_size=2))
    return st.builds(lambda base, data: {**base, **data}, st.sampled_from([{}, slot]), fuzzed)


@pytest.mark.parametrize("kind", ["listing", "booking form", "questionnaire", "landing"])
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_hostile_form_posts(demo, db, kind, data):
    for alias in ("default", "ratelimit"):  # every example starts below the rate limit
        caches[alias].clear()
    posted = data.draw(post_data(demo.forms[kind], demo.slot))
    check(Client().post(demo.urls[kind], posted), FORM_STATUSES)
