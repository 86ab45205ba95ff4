"""Reservations, and the (resource, slot, seat) rows that make overbooking impossible.

A reservation occupies one row per slot it covers. The unique constraint on
(resource, slot_start, seat) is the guarantee: two requests for the last seat cannot both
insert their rows, whatever the timing. Cancelling a reservation deletes its rows, freeing
the seat; the reservation itself is kept for the record.
"""

import uuid

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


def visitor_panel():
    """Who booked, as they wrote it: read-only for staff."""
    fields = ("name", "email", "phone", "organisation", "purpose")
    return MultiFieldPanel(
        [FieldPanel(name, read_only=True) for name in fields], heading=_("Visitor")
    )


class ReservationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    CONFIRMED = "confirmed", _("Confirmed")
    CANCELLED = "cancelled", pgettext_lazy("reservation", "Cancelled")


class CancelledStaysCancelled(models.Model):
    """A cancelled booking has freed its seats, which others may have taken since."""

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.pk:
            previous = type(self).objects.filter(pk=self.pk).values_list("status", flat=True)
            if previous and previous[0] == ReservationStatus.CANCELLED and self.is_active:
                raise ValidationError(
                    {"status": _("A cancelled booking cannot be reopened: book again instead.")}
                )


class Reservation(CancelledStaysCancelled):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # By name: .resources imports this module, to refuse grid changes under future bookings.
    resource = models.ForeignKey(
        "coworking.BookableResource",
        verbose_name=_("resource"),
        on_delete=models.PROTECT,
        related_name="reservations",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ReservationStatus.choices,
        default=ReservationStatus.CONFIRMED,
        help_text=_("A cancelled booking frees its seat and cannot be reopened."),
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    seat = models.PositiveSmallIntegerField(
        _("desk number"), default=1, help_text=_("For meeting rooms and offices always 1.")
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    organisation = models.CharField(_("organisation"), max_length=120, blank=True)
    purpose = models.CharField(_("purpose"), max_length=300)
    language = models.CharField(_("language"), max_length=10, default="it", editable=False)
    staff_notes = models.TextField(_("staff notes"), blank=True)
    created_at = models.DateTimeField(_("booked at"), auto_now_add=True)
    # The booking form's one-time key: a second submission of the same form (double click,
    # retry after a timeout) finds this reservation instead of making another.
    submission_key = models.UUIDField(null=True, unique=True, editable=False)
    # RFC 5545 SEQUENCE of the calendar event: raised by every change sent to the visitor.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    # One day of a desk pass (coworking.passes): its status follows the pass's.
    pass_booking = models.ForeignKey(
        "coworking.PassBooking",
        verbose_name=_("pass"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.CASCADE,
        related_name="reservations",
    )

    panels = [
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldPanel("resource", read_only=True),
                FieldRowPanel(
                    [FieldPanel("start", read_only=True), FieldPanel("end", read_only=True)]
                ),
                FieldPanel("seat", read_only=True),
            ],
            heading=_("Booking"),
        ),
        visitor_panel(),
        FieldPanel("staff_notes"),
    ]

    class Meta:
        verbose_name = _("reservation")
        verbose_name_plural = _("reservations")
        ordering = ["-start"]
        indexes = [models.Index(fields=["resource", "start"])]

    def __str__(self):
        local_start = timezone.localtime(self.start)
        return f"{self.name} · {local_start:%d/%m/%Y %H:%M}"

    def save(self, *args, **kwargs):
        with transaction.atomic():
            super().save(*args, **kwargs)
            if not self.is_active:
                self.slots.all().delete()

    @property
    def is_active(self):
        return self.status != ReservationStatus.CANCELLED

    def cancel(self):
        self.status = ReservationStatus.CANCELLED
        self.save()

    def page_cache_tags(self):
        """Only its space's page shows a booking (borgo.page_cache)."""
        return [self.resource.page.bookings_cache_tag()]


class ReservationSlot(models.Model):
    reservation = models.ForeignKey(Reservation, on_delete=models.CASCADE, related_name="slots")
    resource = models.ForeignKey(
        "coworking.BookableResource", on_delete=models.CASCADE, related_name="+"
    )
    slot_start = models.DateTimeField()
    seat = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "slot_start", "seat"], name="coworking_one_booking_per_seat"
            )
        ]

    def __str__(self):
        return f"{self.resource_id} {self.slot_start:%Y-%m-%d %H:%M} #{self.seat}"

    def page_cache_tags(self):
        return self.reservation.page_cache_tags()
