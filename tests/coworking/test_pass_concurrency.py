"""Passes and slot bookings racing for the same seats never sell one twice.

Runs against PostgreSQL, like test_concurrency: DATABASE_URL=postgres://postgres@127.0.0.1:5432/
borgo_passes pytest tests/coworking/test_pass_concurrency.py
"""

from datetime import time, timedelta

import pytest
from django.utils import timezone

from coworking.availability import at
from coworking.booking import reserve
from coworking.models import PassBooking, Reservation, ReservationSlot
from coworking.passes import book_pass

from .test_concurrency import THREADS, at_once, require_postgresql


@pytest.fixture(autouse=True)
def _postgresql():
    require_postgresql()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_passes_and_slots_share_the_free_seats(coworking_index):
    from .conftest import DESKS, make_space

    space = make_space(coworking_index, slug="gara", resources=[DESKS])  # 3 desks
    desks = space.resources.get()
    week = space.desk_passes.get(length_days=7)
    start = timezone.localdate() + timedelta(days=1)
    third_day = at(start + timedelta(days=2), time(10))

    def a_pass(n):
        return lambda: book_pass(
            week, start, name=f"P{n}", email=f"p{n}@example.org", language="it"
        )

    def a_slot(n):
        contact = {"name": f"S{n}", "email": f"s{n}@example.org", "purpose": "x"}
        return lambda: reserve(desks, space, third_day, 120, contact, "it")

    attempts = [a_pass(n) if n % 2 else a_slot(n) for n in range(THREADS)]
    outcomes = at_once(attempts)

    assert sorted(outcomes) == ["full"] * (THREADS - desks.units) + ["ok"] * desks.units
    seats = ReservationSlot.objects.values_list("resource", "slot_start", "seat")
    assert len(seats) == len(set(seats))
    passes = PassBooking.objects.count()
    slots = Reservation.objects.filter(pass_booking=None).count()
    assert passes + slots == desks.units
    assert Reservation.objects.filter(pass_booking__isnull=False).count() == 7 * passes
