"""Desk passes: the days a pass holds a desk, the cheapest passes for a stay, and booking one.

A pass booking is stored as one Reservation per opening day, each with the seat rows of the
space's slot grid for that day, all on the same seat: the unique constraint on seat rows keeps
passes and slot bookings from taking the same seat, whatever the timing (coworking.booking).
"""

import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from borgo.local_formats import local_date

from .availability import canonical_resources, open_slot_starts, opening_windows
from .booking import AlreadyBooked, BookingError, ResourceFull
from .holidays import closed_days
from .models import (
    PassBooking,
    Reservation,
    ReservationSlot,
    ReservationStatus,
    ResourceKind,
)
from .pass_notifications import announce_pass


def period(desk_pass, start_date):
    """The first and last calendar day of a pass starting on `start_date`."""
    return start_date, start_date + timedelta(days=desk_pass.length_days - 1)


def pass_days(desk_pass, space, start_date, closed=None):
    """The opening days a pass starting on `start_date` holds a desk on.

    Days with no opening hours, national holidays (if the space closes on them) and closure
    days are left out; of the rest, at most `days_per_week` in each week counted from the
    first day.
    """
    first, last = period(desk_pass, start_date)
    if closed is None:
        closed = closed_days(space, first, last)
    days, per_week = [], {}
    for offset in range(desk_pass.length_days):
        day = first + timedelta(days=offset)
        week = offset // 7
        if day in closed or not opening_windows(space, day):
            continue
        if per_week.get(week, 0) >= desk_pass.days_per_week:
            continue
        per_week[week] = per_week.get(week, 0) + 1
        days.append(day)
    return days


@dataclass
class PassCover:
    items: list = field(default_factory=list)  # [(desk pass, start date)]
    total_price: int = 0
    open_days: int = 0


def pass_cover(space_page, first_day, last_day, today=None):
    """The cheapest passes of the space, one after the other, covering first_day..last_day.

    Passes in the page's language; each must be bookable on its start date (its horizon).
    None when the space sells no pass that can cover the dates.
    """
    today = today or timezone.localdate()
    passes = list(space_page.desk_passes.all())
    length = (last_day - first_day).days + 1
    if not passes or length < 1 or first_day < today:
        return None
    # cheapest[i]: (price, items) of covering the first i days; a pass may run past the end.
    cheapest = [(0, [])] + [None] * length
    for covered in range(length):
        if cheapest[covered] is None:
            continue
        start = first_day + timedelta(days=covered)
        price, items = cheapest[covered]
        for desk_pass in passes:
            if start > today + timedelta(days=desk_pass.horizon_days):
                continue
            reach = min(covered + desk_pass.length_days, length)
            candidate = (price + desk_pass.price, [*items, (desk_pass, start)])
            if cheapest[reach] is None or _better(candidate, cheapest[reach]):
                cheapest[reach] = candidate
    if cheapest[length] is None:
        return None
    total, items = cheapest[length]
    ends = [start + timedelta(days=desk_pass.length_days) for desk_pass, start in items]
    closed = closed_days(space_page, first_day, max(ends))
    open_days = sum(
        1
        for desk_pass, start in items
        for day in pass_days(desk_pass, space_page, start, closed)
        if day <= last_day
    )
    return PassCover(items=items, total_price=total, open_days=open_days)


def _better(candidate, current):
    """Cheaper; at the same price fewer passes, then the longer ones first (a month and two
    days reads better than two days and a month)."""

    def rank(option):
        price, items = option
        return price, len(items), [-desk_pass.length_days for desk_pass, _start in items]

    return rank(candidate) < rank(current)


def check_start(desk_pass, start_date, today=None):
    """BookingError unless a pass may start on that day."""
    today = today or timezone.localdate()
    if start_date < today:
        raise BookingError(_("This day has already passed. Please choose a later first day."))
    if start_date > today + timedelta(days=desk_pass.horizon_days):
        raise BookingError(
            ngettext(
                "This pass can start at most %(days)d day ahead.",
                "This pass can start at most %(days)d days ahead.",
                desk_pass.horizon_days,
            )
            % {"days": desk_pass.horizon_days}
        )


