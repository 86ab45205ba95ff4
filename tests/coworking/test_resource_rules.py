"""Booking rules of a resource's own: durations, its bookable hours, and the editor's checks."""

from datetime import date, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from coworking.availability import at
from coworking.booking import BookingError, booked_slots, reserve

from .conftest import DESKS, make_space

MONDAY = date(2030, 1, 7)
NOW = at(MONDAY, time(9))

pytestmark = pytest.mark.django_db


def refused(resource, space, start, minutes):
    with translation.override("en"), pytest.raises(BookingError) as error:
        booked_slots(resource, space, start, minutes, now=NOW)
    return str(error.value)


def test_a_duration_off_the_slot_grid_is_refused(space, desks):
    assert "multiple of 60 minutes" in refused(desks, space, at(MONDAY, time(10)), 90)


def test_the_resources_own_hours_narrow_the_spaces(coworking_index):
    space = make_space(
        coworking_index, resources=[{**DESKS, "opens": time(10), "closes": time(16)}]
    )  # the space itself is open 8–20
    desks = space.resources.get()
    tuesday = MONDAY + timedelta(days=1)
    assert "closed at that time" in refused(desks, space, at(tuesday, time(9)), 60)
    assert "closed at that time" in refused(desks, space, at(tuesday, time(15)), 120)
    assert len(booked_slots(desks, space, at(tuesday, time(10)), 240, now=NOW)) == 4


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"min_minutes": 240, "max_minutes": 120}, "max_minutes"),
        ({"min_minutes": 90}, "min_minutes"),
        ({"max_minutes": 150}, "max_minutes"),
        ({"opens": time(18), "closes": time(9)}, "closes"),
    ],
)
def test_the_editor_is_told_about_inconsistent_rules(desks, fields, field_in_error):
    for name, value in fields.items():
        setattr(desks, name, value)
    with pytest.raises(ValidationError) as error:
        desks.clean()
    assert field_in_error in error.value.message_dict


@pytest.mark.parametrize(
    ("name", "value"),
    [("slot_minutes", 30), ("opens", time(8, 30)), ("closes", time(18))],
)
def test_the_slot_grid_is_kept_while_future_bookings_exist(space, desks, name, value):
    contact = {"name": "Anna", "email": "anna@example.org", "purpose": "Lavoro"}
    booking = reserve(desks, space, at(MONDAY, time(10)), 60, contact, "it", now=NOW)
    setattr(desks, name, value)
    with pytest.raises(ValidationError) as error:
        desks.clean()
    assert "prenotazioni future" in error.value.message_dict[name][0]  # the editor's language
    booking.cancel()
    desks.clean()  # nothing booked any more: the editor may change the grid


def test_other_fields_change_freely_despite_bookings(space, desks):
    contact = {"name": "Anna", "email": "anna@example.org", "purpose": "Lavoro"}
    reserve(desks, space, at(MONDAY, time(10)), 60, contact, "it", now=NOW)
    desks.name, desks.max_minutes = "Sala grande", 180
    desks.clean()
