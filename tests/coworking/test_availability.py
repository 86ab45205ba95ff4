from datetime import date, time, timedelta

import pytest

from coworking.availability import at, availability, slot_times
from coworking.booking import reserve

MONDAY = date(2030, 1, 7)
NOW = at(MONDAY, time(9, 30))


@pytest.mark.django_db
def test_tables_cover_fourteen_days_and_the_bookable_hours(space, desks):
    tables = availability(space, list(space.resources.all()), now=NOW)
    desk_table = tables[0]
    assert desk_table.resource == desks
    assert [t.strftime("%H:%M") for t in desk_table.times][:3] == ["08:00", "09:00", "10:00"]
    assert len(desk_table.times) == 12
    assert [day for day, _cells in desk_table.rows] == [MONDAY + timedelta(d) for d in range(14)]


@pytest.mark.django_db
def test_cells_count_free_seats_and_hide_what_cannot_be_booked(space, desks):
    contact = {"name": "Anna", "email": "a@example.org", "purpose": "x"}
    for _ in range(2):
        reserve(desks, space, at(MONDAY, time(11)), 60, contact, "it", now=NOW)
    reserve(desks, space, at(MONDAY, time(12)), 60, contact, "it", now=NOW)
    cells = availability(space, [desks], now=NOW)[0].rows[0][1]
    by_hour = {cell.start.hour: cell for cell in cells}
    assert not by_hour[9].bookable  # started already
    assert not by_hour[10].bookable  # under one hour's notice
    assert (by_hour[11].free, by_hour[11].bookable) == (1, True)
    assert by_hour[13].free == 3
    # The room: bookable 7 days ahead only.
    room_rows = availability(space, list(space.resources.all()), now=NOW)[1].rows
    assert any(cell.bookable for cell in room_rows[7][1])
    assert not any(cell.bookable for cell in room_rows[8][1])


@pytest.mark.django_db
def test_closed_hours_are_empty_cells(coworking_index):
    from .conftest import make_space

    half_day = make_space(
        coworking_index,
        slug="mezza",
        hours=[(["Mo"], time(9), time(13))],
        resources=[{"name": "Desks", "seats": 2}],
    )
    resource = half_day.resources.get()
    rows = availability(half_day, [resource], now=NOW)[0].rows
    monday = {cell.start.hour for cell in rows[0][1] if cell.start}
    assert monday == {9, 10, 11, 12}
    assert all(cell.start is None for cell in rows[1][1])  # Tuesday: closed


def test_slot_times_follow_the_slot_length():
    class Resource:
        opens, closes, slot_minutes = time(9), time(13), 120

    assert slot_times(Resource) == [time(9), time(11)]
