"""Events: upcoming list, past pages kept, JSON-LD, .ics per event and the feed, home section."""

import re
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar
from wagtail.test.utils import WagtailPageTestCase

from borgo.models import HomePage
from coworking.models import EventIndexPage, EventPage
from coworking.models.events import localize_spaces
from tests.conftest import publish_translation
from tests.factories import ImageFactory
from tests.json_ld import described_thing


def add_event(index, title, days, space=None, **fields):
    start = timezone.now().replace(microsecond=0) + timedelta(days=days)
    event = index.add_child(
        instance=EventPage(
            title=title,
            slug=re.sub(r"\W+", "-", title.lower()),
            start=start,
            end=start + timedelta(hours=2),
            summary=f"Descrizione di {title}",
            space=space,
            venue_name="" if space else "Sala consiliare",
            address="" if space else "Piazza del Municipio 1",
            locality="" if space else "Castelmora",
            **fields,
        )
    )
    event.save_revision().publish()
    return event


@pytest.fixture
def municipality(municipality):
    """The municipality with its sharing picture, the image of events without their own."""
    municipality.social_image = ImageFactory()
    municipality.save()
    return municipality


@pytest.fixture
def events_index(homes):
    index = homes["it"].add_child(instance=EventIndexPage(title="Eventi", slug="eventi"))
    index.save_revision().publish()
    return index


class TestTree(WagtailPageTestCase):
    def test_parents(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})


@pytest.mark.django_db
def test_index_lists_upcoming_only_and_past_pages_stay(client, events_index):
    add_event(events_index, "Corso digitale", 5)
    past = add_event(events_index, "Festa passata", -10)
    html = client.get(events_index.url).content.decode()
    assert "Corso digitale" in html and "Festa passata" not in html
    response = client.get(past.url)
    assert response.status_code == 200
    assert "già svolto" in response.content.decode()


