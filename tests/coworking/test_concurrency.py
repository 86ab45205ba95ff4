"""No seat is ever sold twice, even when many requests for the last seats arrive at once.

Runs against PostgreSQL (each thread has its own connection and transaction):
DATABASE_URL=postgres://postgres@127.0.0.1:5432/borgo_coworking pytest tests/coworking
"""

import os
import threading
import uuid
from datetime import time, timedelta

import pytest
from django.db import connection, connections
from django.utils import timezone

from coworking.availability import at
from coworking.booking import AlreadyBooked, ResourceFull, reserve
from coworking.models import Reservation, ReservationSlot


def require_postgresql(vendor=None, environ=os.environ):
    """Skip without PostgreSQL on a developer's machine, but fail on CI (CI=true).

    A CI run on SQLite would otherwise pass with the overbooking guarantee never tested.
    """
    if (vendor or connection.vendor) == "postgresql":
        return
    reason = "needs PostgreSQL: SQLite serialises all writes, so it cannot show the race"
    if environ.get("CI") == "true":
        pytest.fail(f"{reason}. Set DATABASE_URL to a PostgreSQL database on CI.")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _postgresql():
    require_postgresql()


THREADS = 12


def race(resource, space, start, minutes, submission_key=None):
    """Start THREADS bookings at the same instant; return their outcomes (see at_once).

    With a `submission_key`, every thread sends the same form (a double click, retries).
    """

    def booking(n):
        contact = {"name": f"Visitor {n}", "email": f"v{n}@example.org", "purpose": "x"}
        return lambda: reserve(
            resource, space, start, minutes, contact, "it", submission_key=submission_key
        )

    return at_once([booking(n) for n in range(THREADS)])


def at_once(attempts):
    """Run the callables in threads released at the same instant, each with its own database
    connection; their outcomes: "ok", "full", "repeat" or the unexpected error."""
    barrier = threading.Barrier(len(attempts))
    outcomes = []
    lock = threading.Lock()

    def attempt(book):
        try:
            barrier.wait()
            book()
            outcome = "ok"
        except ResourceFull:
            outcome = "full"
        except AlreadyBooked:
            outcome = "repeat"
        except Exception as error:  # anything else is a failure of the guarantee
            outcome = repr(error)
        finally:
            connections.close_all()
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=attempt, args=(book,)) for book in attempts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("already_booked", [0, 2])
def test_exactly_the_free_seats_are_sold(coworking_index, already_booked):
    from .conftest import DESKS, make_space

    space = make_space(coworking_index, resources=[DESKS])  # 3 desks
    desks = space.resources.get()
    start = at(timezone.localdate() + timedelta(days=1), time(10))
    contact = {"name": "Early", "email": "early@example.org", "purpose": "x"}
    for _ in range(already_booked):
        reserve(desks, space, start, 60, contact, "it")

    outcomes = race(desks, space, start, 120)

    free = desks.units - already_booked
    assert sorted(outcomes) == ["full"] * (THREADS - free) + ["ok"] * free
    seats = ReservationSlot.objects.filter(resource=desks).values_list("slot_start", "seat")
    assert len(seats) == len(set(seats))
    assert Reservation.objects.count() == already_booked + free


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_meeting_room_goes_to_one_request(coworking_index):
    from .conftest import ROOM, make_space

    space = make_space(coworking_index, slug="sala", resources=[ROOM])
    room = space.resources.get()
    start = at(timezone.localdate() + timedelta(days=2), time(15))
    assert sorted(race(room, space, start, 60)) == ["full"] * (THREADS - 1) + ["ok"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_form_sent_at_once_books_once(coworking_index):
    from .conftest import DESKS, make_space

    space = make_space(coworking_index, slug="doppio", resources=[DESKS])  # 3 desks
    desks = space.resources.get()
    start = at(timezone.localdate() + timedelta(days=1), time(11))
    outcomes = race(desks, space, start, 60, submission_key=uuid.uuid4())
    assert sorted(outcomes) == ["ok"] + ["repeat"] * (THREADS - 1)
    assert Reservation.objects.count() == 1 and ReservationSlot.objects.count() == 1
