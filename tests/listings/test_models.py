"""Validation of listings: CIN, energy certificate, prices, coordinates; expiry; privacy."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from listings.models import Accommodation, RealEstate
from listings.models.validators import validate_cin

from .factories import AccommodationFactory, RealEstateFactory

pytestmark = pytest.mark.django_db


def errors_of(instance):
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


@pytest.mark.parametrize("cin", ["IT076099C2ABCD1234", "it 076 099 b4 x1", "IT-076099-A1-ZZ9"])
def test_valid_cin_shapes_are_accepted(cin):
    validate_cin(cin)


@pytest.mark.parametrize(
    "cin", ["", "IT07609C2ABCD", "FR076099C2ABCD1234", "IT076099C2ABCD12345", "IT076099C2"]
)
def test_invalid_cin_is_refused(cin):
    with pytest.raises(ValidationError):
        validate_cin(cin)


def test_cin_is_required_for_every_type_and_stored_normalised():
    stay = AccommodationFactory.build(cin="", accommodation_type="hotel")
    assert "cin" in errors_of(stay)
    stay.cin = "it 076099 c2 abcd1234"
    stay.full_clean()
    assert stay.cin == "IT076099C2ABCD1234"


def test_accommodation_needs_a_price_and_long_stays_a_monthly_price():
    stay = AccommodationFactory.build(price_per_night_from=None, monthly_price=None)
    assert "price_per_night_from" in errors_of(stay)
    stay = AccommodationFactory.build(monthly_price=None, long_stay_friendly=True)
    assert "monthly_price" in errors_of(stay)
    stay = AccommodationFactory.build(price_per_night_from=-5)
    assert "price_per_night_from" in errors_of(stay)


def test_wifi_speed_needs_its_date():
    stay = AccommodationFactory.build(wifi_download_mbps=100, wifi_measured_on=None)
    assert "wifi_measured_on" in errors_of(stay)


def test_energy_index_required_unless_exempt_with_legal_basis():
    house = RealEstateFactory.build(energy_class="C", energy_index=None)
    assert "energy_index" in errors_of(house)
    house = RealEstateFactory.build(energy_class="exempt", energy_index=None)
    assert "energy_exemption_basis" in errors_of(house)
    house.energy_exemption_basis = "Rudere, D.Lgs. 192/2005 art. 3"
    house.full_clean()


def test_sale_needs_price_rent_needs_rent_and_one_euro_needs_conditions():
    assert "price" in errors_of(RealEstateFactory.build(deal="sale", price=None))
    assert "monthly_rent" in errors_of(RealEstateFactory.build(deal="rent", price=None))
    one_euro = RealEstateFactory.build(price=1, one_euro_scheme=True)
    assert "one_euro_conditions" in errors_of(one_euro)


@pytest.mark.parametrize(
    ("latitude", "longitude", "field"),
    [(Decimal("95"), Decimal("15"), "latitude"), (Decimal("40.1"), None, "longitude")],
)
def test_coordinates_are_validated(latitude, longitude, field):
    stay = AccommodationFactory.build(latitude=latitude, longitude=longitude)
    assert field in errors_of(stay)


def test_slug_is_derived_from_the_title_and_unique_per_language():
    AccommodationFactory(title="Casa Rossa", slug="casa-rossa")
    duplicate = AccommodationFactory.build(title="Casa Rossa", slug="")
    assert "slug" in errors_of(duplicate)
    assert duplicate.slug == "casa-rossa"


def test_visible_excludes_drafts_and_expired_listings():
    today = datetime.date(2026, 6, 1)
    shown = AccommodationFactory(expires_on=today)
    AccommodationFactory(expires_on=today - datetime.timedelta(days=1))
    AccommodationFactory(live=False)
    forever = AccommodationFactory(expires_on=None)
    visible = set(Accommodation.objects.visible(today=today))
    assert visible == {shown, forever}


def test_approximate_address_hides_street_number_and_blurs_the_point():
    house = RealEstateFactory.build(
        address="Via del Castello 3",
        latitude=Decimal("40.187712"),
        longitude=Decimal("15.873391"),
        address_precision="approximate",
    )
    point = house.public_point
    assert house.public_address == "Via del Castello"
    assert (point.latitude, point.longitude) == (40.19, 15.875)
    assert point.address == "Via del Castello"
    house.address_precision = "exact"
    assert house.public_address == "Via del Castello 3"
    assert house.public_point.latitude == Decimal("40.187712")


def test_external_ref_is_unique_per_language():
    RealEstateFactory(external_ref="AG-1")
    assert "__all__" in errors_of(RealEstateFactory.build(external_ref="AG-1"))
    assert RealEstate.objects.count() == 1


@pytest.mark.parametrize("model", [Accommodation, RealEstate])
def test_each_type_declares_what_differs_by_type(model):
    """What the facts table, JSON-LD, enquiry form and records ask of a listing's type (see
    listings.models.base.Listing) names functions and fields that exist."""
    from django.utils.module_loading import import_string

    from listings.enquiries import EnquiryForm
    from listings.models import Enquiry, OwnerSubmission

    assert callable(import_string(model.facts_rows))
    assert callable(import_string(model.json_ld_describer))
    assert set(model.enquiry_fields) <= set(EnquiryForm._meta.fields)
    for record in (Enquiry, OwnerSubmission):
        assert record._meta.get_field(model.record_field).related_model is model
