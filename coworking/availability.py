"""When a resource can be booked, and how many of its seats are still free.

All times are wall-clock times in the site's time zone (Europe/Rome), made aware with
zoneinfo so that the days when clocks change stay right.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count
from django.utils import timezone

from .holidays import closed_days
from .models import BookableResource, ReservationSlot

DAYS_SHOWN = 14
WEEKDAY_CODES = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


def at(day, clock):
    """The aware moment of a wall-clock time on a day."""
    return datetime.combine(day, clock, tzinfo=local_zone())


def opening_windows(space, day):
    """(opens, closes) times of the space on that day, from its opening hours."""
    code = WEEKDAY_CODES[day.weekday()]
    return [
        (rule.value["opens"], rule.value["closes"])
        for rule in space.opening_hours
        if code in rule.value["days"]
    ]


def slot_times(resource):
    """Every possible start time of a slot in the resource's bookable hours."""
    step = timedelta(minutes=resource.slot_minutes)
    moment = datetime.combine(date.min, resource.opens)
    last = datetime.combine(date.min, resource.closes) - step
    times = []
    while moment <= last:
        times.append(moment.time())
        moment += step
    return times


def open_slot_starts(resource, space, day):
    """Aware starts of the slots of `day` that lie wholly inside the space's opening hours."""
    windows = opening_windows(space, day)
    length = timedelta(minutes=resource.slot_minutes)
    starts = []
    for clock in slot_times(resource):
        start = at(day, clock)
        end_clock = (datetime.combine(day, clock) + length).time()
        if any(opens <= clock and end_clock <= closes for opens, closes in windows):
            starts.append(start)
    return starts


def canonical_resources(resources):
    """{translation_key: the resource rows bookings point to} (the oldest row of each key).

    A translated space page has its own copies of the resources; every language books the
    same seats, so bookings are stored against one row per translation_key.
    """
    keys = {resource.translation_key for resource in resources}
    canonical = {}
    for resource in BookableResource.objects.filter(translation_key__in=keys).order_by("pk"):
        canonical.setdefault(resource.translation_key, resource)
    return canonical


def taken_seats(translation_keys, first, last):
    """{(translation_key, slot_start): seats taken} between two moments, in one query.

    Only canonical rows hold bookings, so counting by translation_key counts them, in any
    language, without looking the canonical rows up first.
    """
    rows = (
        ReservationSlot.objects.filter(
            resource__translation_key__in=translation_keys,
            slot_start__gte=first,
            slot_start__lt=last,
        )
        .values("resource__translation_key", "slot_start")
        .annotate(taken=Count("id"))
    )
    return Counter(
        {(row["resource__translation_key"], row["slot_start"]): row["taken"] for row in rows}
    )


@dataclass(frozen=True)
class Cell:
    start: datetime | None  # None: closed at that time
    free: int = 0
    bookable: bool = False  # free, in the future and within the booking rules' time limits
    clock: str = ""  # "09:00": the start as the links and labels show it


@dataclass(frozen=True)
class AvailabilityTable:
    resource: BookableResource  # as shown, in the visitor's language
    times: list  # column headers
    rows: list  # [(day, [Cell per time])]
    closed: dict  # {day: why the space is closed} (holidays and closure days)


def availability(space, resources, today=None, now=None, days=DAYS_SHOWN):
    """An AvailabilityTable per resource for `days` days from today (one query)."""
    now = now or timezone.now()
    today = today or timezone.localdate(now)
    midnight = datetime.min.time()
    first, last = at(today, midnight), at(today + timedelta(days=days), midnight)
    taken = taken_seats([r.translation_key for r in resources], first, last)
    closed = closed_days(space, today, today + timedelta(days=days - 1))
    tables = []
    for resource in resources:
        times = slot_times(resource)
        earliest = now + timedelta(hours=resource.lead_time_hours)
        horizon = today + timedelta(days=resource.horizon_days)
        rows = []
        for offset in range(days):
            day = today + timedelta(days=offset)
            starts = [] if day in closed else open_slot_starts(resource, space, day)
            open_starts = {start.time(): start for start in starts}
            cells = []
            for clock in times:
                start = open_starts.get(clock)
                if start is None:
                    cells.append(Cell(None))
                    continue
                free = max(resource.units - taken[(resource.translation_key, start)], 0)
                in_rules = earliest <= start and day <= horizon
                cells.append(Cell(start, free, bool(free) and in_rules, clock.strftime("%H:%M")))
            rows.append((day, cells))
        tables.append(AvailabilityTable(resource, times, rows, closed))
    return tables
