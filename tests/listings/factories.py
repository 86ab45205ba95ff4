"""Factories for listings: valid by default, Italian, live, around Castelmora."""

from decimal import Decimal

import factory
from wagtail.models import Locale

from listings.models import Accommodation, RealEstate


class AccommodationFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Casa {n}")
    slug = factory.Sequence(lambda n: f"casa-{n}")
    summary = "Una casa nel centro storico."
    contact_email = "host@example.org"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="it"))
    locality = "Castelmora"
    latitude = Decimal("40.187300")
    longitude = Decimal("15.873100")
    accommodation_type = "apartment"
    cin = "IT076099C2ABCD1234"
    capacity = 2
    bedrooms = 1
    price_per_night_from = 60
    monthly_price = 650

    class Meta:
        model = Accommodation


class RealEstateFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Casa in vendita {n}")
    slug = factory.Sequence(lambda n: f"casa-in-vendita-{n}")
    summary = "Casa in pietra da ristrutturare."
    contact_email = "agency@example.org"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="it"))
    locality = "Castelmora"
    address = "Via del Castello 3"
    latitude = Decimal("40.187300")
    longitude = Decimal("15.873100")
    deal = "sale"
    property_type = "house"
    price = 45000
    floor_area_m2 = 90
    rooms = 4
    bedrooms = 2
    condition = "to_refresh"
    energy_class = "G"
    energy_index = Decimal("210.50")

    class Meta:
        model = RealEstate
