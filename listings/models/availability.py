"""When a stay is taken: booked periods, entered by staff or imported from calendar feeds.

Periods and feeds belong to the stay, not to one language's copy of it: they point at any of
its rows, and every query goes through the row's `translation_key`, so a period entered on the
Italian copy makes the English and German copies busy too.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .accommodation import Accommodation


class PeriodSource(models.TextChoices):
    STAFF = "staff", _("Staff")
    OWNER = "owner", pgettext_lazy("of a listing", "Owner")
    FEED = "feed", _("Imported calendar")


class CalendarFeed(models.Model):
    """An iCal export URL (Airbnb, Booking.com, a channel manager) of a stay's bookings."""

    # Its status changes at every import and is on no public page; the periods it brings are.
    shown_on_public_pages = False

    accommodation = models.ForeignKey(
        Accommodation,
        verbose_name=_("accommodation"),
        on_delete=models.CASCADE,
        related_name="calendar_feeds",
    )
    name = models.CharField(
        _("name"), max_length=80, blank=True, help_text=_("Where it comes from, e.g. Airbnb.")
    )
    url = models.URLField(
        _("calendar export URL"),
        max_length=1000,
        help_text=_("The iCal (.ics) address the platform gives for exporting the calendar."),
    )
    last_success_at = models.DateTimeField(_("last imported"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")
        ordering = ["accommodation__title", "name"]

    def __str__(self):
        return f"{self.accommodation} – {self.name or self.url}"


class BookedPeriodQuerySet(models.QuerySet):
    def overlapping(self, arrival, departure):
        """Periods that share at least one night with [arrival, departure)."""
        return self.filter(arrival__lt=departure, departure__gt=arrival)


class BookedPeriod(models.Model):
    """Nights a stay is taken: from arrival to the night before departure."""

    accommodation = models.ForeignKey(
        Accommodation,
        verbose_name=_("accommodation"),
        on_delete=models.CASCADE,
        related_name="booked_periods",
    )
    arrival = models.DateField(_("arrival"))
    departure = models.DateField(
        _("departure"), help_text=_("The day the guests leave: that night is free again.")
    )
    source = models.CharField(
        _("source"), max_length=10, choices=PeriodSource.choices, default=PeriodSource.STAFF
    )
    feed = models.ForeignKey(
        CalendarFeed,
        verbose_name=_("calendar feed"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="periods",
    )
    uid = models.CharField(_("iCal UID"), max_length=255, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    objects = BookedPeriodQuerySet.as_manager()

    class Meta:
        verbose_name = _("booked period")
        verbose_name_plural = _("booked periods")
        ordering = ["arrival", "pk"]
        indexes = [models.Index(fields=["arrival", "departure"], name="booked_dates_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(departure__gt=F("arrival")), name="booked_departure_after_arrival"
            )
        ]

    def __str__(self):
        return f"{self.accommodation}: {self.arrival} – {self.departure}"

    def clean(self):
        super().clean()
        if self.arrival and self.departure and self.departure <= self.arrival:
            raise ValidationError({"departure": _("The departure must be after the arrival.")})
