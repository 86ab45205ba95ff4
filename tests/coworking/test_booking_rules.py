"""Every booking rule, with a fixed 'now' (Monday 7 January 2030, 09:00 in Rome)."""

from datetime import date, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from coworking.availability import at
from coworking.booking import BookingError, ResourceFull, booked_slots, reserve
from coworking.models import Reservation, ReservationSlot, ReservationStatus

from .conftest import make_space

MONDAY = date(2030, 1, 7)
NOW = at(MONDAY, time(9))
CONTACT = {"name": "Anna", "email": "anna@example.org", "purpose": "Lavoro"}


def book(resource, space, start, minutes=60):
    return reserve(resource, space, start, minutes, CONTACT, "it", now=NOW)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("start", "minutes", "message"),
    [
        (at(MONDAY, time(8)), 60, "already passed"),
        (at(MONDAY + timedelta(days=15), time(10)), 60, "at most 14 days ahead"),
        (at(MONDAY, time(10)), 300, "longest booking is 240 minutes"),
        (at(MONDAY, time(10)), 30, "shortest booking is 60 minutes"),
        (at(MONDAY, time(19)), 120, "closed at that time"),
        (at(MONDAY + timedelta(days=1), time(7)), 60, "closed at that time"),
    ],
)
def test_rules_refuse_with_a_clear_message(space, desks, start, minutes, message):
    with translation.override("en"), pytest.raises(BookingError, match=message):
        booked_slots(desks, space, start, minutes, now=NOW)


@pytest.mark.django_db
def test_lead_time_of_the_meeting_room(space, room):
    with translation.override("en"), pytest.raises(BookingError, match="24 hours in advance"):
        booked_slots(room, space, at(MONDAY, time(15)), 60, now=NOW)
    assert (
        len(booked_slots(room, space, at(MONDAY + timedelta(days=1), time(10)), 120, now=NOW)) == 2
    )


@pytest.mark.django_db
def test_closed_days(coworking_index):
    weekdays = (["Mo", "Tu", "We", "Th", "Fr"], time(9), time(18))
    frantoio = make_space(
        coworking_index,
        slug="frantoio",
        hours=[weekdays],
        resources=[{"name": "Desks", "seats": 2}],
    )
    resource = frantoio.resources.get()
    saturday = at(MONDAY + timedelta(days=5), time(10))
    with translation.override("en"), pytest.raises(BookingError, match="closed on that day"):
        booked_slots(resource, frantoio, saturday, 60, now=NOW)


@pytest.mark.django_db
def test_messages_are_in_the_visitors_language(space, desks):
    with translation.override("de"), pytest.raises(BookingError) as error:
        booked_slots(desks, space, at(MONDAY, time(8)), 60, now=NOW)
    assert "bereits vorbei" in str(error.value)


@pytest.mark.django_db
def test_slots_and_seats_are_stored(space, desks):
    reservation = book(desks, space, at(MONDAY, time(10)), 180)
    assert reservation.status == ReservationStatus.CONFIRMED
    assert reservation.end - reservation.start == timedelta(hours=3)
    assert ReservationSlot.objects.filter(reservation=reservation).count() == 3


@pytest.mark.django_db
def test_a_full_desk_zone_refuses_and_a_seat_is_kept_for_the_whole_booking(space, desks):
    # Seat 1 is taken 10-11 only: a 10-12 booking cannot take seat 1, even though it is free at 11.
    first = book(desks, space, at(MONDAY, time(10)))
    second = book(desks, space, at(MONDAY, time(10)), 120)
    assert (first.seat, second.seat) == (1, 2)
    book(desks, space, at(MONDAY, time(10)))
    with translation.override("en"), pytest.raises(ResourceFull, match="No seat is free"):
        book(desks, space, at(MONDAY, time(10)))
    assert book(desks, space, at(MONDAY, time(11))).seat == 1
    assert Reservation.objects.count() == 4


@pytest.mark.django_db
def test_rooms_are_booked_whole_and_need_approval(space, room):
    tuesday = at(MONDAY + timedelta(days=1), time(10))
    reservation = book(room, space, tuesday)
    assert reservation.status == ReservationStatus.PENDING
    with pytest.raises(ResourceFull):
        book(room, space, tuesday)


@pytest.mark.django_db
def test_cancelling_frees_the_seat_and_cannot_be_undone(space, room):
    tuesday = at(MONDAY + timedelta(days=1), time(10))
    reservation = book(room, space, tuesday)
    reservation.cancel()
    assert not reservation.slots.exists()
    assert book(room, space, tuesday).seat == 1
    reservation.status = ReservationStatus.CONFIRMED
    with translation.override("en"), pytest.raises(ValidationError, match="cannot be reopened"):
        reservation.full_clean()
