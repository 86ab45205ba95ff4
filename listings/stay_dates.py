"""The nights a visitor asks for (`arrival`, `departure` in the query string) and the stays
free for them."""

from datetime import timedelta

from django import forms
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .forms import AccessibleFormMixin
from .models import BookedPeriod

# How far ahead a visitor may look, and the longest stay asked for: about a year each.
MAX_DAYS_AHEAD = 366
MAX_NIGHTS = 366


def _iso_date(label):
    return forms.DateField(
        label=label,
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter a date such as 2027-03-01.")},
    )


class StayDatesForm(AccessibleFormMixin, forms.Form):
    """Both dates or neither; `dates` is (arrival, departure) once valid, else None."""

    arrival = _iso_date(_("Arrival"))
    departure = _iso_date(_("Departure"))

    def clean(self):
        cleaned = super().clean()
        arrival, departure = cleaned.get("arrival"), cleaned.get("departure")
        if self.errors:
            return cleaned
        if bool(arrival) != bool(departure):
            missing = "departure" if arrival else "arrival"
            self.add_error(missing, _("Give both the arrival and the departure date."))
            return cleaned
        if not arrival:
            return cleaned
        today = timezone.localdate()
        if arrival < today:
            self.add_error("arrival", _("The arrival date is in the past."))
        elif arrival > today + timedelta(days=MAX_DAYS_AHEAD):
            self.add_error("arrival", _("Stays can be looked up at most a year ahead."))
        elif departure <= arrival:
            self.add_error("departure", _("The departure must be after the arrival."))
        elif (departure - arrival).days > MAX_NIGHTS:
            self.add_error("departure", _("A stay can last at most a year."))
        return cleaned

    @property
    def dates(self):
        """(arrival, departure) when both are given and valid, else None."""
        if not self.is_bound or not self.is_valid():
            return None
        arrival, departure = self.cleaned_data["arrival"], self.cleaned_data["departure"]
        return (arrival, departure) if arrival else None


def free_between(queryset, arrival, departure):
    """The accommodation of `queryset` with no booked period overlapping [arrival, departure)
    (on any language's copy of the stay) and whose minimum stay fits.

    A filter on the queryset: it adds no query, whatever the number of stays."""
    booked = BookedPeriod.objects.overlapping(arrival, departure).filter(
        accommodation__translation_key=OuterRef("translation_key")
    )
    nights = (departure - arrival).days
    return queryset.filter(minimum_stay_nights__lte=nights).exclude(Exists(booked))
