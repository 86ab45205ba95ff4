"""iCalendar files (RFC 5545) for reservations and staff feeds, built with `icalendar`."""

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
    """A subscription feed of a resource's bookings, with the visitors' contacts for staff."""
    calendar = new_calendar(str(resource))
    for reservation in reservations:
        event = reservation_event(
            reservation,
            f"{reservation.name} ({reservation.get_status_display()})",
            description=f"{reservation.purpose}\n{reservation.email} {reservation.phone}".strip(),
        )
        attendee = vCalAddress(f"mailto:{reservation.email}")
        attendee.params["cn"] = vText(reservation.name)
        event.add("attendee", attendee)
        calendar.add_component(event)
    return calendar.to_ical()
