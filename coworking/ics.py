"""iCalendar files (RFC 5545) for reservations and staff feeds, built with `icalendar`.

Times are written in the site's time zone (Europe/Rome) with its VTIMEZONE, so a calendar
shows them right on either side of a change of the clocks, in any calendar program.
"""

from email.utils import parseaddr

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

from .models import ReservationStatus

PRODUCT_ID = "-//Borgo//Co-working//IT"


def new_calendar(name=None):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def calendar_bytes(calendar):
    """The calendar as text, with a VTIMEZONE for every time zone its events use."""
    calendar.add_missing_timezones()
    return calendar.to_ical()


def local(moment):
    """An aware moment in the site's time zone (stored times come back from the DB in UTC)."""
    return timezone.localtime(moment)


def event_status(reservation):
    """RFC 5545 STATUS: a booking still waiting for staff approval is only tentative."""
    if not reservation.is_active:
        return "CANCELLED"
    return "TENTATIVE" if reservation.status == ReservationStatus.PENDING else "CONFIRMED"


def reservation_event(reservation, summary, location="", description=""):
    """The booking as a VEVENT: one UID for its whole life, SEQUENCE raised by each change."""
    event = Event()
    event.add("uid", f"reservation-{reservation.public_id}@borgo")
    event.add("sequence", reservation.sequence)
    event.add("summary", summary)
    event.add("dtstart", local(reservation.start))
    event.add("dtend", local(reservation.end))
    event.add("dtstamp", timezone.now())
    event.add("status", event_status(reservation))
    if location:
        event.add("location", vText(location))
    if description:
        event.add("description", description)
    return event


def reservation_ics(reservation, summary, location="", description=""):
    """The .ics file attached to an e-mail about a booking, and its iTIP METHOD."""
    return reservations_ics([reservation], summary, location, description)


def reservations_ics(reservations, summary, location="", description=""):
    """The .ics file of one booking or of a desk pass's days (one event each), and its METHOD.

    PUBLISH while the booking stands (a new SEQUENCE updates the copy already in the
    visitor's calendar); CANCEL once it is cancelled, with the organiser and attendee that
    RFC 5546 requires of a cancellation, so calendar programs remove the events.
    """
    method = "PUBLISH" if reservations[0].is_active else "CANCEL"
    calendar = new_calendar()
    calendar.add("method", method)
    organizer = vCalAddress(f"mailto:{sender_address()}")
    organizer.params["cn"] = vText(settings.WAGTAIL_SITE_NAME)
    for reservation in reservations:
        event = reservation_event(reservation, summary, location, description)
        event.add("organizer", organizer)
        event.add("attendee", attendee(reservation))
        calendar.add_component(event)
    return method, calendar_bytes(calendar)


def attach_ics(message, filename, reservations, summary, location="", description=""):
    """Attach the reservations' .ics file (reservations_ics) to an e-mail as `filename`."""
    method, content = reservations_ics(reservations, summary, location, description)
    message.attach(filename, content, f"text/calendar; charset=utf-8; method={method}")


def sender_address():
    """The bare address of DEFAULT_FROM_EMAIL ("Borgo <noreply@x>" → "noreply@x")."""
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1]


def attendee(reservation):
    address = vCalAddress(f"mailto:{reservation.email}")
    address.params["cn"] = vText(reservation.name)
    return address


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
    return calendar_bytes(calendar)


def admin_url(reservation):
    return settings.WAGTAILADMIN_BASE_URL + reverse(
        "wagtailsnippets_coworking_reservation:edit", args=[reservation.pk]
    )