@pytest.mark.django_db
def test_event_json_ld(client, events_index, space, municipality):
    event = add_event(
        events_index,
        "Meetup",
        3,
        space=space,
        capacity=30,
        kind="meetup",
        registration_url="https://example.org/iscrizione",
    )
    html = client.get(event.url).content.decode()
    data = described_thing(html)
    assert data["@type"] == "Event"
    assert data["location"]["name"] == "Ex Scuola Elementare"
    assert data["location"]["geo"]["latitude"] == "40.187300"
    assert data["organizer"]["name"] == "Comune di Castelmora"
    assert data["organizer"]["url"].startswith("http") and data["organizer"]["url"].endswith("/it/")
    assert data["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
    assert data["eventStatus"].endswith("EventScheduled")
    assert data["offers"]["url"] == "https://example.org/iscrizione"
    assert data["maximumAttendeeCapacity"] == 30
    assert_complete_event(data)
    assert data["offers"]["price"] == "0.00" and data["isAccessibleForFree"] is True


EVENT_PROPERTIES = {"image", "organizer", "offers", "eventAttendanceMode", "eventStatus"}


def assert_complete_event(data):
    """What search engines ask of every Event (see issue 14)."""
    assert EVENT_PROPERTIES <= set(data)
    assert data["image"] and data["organizer"]["url"]
    offer = data["offers"]
    assert {"price", "priceCurrency", "availability"} <= set(offer)
    assert offer["priceCurrency"] == "EUR" and offer["availability"].startswith("https://schema")
    latitude = data["location"].get("geo", {}).get("latitude", "0.00000")
    assert len(str(latitude).split(".")[1]) >= 5


@pytest.mark.django_db
def test_a_paid_course_offers_its_price(client, events_index, space, municipality):
    course = add_event(events_index, "Corso", 4, space=space, kind="course", price="25.00")
    data = described_thing(client.get(course.url).content.decode())
    assert data["@type"] == "EducationEvent"
    assert_complete_event(data)
    assert data["offers"]["price"] == "25.00" and data["isAccessibleForFree"] is False
    assert data["offers"]["url"] == data["url"]


@pytest.mark.django_db
def test_an_event_needs_a_space_or_an_address(events_index):
    start = timezone.now() + timedelta(days=3)
    event = EventPage(
        title="Senza luogo", start=start, end=start + timedelta(hours=1), summary="Dove?"
    )
    with pytest.raises(ValidationError) as error:
        events_index.add_child(instance=event)
    assert "address" in error.value.message_dict


@pytest.mark.django_db
def test_ics_per_event_and_feed(client, events_index):
    event = add_event(events_index, "Corso digitale", 5)
    add_event(events_index, "Camminata", 9)
    response = client.get(event.url + "ics/")
    assert response["Content-Type"].startswith("text/calendar")
    (component,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(component["summary"]) == "Corso digitale"
    assert component.decoded("dtstart") == event.start
    assert "Sala consiliare" in str(component["location"])
    feed = Calendar.from_ical(client.get(events_index.url + "ical/").content)
    assert sorted(str(e["summary"]) for e in feed.walk("VEVENT")) == ["Camminata", "Corso digitale"]
    for calendar in (Calendar.from_ical(response.content), feed):
        assert calendar.get_missing_tzids() == set()
        assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Rome"]


@pytest.mark.django_db
def test_the_feed_offers_a_subscription_on_the_public_host(client, events_index, settings):
    settings.BASE_URL = "https://www.castelmora.example"
    html = client.get(events_index.url).content.decode()
    assert f'href="webcal://www.castelmora.example{events_index.url}ical/"' in html
    assert f'href="{events_index.url}ical/" download' in html


@pytest.mark.django_db
def test_the_german_feed_names_the_space_in_german(client, events_index, space, homes):
    from coworking.models import CoworkingIndexPage

    add_event(events_index, "Meetup", 3, space=space)
    publish_translation(CoworkingIndexPage.objects.get(), "de", slug="coworking-de")
    publish_translation(space, "de", slug="alte-schule", title="Alte Grundschule")
    german_index = publish_translation(events_index, "de", slug="veranstaltungen")
    publish_translation(EventPage.objects.get(), "de", slug="meetup")
    for url in (
        german_index.url + "ical/",
        EventPage.objects.get(slug="meetup", locale__language_code="de").url + "ics/",
    ):
        (event,) = Calendar.from_ical(client.get(url).content).walk("VEVENT")
        assert str(event["location"]).startswith("Alte Grundschule, Via Roma 12")


@pytest.mark.django_db
def test_events_shown_in_the_language_of_their_space_link_it_without_a_query(
    events_index, space, django_assert_num_queries
):
    add_event(events_index, "Meetup", 3, space=space)
    event = EventPage.objects.select_related("space").get()
    with django_assert_num_queries(0):
        localize_spaces([event], shown=events_index)
    assert event.localized_space == space


@pytest.mark.django_db
def test_home_shows_next_three_events(client, homes, events_index):
    for n in range(5):
        add_event(events_index, f"Evento {n}", n + 1)
    html = client.get("/it/").content.decode()
    assert "Evento 0" in html and "Evento 2" in html and "Evento 3" not in html


@pytest.mark.django_db
def test_index_query_count_is_constant(client, events_index, space):
    def count():
        client.get(events_index.url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(events_index.url).status_code == 200
        return len(queries)

    add_event(events_index, "Uno", 2, space=space)
    few = count()
    for n in range(8):
        add_event(events_index, f"Altro {n}", n + 3, space=space if n % 2 else None)
    assert count() == few <= 15


@pytest.mark.django_db
def test_the_calendar_links_the_event_on_the_public_address(client, events_index, settings):
    settings.BASE_URL = "https://www.castelmora.example"
    event = add_event(events_index, "Corso digitale", 2)
    response = client.get(event.url + "ics/", HTTP_HOST="127.0.0.1")
    (component,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(component["url"]) == f"https://www.castelmora.example{event.url}"
