"""Checking a booking against the resource's rules, and taking a seat without overbooking."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .availability import canonical_resources, open_slot_starts
from .holidays import closed_days
from .models import Reservation, ReservationSlot, ReservationStatus


class BookingError(Exception):
    """A request the rules refuse; the message is for the visitor, in their language."""


class ResourceFull(BookingError):
    pass


class AlreadyBooked(Exception):  # noqa: N818 (not an error: the form was sent twice)
    """The same booking form was submitted before: `reservation` is what it booked."""

    def __init__(self, reservation):
        super().__init__(reservation.pk)
        self.reservation = reservation


def _earlier_submission(submission_key):
    if submission_key is None:
        return None
    return Reservation.objects.filter(submission_key=submission_key).first()


def booked_slots(resource, space, start, minutes, now=None):
    """The slot starts a booking of `minutes` from `start` covers, or BookingError."""
    now = now or timezone.now()
    if start <= now:
        raise BookingError(_("This time has already passed. Please choose a later slot."))
    if start < now + timedelta(hours=resource.lead_time_hours):
        raise BookingError(
            ngettext(
                "This resource must be booked at least %(hours)d hour in advance.",
                "This resource must be booked at least %(hours)d hours in advance.",
                resource.lead_time_hours,
            )
            % {"hours": resource.lead_time_hours}
        )
    day = timezone.localdate(start)
    if day > timezone.localdate(now) + timedelta(days=resource.horizon_days):
        raise BookingError(
            ngettext(
                "This resource can be booked at most %(days)d day ahead.",
                "This resource can be booked at most %(days)d days ahead.",
                resource.horizon_days,
            )
            % {"days": resource.horizon_days}
        )
    if minutes < resource.min_minutes:
        raise BookingError(
            _("The shortest booking is %(minutes)d minutes.") % {"minutes": resource.min_minutes}
        )
    if minutes > resource.max_minutes:
        raise BookingError(
            _("The longest booking is %(minutes)d minutes.") % {"minutes": resource.max_minutes}
        )
    if minutes % resource.slot_minutes:
        raise BookingError(
            _("Bookings last a multiple of %(minutes)d minutes.")
            % {"minutes": resource.slot_minutes}
        )
    closure = closed_days(space, day, day).get(day)
    if closure:
        raise BookingError(
            _("The space is closed on that day (%(reason)s). Please choose another day.")
            % {"reason": closure}
        )
    open_starts = set(open_slot_starts(resource, space, day))
    if not open_starts:
        raise BookingError(_("The space is closed on that day."))
    step = timedelta(minutes=resource.slot_minutes)
    slots = [start + step * n for n in range(minutes // resource.slot_minutes)]
    if not open_starts.issuperset(slots):
        raise BookingError(_("The space is closed at that time. Please check the opening hours."))
    return slots


def reserve(resource, space, start, minutes, contact, language, now=None, submission_key=None):
    """Store a reservation for a free seat, or raise BookingError / ResourceFull.

    `resource` may be a translated copy: the reservation is stored against the canonical row.
    Seat rows are inserted in a transaction; if another request took the seat in between,
    the unique constraint refuses our rows and we try again with what is left.

    `submission_key` is the booking form's one-time key: if a reservation already has it (the
    form was sent twice), AlreadyBooked is raised with that reservation. The key's unique
    constraint decides between two copies sent at the same moment.
    """
    earlier = _earlier_submission(submission_key)
    if earlier:
        raise AlreadyBooked(earlier)
    slots = booked_slots(resource, space, start, minutes, now)
    booked_as = canonical_resources([resource])[resource.translation_key]
    status = (
        ReservationStatus.PENDING if resource.requires_approval else ReservationStatus.CONFIRMED
    )
    for _attempt in range(booked_as.units + 1):
        try:
            with transaction.atomic():
                seat = _free_seat(booked_as, slots)
                reservation = Reservation.objects.create(
                    resource=booked_as,
                    status=status,
                    start=slots[0],
                    end=slots[-1] + timedelta(minutes=resource.slot_minutes),
                    seat=seat,
                    language=language,
                    submission_key=submission_key,
                    **contact,
                )
                ReservationSlot.objects.bulk_create(
                    ReservationSlot(
                        reservation=reservation, resource=booked_as, slot_start=slot, seat=seat
                    )
                    for slot in slots
                )
                return reservation
        except IntegrityError:
            earlier = _earlier_submission(submission_key)
            if earlier:
                raise AlreadyBooked(earlier) from None
            continue
    raise ResourceFull(_("Sorry, that time has just been fully booked. Please choose another."))


def _free_seat(resource, slots):
    taken = set(
        ReservationSlot.objects.filter(resource=resource, slot_start__in=slots).values_list(
            "seat", flat=True
        )
    )
    for seat in range(1, resource.units + 1):
        if seat not in taken:
            return seat
    raise ResourceFull(_("No seat is free for the whole of that time. Please choose another slot."))
