"""The public filters of the index pages: a form that validates the query string.

Whatever the query string holds, the list is shown: values that do not validate are ignored
(and the visitor is told which), the valid ones still apply.
"""

import math
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.apps import apps
from django.db.models import DecimalField, ExpressionWrapper, F, Q, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from borgo.memo import memoize

from .forms import AccessibleFormMixin
from .models import AccommodationType, Deal, PropertyType
from .stay_dates import StayDatesForm, free_between

PER_PAGE = 12


@dataclass(frozen=True)
class Origin:
    """A co-working space to measure distances from (what borgo.place_facts needs of it)."""

    pk: int
    title: str
    latitude: Decimal
    longitude: Decimal
    has_coordinates = True


def coworking_spaces(locale_id):
    """Located live co-working pages of a language, if the co-working app defines them.

    Kept like the page chrome (borgo.memo): every index page shows them as a sorting option.
    """
    try:
        model = apps.get_model("coworking", "CoworkingSpacePage")
    except LookupError:
        return []
    if not hasattr(model, "latitude"):
        return []

    def compute():
        located = model.objects.live().filter(
            locale_id=locale_id, latitude__isnull=False, longitude__isnull=False
        )
        fields = ("pk", "title", "latitude", "longitude")
        return [Origin(*row) for row in located.order_by("title").values_list(*fields)]

    return memoize(f"listings:coworking-spaces:{locale_id}", compute)


class ListingFilterForm(AccessibleFormMixin, forms.Form):
    sort = forms.ChoiceField(label=pgettext_lazy("filter", "Sort by"), required=False)
    near = forms.TypedChoiceField(
        label=_("Co-working space"), required=False, coerce=int, empty_value=None
    )

    sort_choices = [("newest", _("Newest first")), ("price", _("Price, lowest first"))]

    def __init__(self, data=None, *, locale_id, **kwargs):
        super().__init__(data, **kwargs)
        self.spaces = {space.pk: space for space in coworking_spaces(locale_id)}
        choices = list(self.sort_choices)
        if self.spaces:
            choices.append(("distance", _("Distance from a co-working space")))
            self.fields["near"].choices = [("", pgettext_lazy("filter", "Any"))] + [
                (pk, space.title) for pk, space in self.spaces.items()
            ]
        else:
            del self.fields["near"]
        self.fields["sort"].choices = choices

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("sort") == "distance" and not cleaned.get("near"):
            self.add_error("near", _("Choose the co-working space to measure distances from."))
        return cleaned

    def apply(self, queryset):
        """The queryset filtered and sorted by what validated."""
        values = {key: value for key, value in self.valid_values().items() if value}
        queryset = self.filter(queryset, values)
        sort = values.get("sort", "newest")
        if sort == "distance" and values.get("near") in self.spaces:
            return by_distance(queryset, self.spaces[values["near"]])
        if sort == "price":
            return queryset.order_by(F(self.price_field).asc(nulls_last=True), "-created_at")
        return queryset.order_by("-created_at", "-pk")

    def valid_values(self):
        """The values that validated (all of them, or none before validation)."""
        return getattr(self, "cleaned_data", {})

    @property
    def origin(self):
        """The co-working space distances are measured from, when sorting by distance."""
        values = self.valid_values()
        return self.spaces.get(values.get("near")) if values.get("sort") == "distance" else None


def _int(label, minimum, maximum):
    return forms.IntegerField(label=label, required=False, min_value=minimum, max_value=maximum)