def pass_resources(desk_pass, space):
    """The canonical desk zones a pass may use (none chosen: every desk zone of the space)."""
    desk_zones = [
        resource for resource in space.resources.all() if resource.kind == ResourceKind.DESK_ZONE
    ]
    chosen = [r for r in desk_zones if str(r.translation_key) in desk_pass.desk_keys]
    canonical = canonical_resources(chosen or desk_zones)
    return [canonical[resource.translation_key] for resource in chosen or desk_zones]


def book_pass(
    desk_pass,
    start_date,
    *,
    name,
    email,
    phone="",
    organisation="",
    purpose="",
    language,
    reference="",
    submission_key=None,
    notify=True,
):
    """Book a desk for every opening day of the pass; the PassBooking, or BookingError.

    Pending unless the pass needs no approval. With `notify`, the visitor gets one e-mail (all
    days in its calendar, one cancellation link) and staff are told.
    """
    if submission_key is not None:
        earlier = PassBooking.objects.filter(submission_key=submission_key).first()
        if earlier:
            raise AlreadyBooked(earlier)
    check_start(desk_pass, start_date)
    space = desk_pass.page.specific
    days = pass_days(desk_pass, space, start_date)
    resources = pass_resources(desk_pass, space)
    grids = {
        resource.pk: {day: open_slot_starts(resource, space, day) for day in days}
        for resource in resources
    }
    if not any(any(grid.values()) for grid in grids.values()):
        raise BookingError(_("The space is closed for the whole of that period."))
    first, last = period(desk_pass, start_date)
    booking_fields = {
        "desk_pass": desk_pass,
        "first_day": first,
        "last_day": last,
        "price": desk_pass.price,
        "status": (
            ReservationStatus.PENDING
            if desk_pass.requires_approval
            else ReservationStatus.CONFIRMED
        ),
        "name": name,
        "email": email,
        "phone": phone,
        "organisation": organisation,
        "purpose": purpose,
        "language": language,
        "submission_key": submission_key,
    }
    attempts = sum(resource.units for resource in resources) + 1
    for _attempt in range(attempts):
        try:
            with transaction.atomic():
                booking = _store(booking_fields, resources, grids, reference)
            break
        except IntegrityError:
            if submission_key is not None:
                earlier = PassBooking.objects.filter(submission_key=submission_key).first()
                if earlier:
                    raise AlreadyBooked(earlier) from None
    else:
        raise ResourceFull(_("Sorry, the desks have just been booked. Please try again."))
    if notify:
        announce_pass(booking)
    return booking


def _store(booking_fields, resources, grids, reference):
    resource, seat = _free_seat(resources, grids)
    public_id = uuid.uuid4()
    booking = PassBooking.objects.create(
        public_id=public_id,
        resource=resource,
        seat=seat,
        reference=reference or f"PASS-{public_id.hex[:8].upper()}",
        **booking_fields,
    )
    slots = []
    for starts in grids[resource.pk].values():
        if not starts:
            continue
        reservation = Reservation.objects.create(
            resource=resource,
            pass_booking=booking,
            status=booking.status,
            start=starts[0],
            end=starts[-1] + timedelta(minutes=resource.slot_minutes),
            seat=seat,
            name=booking.name,
            email=booking.email,
            phone=booking.phone,
            organisation=booking.organisation,
            purpose=booking.purpose or str(booking.desk_pass),
            language=booking.language,
        )
        slots.extend(
            ReservationSlot(reservation=reservation, resource=resource, slot_start=start, seat=seat)
            for start in starts
        )
    ReservationSlot.objects.bulk_create(slots)
    return booking


def _free_seat(resources, grids):
    """(resource, seat) free on every day, or ResourceFull naming the first day none is."""
    furthest = None
    for resource in resources:
        grid = grids[resource.pk]
        taken_by_day = {}
        starts = [start for day_starts in grid.values() for start in day_starts]
        for moment, seat in ReservationSlot.objects.filter(
            resource=resource, slot_start__in=starts
        ).values_list("slot_start", "seat"):
            taken_by_day.setdefault(timezone.localdate(moment), set()).add(seat)
        free = set(range(1, resource.units + 1))
        for day in sorted(grid):
            free -= taken_by_day.get(day, set())
            if not free:
                furthest = day if furthest is None else max(furthest, day)
                break
        else:
            return resource, min(free)
    raise ResourceFull(
        _("The desks are full on %(date)s. Please choose another first day or another pass.")
        % {"date": local_date(furthest, "date")}
    )
