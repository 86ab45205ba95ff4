"""Desk passes a space sells (a day, a week, a month…) and the visitors' bookings of them.

A pass booking holds one seat for each opening day of its period through one Reservation per
day, whose seat rows (coworking.models.reservations) are those of slot bookings: the same
unique constraint keeps passes and slots from ever taking the same seat.
"""

import uuid
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .fields import MultipleChoiceJSONField
from .reservations import CancelledStaysCancelled, ReservationStatus, visitor_panel
from .resources import BookableResource


class DeskPass(TranslatableMixin, Orderable):
    """A pass of a space: its name is translated, its facts are the same in every language."""

    page = ParentalKey(
        "coworking.CoworkingSpacePage", on_delete=models.CASCADE, related_name="desk_passes"
    )
    name = models.CharField(_("name"), max_length=80, help_text=_("e.g. Week pass"))
    length_days = models.PositiveSmallIntegerField(
        _("length (days)"),
        validators=[MinValueValidator(1), MaxValueValidator(366)],
        help_text=_("Calendar days from the first day: 1, 7, 30…"),
    )
    price = models.PositiveIntegerField(_("price (€)"), validators=[MaxValueValidator(100_000)])
    # The translation keys of the desk zones: the same in every language, and kept by revisions.
    desk_keys = MultipleChoiceJSONField(
        _("desks"),
        help_text=_("The desk zones a pass holder may sit in. None ticked: every desk zone."),
    )
    days_per_week = models.PositiveSmallIntegerField(
        _("working days a week"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(7)],
        help_text=_(
            "The pass reserves at most this many opening days in each week of its period "
            "(7: every day the space is open)."
        ),
    )
    horizon_days = models.PositiveSmallIntegerField(
        _("can start up to (days ahead)"),
        default=180,
        validators=[MinValueValidator(1), MaxValueValidator(730)],
    )
    requires_approval = models.BooleanField(
        _("staff must approve"),
        default=True,
        help_text=_("Bookings stay pending until a member of staff confirms them."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("length_days"), FieldPanel("price")]),
        FieldRowPanel([FieldPanel("days_per_week"), FieldPanel("horizon_days")]),
        FieldPanel("desk_keys"),
        FieldPanel("requires_approval"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("length_days"),
        SynchronizedField("price"),
        SynchronizedField("desk_keys"),
        SynchronizedField("days_per_week"),
        SynchronizedField("horizon_days"),
        SynchronizedField("requires_approval"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("desk pass")
        verbose_name_plural = _("desk passes")

    def __str__(self):
        return self.name


class PassBooking(CancelledStaysCancelled):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    desk_pass = models.ForeignKey(
        DeskPass, verbose_name=_("pass"), on_delete=models.PROTECT, related_name="bookings"
    )
    # The canonical row (coworking.availability.canonical_resources), like reservations'.
    resource = models.ForeignKey(
        BookableResource, verbose_name=_("desks"), on_delete=models.PROTECT, related_name="+"
    )
    seat = models.PositiveSmallIntegerField(_("desk number"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ReservationStatus.choices,
        default=ReservationStatus.PENDING,
        help_text=_("A cancelled pass frees its desk on every day and cannot be reopened."),
    )
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"))
    price = models.PositiveIntegerField(_("price (€)"))
    reference = models.CharField(_("payment reference"), max_length=40)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    organisation = models.CharField(_("organisation"), max_length=120, blank=True)
    purpose = models.CharField(_("purpose"), max_length=300, blank=True)
    language = models.CharField(_("language"), max_length=10, default="it", editable=False)
    staff_notes = models.TextField(_("staff notes"), blank=True)
    created_at = models.DateTimeField(_("booked at"), auto_now_add=True)
    submission_key = models.UUIDField(null=True, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)

    panels = [
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldPanel("desk_pass", read_only=True),
                FieldPanel("resource", read_only=True),
                FieldPanel("seat", read_only=True),
                FieldRowPanel(
                    [
                        FieldPanel("first_day", read_only=True),
                        FieldPanel("last_day", read_only=True),
                    ]
                ),
                FieldRowPanel(
                    [FieldPanel("price", read_only=True), FieldPanel("reference", read_only=True)]
                ),
            ],
            heading=_("Pass"),
        ),
        visitor_panel(),
        FieldPanel("staff_notes"),
    ]

    class Meta:
        verbose_name = _("pass booking")
        verbose_name_plural = _("pass bookings")
        ordering = ["-first_day"]

    def __str__(self):
        return f"{self.name} · {self.desk_pass} · {self.first_day:%d/%m/%Y}"

    def save(self, *args, **kwargs):
        """Keep every day's reservation in the pass's status; cancelling frees every seat."""
        with transaction.atomic():
            super().save(*args, **kwargs)
            for reservation in self.reservations.exclude(status=self.status):
                if reservation.is_active:
                    reservation.status = self.status
                    reservation.save()

    @property
    def is_active(self):
        return self.status != ReservationStatus.CANCELLED

    @property
    def days(self):
        """The dates it holds a desk on, in order."""
        return [timezone.localdate(reservation.start) for reservation in self.day_reservations()]

    def day_reservations(self):
        return self.reservations.order_by("start")

    @property
    def end(self):
        """When the pass is over (links to it expire then): midnight after its last day."""
        midnight = datetime.combine(self.last_day + timedelta(days=1), time.min)
        return midnight.replace(tzinfo=ZoneInfo(settings.TIME_ZONE))

    def cancel(self):
        self.status = ReservationStatus.CANCELLED
        self.save()

    def page_cache_tags(self):
        return [self.resource.page.bookings_cache_tag()]