class AccommodationFilterForm(ListingFilterForm, StayDatesForm):
    accommodation_type = forms.ChoiceField(
        label=pgettext_lazy("kind of listing", "Type"),
        required=False,
        choices=[("", pgettext_lazy("filter", "Any"))] + AccommodationType.choices,
    )
    guests = _int(_("Guests"), 1, 50)
    max_night = _int(_("Price per night up to (€)"), 1, 100_000)
    max_month = _int(_("Price per month up to (€)"), 1, 1_000_000)
    long_stay = forms.BooleanField(label=_("Suited to long stays"), required=False)
    workspace = forms.BooleanField(label=_("Desk and chair for working"), required=False)
    field_order = [
        "arrival",
        "departure",
        "guests",
        "children",
        "accommodation_type",
        "max_night",
        "max_month",
        "long_stay",
        "workspace",
        "sort",
        "near",
    ]
    price_field = "price_per_night_from"

    def filter(self, queryset, values):
        lookups = {
            "accommodation_type": "accommodation_type",
            "guests": "capacity__gte",
            "max_night": "price_per_night_from__lte",
            "max_month": "monthly_price__lte",
            "long_stay": "long_stay_friendly",
        }
        queryset = queryset.filter(
            **{lookup: values[name] for name, lookup in lookups.items() if name in values}
        )
        if values.get("workspace"):
            queryset = queryset.filter(has_desk=True, has_ergonomic_chair=True)
        if self.dates:
            queryset = free_between(queryset, *self.dates)
        return queryset


class RealEstateFilterForm(ListingFilterForm):
    deal = forms.ChoiceField(
        label=_("Rent or sale"),
        required=False,
        choices=[("", pgettext_lazy("filter", "Any"))] + Deal.choices,
    )
    property_type = forms.ChoiceField(
        label=_("Property type"),
        required=False,
        choices=[("", pgettext_lazy("filter", "Any"))] + PropertyType.choices,
    )
    min_price = _int(_("Price or monthly rent from (€)"), 1, 100_000_000)
    max_price = _int(_("Price or monthly rent up to (€)"), 1, 100_000_000)
    min_rooms = _int(_("Rooms, at least"), 1, 100)
    min_area = _int(_("Floor area from (m²)"), 1, 100_000)
    one_euro = forms.BooleanField(label=_("One-euro houses only"), required=False)
    field_order = [
        "deal",
        "property_type",
        "min_price",
        "max_price",
        "min_rooms",
        "min_area",
        "one_euro",
        "sort",
        "near",
    ]
    price_field = "sort_price"

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("min_price"), cleaned.get("max_price")
        if low and high and low > high:
            self.add_error("min_price", _("The lowest price is above the highest one."))
        return cleaned

    def filter(self, queryset, values):
        lookups = {
            "deal": "deal",
            "property_type": "property_type",
            "min_rooms": "rooms__gte",
            "min_area": "floor_area_m2__gte",
            "one_euro": "one_euro_scheme",
        }
        queryset = queryset.filter(
            **{lookup: values[name] for name, lookup in lookups.items() if name in values}
        )
        # A bound applies to the sale price of houses for sale, to the rent of the others.
        for name, comparison in (("min_price", "gte"), ("max_price", "lte")):
            if name in values:
                limit = values[name]
                queryset = queryset.filter(
                    Q(deal=Deal.SALE, **{f"price__{comparison}": limit})
                    | Q(deal=Deal.RENT, **{f"monthly_rent__{comparison}": limit})
                )
        return queryset.annotate(sort_price=Coalesce("monthly_rent", "price"))


def by_distance(queryset, origin):
    """Closest first, by an equirectangular approximation the database can compute and index.

    Within a few dozen kilometres it orders exactly as the great-circle distance does.
    """
    lat0 = Decimal(str(origin.latitude))
    lng0 = Decimal(str(origin.longitude))
    shrink = Decimal(str(round(math.cos(math.radians(float(lat0))), 6)))
    d_lat = F("latitude") - Value(lat0)
    d_lng = (F("longitude") - Value(lng0)) * Value(shrink)
    squared = ExpressionWrapper(d_lat * d_lat + d_lng * d_lng, output_field=DecimalField())
    return (
        queryset.filter(latitude__isnull=False, longitude__isnull=False)
        .annotate(distance_rank=squared)
        .order_by("distance_rank", "pk")
    )
