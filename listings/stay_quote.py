"""What a stay costs for given nights: lodging, tourist tax, total.

Pricing rule (issue 17): 28 nights or more are priced by the month when the stay has a monthly
price, by the night otherwise. A period that is not whole months pays the monthly price pro
rata by the day, a month counting as 30 nights (rounded to the euro), and never less than one
month: 28 nights pay one month, 45 nights one and a half, 1 March to 30 April (60 nights) two.
Stays with only a monthly price have no price under 28 nights; stays with only a nightly
price are priced by the night at any length. The nightly price is the listing's "from" price,
so the total is the lowest the owner asks.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .models import TouristTaxSettings

MONTHLY_FROM_NIGHTS = 28
NIGHTS_PER_MONTH = 30
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Quote:
    nights: int
    monthly: bool
    lodging: int  # whole euros
    tax: Decimal  # euros and cents
    tax_nights: int  # nights the tax is charged for (the settings' cap)
    tax_guests: int  # guests who pay it

    @property
    def total(self):
        return self.lodging + self.tax


def lodging_price(accommodation, nights):
    """(price in whole euros, priced by the month?) or None when no price fits the length."""
    if nights < accommodation.minimum_stay_nights:
        return None
    monthly, nightly = accommodation.monthly_price, accommodation.price_per_night_from
    if monthly and nights >= MONTHLY_FROM_NIGHTS:
        pro_rata = Decimal(monthly * nights) / NIGHTS_PER_MONTH
        return max(monthly, int(pro_rata.quantize(Decimal(1), ROUND_HALF_UP))), True
    if nightly:
        return nightly * nights, False
    return None


def tourist_tax(nights, guests, exempt_guests=0, settings=None):
    """(tax in euros, nights taxed, guests taxed) under the municipality's settings."""
    settings = settings or TouristTaxSettings.current()
    if not settings.charged:
        return Decimal("0.00"), 0, 0
    taxed_nights = settings.nights_taxed(nights)
    paying = max(guests - exempt_guests, 0) if settings.exempt_under_age else guests
    tax = (settings.rate_per_night * taxed_nights * paying).quantize(CENT, ROUND_HALF_UP)
    return tax, taxed_nights, paying


def quote(accommodation, arrival, departure, guests=1, exempt_guests=0, settings=None):
    """The price of [arrival, departure) for `guests` people, `exempt_guests` of them under
    the tax's exemption age; None when the stay has no price for that length. Pass the tax
    `settings` when quoting many stays, to read them once."""
    nights = (departure - arrival).days
    price = lodging_price(accommodation, nights)
    if price is None:
        return None
    lodging, monthly = price
    tax, tax_nights, tax_guests = tourist_tax(nights, guests, exempt_guests, settings)
    return Quote(nights, monthly, lodging, tax, tax_nights, tax_guests)
