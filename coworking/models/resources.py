"""The desks, rooms and offices a co-working space lets people book, and their booking rules."""

import secrets
from datetime import time

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .reservations import Reservation, ReservationStatus


class ResourceKind(models.TextChoices):
    DESK_ZONE = "desk_zone", _("Desk zone")
    MEETING_ROOM = "meeting_room", _("Meeting room")
    PRIVATE_OFFICE = "private_office", _("Private office")


# The fields that lay out a resource's slots: bookings are stored slot by slot on this grid.
GRID_FIELDS = ("slot_minutes", "opens", "closes")


def new_calendar_token():
    return secrets.token_urlsafe(24)


class BookableResource(TranslatableMixin, Orderable):
    """A desk zone (N seats booked one by one), a meeting room or an office (booked whole).

    Translations of a space page hold copies of its resources with the same translation_key;
    bookings always point to the resource in the source language (see coworking.booking).
    """

    page = ParentalKey(
        "coworking.CoworkingSpacePage", on_delete=models.CASCADE, related_name="resources"
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_("e.g. Open space, Sala Riunioni")
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=ResourceKind.choices, default=ResourceKind.DESK_ZONE
    )
    seats = models.PositiveSmallIntegerField(
        _("seats or capacity"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(200)],
        help_text=_(
            "Desk zone: number of desks, each booked separately. Meeting room or office: how "
            "many people fit; it is booked as a whole."
        ),
    )
    description = models.CharField(_("description"), max_length=250, blank=True)
    slot_minutes = models.PositiveSmallIntegerField(
        _("slot length (minutes)"),
        default=60,
        choices=[(30, "30"), (60, "60"), (120, "120"), (240, "240")],
        help_text=_("Bookings start and end on these steps."),
    )
    opens = models.TimeField(
        _("bookable from"),
        default=time(8),
        help_text=_("Earliest start; the space's opening hours also apply."),
    )
    closes = models.TimeField(_("bookable until"), default=time(20))
    min_minutes = models.PositiveSmallIntegerField(
        _("shortest booking (minutes)"), default=60, validators=[MinValueValidator(1)]
    )
    max_minutes = models.PositiveSmallIntegerField(
        _("longest booking (minutes)"), default=240, validators=[MinValueValidator(1)]
    )
    horizon_days = models.PositiveSmallIntegerField(
        _("bookable up to (days ahead)"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
    )
    lead_time_hours = models.PositiveSmallIntegerField(
        _("notice needed (hours)"),
        default=1,
        validators=[MaxValueValidator(720)],
        help_text=_("How long before the start a booking must be made."),
    )
    requires_approval = models.BooleanField(
        _("staff must approve"),
        default=False,
        help_text=_("Bookings stay pending until a member of staff confirms them."),
    )
    calendar_token = models.CharField(
        _("calendar key"),
        max_length=64,
        default=new_calendar_token,
        help_text=_(
            "Secret part of the staff calendar address. Change it to revoke old subscriptions."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind"), FieldPanel("seats")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("slot_minutes"), FieldPanel("opens"), FieldPanel("closes")]),
        FieldRowPanel([FieldPanel("min_minutes"), FieldPanel("max_minutes")]),
        FieldRowPanel([FieldPanel("horizon_days"), FieldPanel("lead_time_hours")]),
        FieldPanel("requires_approval"),
        # The key opens a feed of bookings: only for staff who may see reservations.
        FieldPanel("calendar_token", permission="coworking.view_reservation"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("kind"),
        SynchronizedField("seats"),
        SynchronizedField("slot_minutes"),
        SynchronizedField("opens"),
        SynchronizedField("closes"),
        SynchronizedField("min_minutes"),
        SynchronizedField("max_minutes"),
        SynchronizedField("horizon_days"),
        SynchronizedField("lead_time_hours"),
        SynchronizedField("requires_approval"),
        SynchronizedField("calendar_token", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("bookable resource")
        verbose_name_plural = _("bookable resources")

    def __str__(self):
        return f"{self.name} · {self.page.title}" if self.page_id else self.name

    @property
    def units(self):
        """How many can be booked at once: each desk of a zone, or the room as a whole."""
        return self.seats if self.kind == ResourceKind.DESK_ZONE else 1

    def clean(self):
        super().clean()
        errors = {}
        if self.opens and self.closes and self.opens >= self.closes:
            errors["closes"] = _("Must be after the start of the bookable hours.")
        if self.min_minutes and self.max_minutes and self.min_minutes > self.max_minutes:
            errors["max_minutes"] = _("Must be at least the shortest booking.")
        for name in ("min_minutes", "max_minutes"):
            value = getattr(self, name)
            if value and self.slot_minutes and value % self.slot_minutes:
                errors[name] = _("Must be a multiple of the slot length.")
        for name in self._changed_grid_fields_with_future_bookings():
            errors[name] = _(
                "Cannot be changed while future bookings hold slots of the current grid. "
                "Wait until they are over, or add a new resource with the new times."
            )
        if errors:
            raise ValidationError(errors)

    def _changed_grid_fields_with_future_bookings(self):
        """The slot-grid fields changed since the stored row, if future active bookings exist.

        No-overbooking rests on the seat rows of each slot (see coworking.models.reservations):
        a booking made on the old grid would not collide with one on a new grid covering the
        same time. Bookings point to the source-language row, so the whole translation family
        counts. Widening the hours is refused too, for one simple rule for editors.
        """
        if not self.pk:
            return []
        stored = BookableResource.objects.filter(pk=self.pk).values(*GRID_FIELDS).first()
        changed = [name for name in GRID_FIELDS if stored and stored[name] != getattr(self, name)]
        if not changed:
            return []
        future_bookings = Reservation.objects.filter(
            resource__translation_key=self.translation_key, end__gt=timezone.now()
        ).exclude(status=ReservationStatus.CANCELLED)
        return changed if future_bookings.exists() else []
