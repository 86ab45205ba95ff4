"""iCal files of events: one per event, and a feed of all of them.

Times are in Europe/Rome with its VTIMEZONE; the LOCATION names the space in the feed's language.
Both are registered for their page types (borgo.page_views), whose routes call them by name.
"""

from datetime import timedelta

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Event

from borgo.page_views import serves
from borgo.public_urls import absolute

from .ics import calendar_bytes, local, new_calendar
from .models import EventIndexPage, EventPage
from .models.events import localize_spaces

FEED_PAST_DAYS = 90


def event_component(event):
    component = Event()
    component.add("uid", f"event-{event.translation_key}-{event.locale.language_code}@borgo")
    component.add("summary", event.title)
    component.add("dtstart", local(event.start))
    component.add("dtend", local(event.end))
    component.add("dtstamp", event.last_published_at or timezone.now())
    component.add("description", event.summary)
    component.add("url", absolute(event.url))
    place = event.place
    location = ", ".join(p for p in (event.place_name, place.address, place.locality) if p)
    if location:
        component.add("location", location)
    if place.has_coordinates:
        component.add("geo", (float(place.latitude), float(place.longitude)))
    return component


def _calendar_response(calendar, filename):
    response = HttpResponse(calendar_bytes(calendar), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@serves(EventPage, "ics")
def event_ics(event, request):
    calendar = new_calendar()
    localize_spaces([event])
    calendar.add_component(event_component(event))
    return _calendar_response(calendar, f"{event.slug}.ics")


@serves(EventIndexPage, "feed")
def events_feed(index, request):
    since = timezone.now() - timedelta(days=FEED_PAST_DAYS)
    events = (
        EventPage.objects.child_of(index)
        .live()
        .filter(end__gte=since)
        .select_related("space", "locale")
        .order_by("start")
    )
    calendar = new_calendar(index.title)
    # The space's name in the feed's language (translated events point at the source space).
    for event in localize_spaces(list(events)):
        calendar.add_component(event_component(event))
    return _calendar_response(calendar, "events.ics")
