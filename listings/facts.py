"""The facts table of a listing page: (label, value) rows from the model's fields."""

from django.utils.formats import number_format
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from borgo.local_formats import local_date, price

from .models import EnergyClass

PRICE_FIELDS = {"price_per_night_from", "monthly_price", "price", "monthly_rent"}


def _label(listing, name):
    return listing._meta.get_field(name).verbose_name


def _yes_no(value):
    return _("Yes") if value else _("No")


def _rows(listing, names):
    rows = []
    for name in names:
        value = getattr(listing, name)
        if value is None or value == "":
            continue
        display = getattr(listing, f"get_{name}_display", None)
        if display:
            value = display()
        elif isinstance(value, bool):
            value = _yes_no(value)
        elif name in PRICE_FIELDS:
            value = price(value)
        rows.append((_label(listing, name), value))
    return rows


def accommodation_facts(listing):
    rows = _rows(
        listing,
        [
            "accommodation_type",
            "capacity",
            "bedrooms",
            "price_per_night_from",
            "monthly_price",
            "minimum_stay_nights",
            "long_stay_friendly",
            "has_desk",
            "has_ergonomic_chair",
            "is_quiet",
        ],
    )
    if listing.wifi_download_mbps:
        measured = local_date(listing.wifi_measured_on, "date")
        rows.append(
            (
                _label(listing, "wifi_download_mbps"),
                _("%(speed)s Mbit/s (measured on %(date)s)")
                % {"speed": listing.wifi_download_mbps, "date": measured},
            )
        )
    rows += _rows(
        listing,
        [
            "has_kitchen",
            "has_washing_machine",
            "has_parking",
            "breakfast_included",
            "pets_allowed",
            "step_free_access",
            "accessible_bathroom",
            "cin",
        ],
    )
    return rows


def real_estate_facts(listing):
    rows = _rows(listing, ["deal", "property_type", "price", "monthly_rent", "floor_area_m2"])
    rows += _rows(listing, ["rooms", "bedrooms", "bathrooms", "floor", "year_built"])
    rows += _rows(listing, ["condition", "furnished", "has_garden", "has_terrace", "heating"])
    if listing.energy_class == EnergyClass.EXEMPT:
        energy = _("Exempt (%(basis)s)") % {"basis": listing.energy_exemption_basis}
    else:
        energy = _("Class %(energy_class)s, %(index)s kWh/m² per year") % {
            "energy_class": listing.energy_class,
            "index": number_format(listing.energy_index, decimal_pos=1),
        }
    rows.append((_label(listing, "energy_class"), energy))
    return rows


def listing_facts(listing):
    """The facts table of `listing`, by the function its type names."""
    return import_string(listing.facts_rows)(listing)
