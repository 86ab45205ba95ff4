"""The nights a visitor asks for (`arrival`, `departure` in the query string) and the stays
free for them."""

from datetime import timedelta

from django import forms
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .forms import AccessibleFormMixin
from .models import BookedPeriod, TouristTaxSettings

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
    """Both dates or neither; `dates` is (arrival, departure) once valid, else None.

    Where the tourist tax exempts the young, it also asks how many guests are under that age
    (`children`). The stays index's filter form is one of these too (listings.search).
    """

    arrival = _iso_date(_("Arrival"))
    departure = _iso_date(_("Departure"))
    children = forms.IntegerField(required=False, min_value=0, max_value=50)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        tax = TouristTaxSettings.current()
        age = tax.exempt_under_age if tax.charged else None
        if age:
            self.fields["children"].label = _("Guests under %(age)s") % {"age": age}
            self.fields["children"].help_text = _("They pay no tourist tax.")
        else:
            del self.fields["children"]

    def clean(self):
        cleaned = super().clean()
        if "arrival" in self._errors or "departure" in self._errors:
            return cleaned
        arrival, departure = cleaned.get("arrival"), cleaned.get("departure")
        if bool(arrival) != bool(departure):
            missing = "departure" if arrival else "arrival"
            self.add_error(missing, _("Give both the arrival and the departure date."))
        elif arrival:
            problem = period_problem(arrival, departure)
            if problem:
                self.add_error(*problem)
        return cleaned

    @property
    def dates(self):
        """(arrival, departure) when both are given and valid, else None; other fields'
        errors do not matter."""
        if not self.is_bound or "arrival" in self.errors or "departure" in self.errors:
            return None
        arrival, departure = self.cleaned_data.get("arrival"), self.cleaned_data.get("departure")
        return (arrival, departure) if arrival and departure else None

    @property
    def exempt_guests(self):
        return getattr(self, "cleaned_data", {}).get("children") or 0


def period_problem(arrival, departure):
    """(field, message) of what is wrong with these dates, or None."""
    today = timezone.localdate()
    if arrival < today:
        return "arrival", _("The arrival date is in the past.")
    if arrival > today + timedelta(days=MAX_DAYS_AHEAD):
        return "arrival", _("Stays can be looked up at most a year ahead.")
    if departure <= arrival:
        return "departure", _("The departure must be after the arrival.")
    if (departure - arrival).days > MAX_NIGHTS:
        return "departure", _("A stay can last at most a year.")
    return None


def free_between(queryset, arrival, departure):
    """The accommodation of `queryset` with no booked period overlapping [arrival, departure)
    (on any language's copy of the stay) and whose minimum stay fits.

    A filter on the queryset: it adds no query, whatever the number of stays."""
    booked = BookedPeriod.objects.overlapping(arrival, departure).filter(
        accommodation__translation_key=OuterRef("translation_key")
    )
    nights = (departure - arrival).days
    return queryset.filter(minimum_stay_nights__lte=nights).exclude(Exists(booked))
