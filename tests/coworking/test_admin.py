"""Staff manage reservations in the Wagtail admin: list, filter, search, export, approve, cancel."""

import re
from datetime import time, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from coworking.availability import at
from coworking.booking import reserve
from coworking.cancellation import reservation_for_token
from coworking.ics import reservation_ics
from coworking.models import Reservation, ReservationStatus

LIST_URL = "wagtailsnippets_coworking_reservation:list"


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def bookings(space, room, desks):
    start = at(timezone.localdate() + timedelta(days=2), time(10))
    pending = reserve(
        room,
        space,
        start,
        60,
        {"name": "Sara Neri", "email": "s@example.org", "purpose": "Riunione"},
        "it",
    )
    confirmed = reserve(
        desks,
        space,
        start,
        60,
        {"name": "Luca Verdi", "email": "l@example.org", "purpose": "Lavoro"},
        "en",
    )
    return pending, confirmed


@pytest.mark.django_db
def test_listing_filters_and_search(staff_client, bookings, space):
    url = reverse(LIST_URL)
    html = staff_client.get(url).content.decode()
    assert "Sara Neri" in html and "Luca Verdi" in html
    html = staff_client.get(url, {"status": "pending"}).content.decode()
    assert "Sara Neri" in html and "Luca Verdi" not in html
    html = staff_client.get(url, {"q": "Verdi"}).content.decode()
    assert "Luca Verdi" in html and "Sara Neri" not in html
    html = staff_client.get(url, {"space": space.pk}).content.decode()
    assert "Luca Verdi" in html


@pytest.mark.django_db
def test_csv_export(staff_client, bookings):
    response = staff_client.get(reverse(LIST_URL), {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    header, *rows = content.strip().splitlines()
    assert "E-mail" in header or "e-mail" in header.lower()
    assert len(rows) == 2 and any("l@example.org" in row for row in rows)


@pytest.mark.django_db
def test_xlsx_export(staff_client, bookings):
    response = staff_client.get(reverse(LIST_URL), {"export": "xlsx"})
    assert response.status_code == 200
    assert "spreadsheet" in response["Content-Type"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("action", "expected"), [("approve", "confirmed"), ("cancel", "cancelled")]
)
def test_bulk_actions(staff_client, bookings, action, expected):
    pending, _confirmed = bookings
    url = reverse("wagtail_bulk_action", args=["coworking", "reservation", action])
    response = staff_client.post(f"{url}?id={pending.pk}", {})
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == expected
    assert pending.slots.exists() == (expected != ReservationStatus.CANCELLED)


@pytest.mark.django_db
def test_edit_view_cancels_and_frees_the_seat(staff_client, bookings):
    pending, _confirmed = bookings
    url = reverse("wagtailsnippets_coworking_reservation:edit", args=[pending.pk])
    assert staff_client.get(url).status_code == 200
    response = staff_client.post(
        url, {"status": "cancelled", "staff_notes": "Sala in manutenzione"}
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == "cancelled" and not pending.slots.exists()
    response = staff_client.post(url, {"status": "confirmed", "staff_notes": ""})
    assert response.status_code == 200  # refused with an error
    pending.refresh_from_db()
    assert pending.status == "cancelled"


@pytest.mark.django_db
def test_reservations_cannot_be_added_in_the_admin(staff_client, bookings):
    add_url = reverse("wagtailsnippets_coworking_reservation:add")
    assert add_url not in staff_client.get(reverse(LIST_URL)).content.decode()
    assert staff_client.get(add_url).status_code in (302, 403)
    response = staff_client.post(add_url, {"status": "confirmed", "staff_notes": ""})
    assert response.status_code in (302, 403)
    assert Reservation.objects.count() == 2


@pytest.mark.django_db
def test_approving_mails_the_visitor_in_their_language(staff_client, space, room):
    pending = reserve(
        room,
        space,
        at(timezone.localdate() + timedelta(days=3), time(10)),
        60,
        {"name": "Jane Doe", "email": "jane@example.org", "purpose": "Meeting"},
        "en",
    )
    url = reverse("wagtail_bulk_action", args=["coworking", "reservation", "approve"])
    staff_client.post(f"{url}?id={pending.pk}", {})
    (message,) = mail.outbox
    assert message.to == ["jane@example.org"]
    assert message.subject.startswith("Booking confirmed: Sala riunioni")
    assert message.body.startswith("Hello,\n") and "Jane Doe" not in message.body
    assert "staff have approved your booking" in message.body
    # The link carries a token signed for this booking (signed when the mail was written).
    token = re.search(rf"{re.escape(space.url)}annulla/([^/\s]+)/", message.body).group(1)
    assert reservation_for_token(token) == pending


@pytest.mark.django_db
def test_cancelling_in_the_edit_view_mails_the_visitor(staff_client, bookings):
    pending, _confirmed = bookings  # booked in Italian
    url = reverse("wagtailsnippets_coworking_reservation:edit", args=[pending.pk])
    staff_client.post(url, {"status": "cancelled", "staff_notes": ""})
    (message,) = mail.outbox
    assert message.to == ["s@example.org"]
    assert message.subject.startswith("Prenotazione annullata")
    assert "annulla/" not in message.body  # nothing left to cancel
    staff_client.post(url, {"status": "cancelled", "staff_notes": "Nota"})
    assert len(mail.outbox) == 1  # saving without a status change tells nobody


@pytest.mark.django_db
def test_a_pending_booking_is_tentative_in_calendars(client, space, room, bookings):
    pending, confirmed = bookings
    attachment = Calendar.from_ical(reservation_ics(pending, "Sala")[1])
    assert attachment.walk("VEVENT")[0]["STATUS"] == "TENTATIVE"
    confirmed_event = Calendar.from_ical(reservation_ics(confirmed, "Desk")[1]).walk("VEVENT")[0]
    assert confirmed_event["STATUS"] == "CONFIRMED"
    feed = client.get(f"{space.url}calendar/{room.calendar_token}/")
    (event,) = Calendar.from_ical(feed.content).walk("VEVENT")
    assert event["STATUS"] == "TENTATIVE"
