"""iCalendar files (RFC 5545) for reservations and staff feeds, built with `icalendar`."""

from django.conf import settings
from django.urls import reverse
from icalendar import Calendar, Event, vText

from .models import ReservationStatus

PRODUCT_ID = "-//Borgo//Co-working//IT"


def new_calendar(name=None):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def event_status(reservation):
    """RFC 5545 STATUS: a booking still waiting for staff approval is only tentative."""
    if not reservation.is_active:
        return "CANCELLED"
    return "TENTATIVE" if reservation.status == ReservationStatus.PENDING else "CONFIRMED"


def reservation_event(reservation, summary, location="", description=""):
    event = Event()
    event.add("uid", f"reservation-{reservation.public_id}@borgo")
    event.add("summary", summary)
    event.add("dtstart", reservation.start)
    event.add("dtend", reservation.end)
    event.add("dtstamp", reservation.created_at)
    event.add("status", event_status(reservation))
    if location:
        event.add("location", vText(location))
    if description:
        event.add("description", description)
    return event


def reservation_ics(reservation, summary, location="", description=""):
    """The .ics file attached to a confirmation e-mail."""
    calendar = new_calendar()
    calendar.add("method", "PUBLISH")
    calendar.add_component(reservation_event(reservation, summary, location, description))
    return calendar.to_ical()


def staff_feed(resource, reservations):
    """A subscription feed of a resource's bookings for staff calendars (README, co-working).

    Whoever has the address reads it, and calendar apps copy it to other servers, so it carries
    only what planning the room needs: the booker's first name and the booking's number, with
    a link to the reservation in the admin, where signed-in staff see the contacts."""
    calendar = new_calendar(str(resource))
    for reservation in reservations:
        first_name = reservation.name.split()[0] if reservation.name.split() else ""
        event = reservation_event(reservation, f"{first_name} · #{reservation.pk}".strip(" ·"))
        event.add("url", admin_url(reservation))
        calendar.add_component(event)
    return calendar.to_ical()


def admin_url(reservation):
    return settings.WAGTAILADMIN_BASE_URL + reverse(
        "wagtailsnippets_coworking_reservation:edit", args=[reservation.pk]
    )
