"""The stays and homes index pages, their filters, and each listing's page."""

import datetime
import re

import pytest
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

from borgo.models import HomePage
from listings.models import AccommodationImage, AccommodationIndexPage, RealEstateIndexPage
from tests.conftest import OTHER_LANGUAGE_CODES
from tests.factories import ImageFactory
from tests.json_ld import described_thing
from tests.test_seo import meta

from .factories import AccommodationFactory, RealEstateFactory

pytestmark = pytest.mark.django_db


class TestPageTypes(WagtailPageTestCase):
    def test_index_pages_live_under_the_home_page_only(self):
        for page_class in (AccommodationIndexPage, RealEstateIndexPage):
            self.assertAllowedParentPageTypes(page_class, {HomePage})
            self.assertAllowedSubpageTypes(page_class, {})


def body_of(response):
    assert response.status_code == 200
    return response.content.decode()


def translate(listing, code, **fields):
    """A live translation of a listing (Wagtail core copy), with some fields changed."""
    translation = listing.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def test_index_filters_combine(client, stays_index):
    AccommodationFactory(
        title="Studio lavoro",
        price_per_night_from=50,
        has_desk=True,
        has_ergonomic_chair=True,
        monthly_price=650,
        long_stay_friendly=True,
    )
    AccommodationFactory(
        title="Studio caro",
        has_desk=True,
        has_ergonomic_chair=True,
        monthly_price=900,
        long_stay_friendly=True,
    )
    AccommodationFactory(
        title="Senza scrivania", price_per_night_from=40, monthly_price=500, long_stay_friendly=True
    )
    AccommodationFactory(
        title="Albergo grande",
        accommodation_type="hotel",
        capacity=30,
        monthly_price=None,
        price_per_night_from=80,
    )
    url = stays_index["it"].url
    body = body_of(client.get(url, {"workspace": "on", "long_stay": "on", "max_month": "700"}))
    assert "Studio lavoro" in body
    assert "Studio caro" not in body and "Senza scrivania" not in body
    body = body_of(client.get(url, {"accommodation_type": "hotel", "guests": "10"}))
    assert "Albergo grande" in body and "Studio lavoro" not in body
    body = body_of(client.get(url, {"sort": "price"}))
    assert (
        body.index("Senza scrivania") < body.index("Studio lavoro") < body.index("Albergo grande")
    )


@pytest.mark.parametrize(
    "query",
    [
        {"max_month": "abc"},
        {"guests": "-3"},
        {"max_night": "9" * 40},
        {"accommodation_type": "<script>alert(1)</script>"},
        {"sort": "distance"},
        {"page": "'; DROP TABLE"},
        {"page": "99999"},
    ],
)
def test_bad_filter_values_give_a_message_and_the_list(client, stays_index, query):
    AccommodationFactory(title="Sempre visibile")
    body = body_of(client.get(stays_index["it"].url, query))
    assert "Sempre visibile" in body
    assert "<script>alert(1)</script>" not in body
    if "page" not in query:
        assert "error-summary" in body


def test_bad_filter_message_is_in_the_visitors_language(client, stays_index):
    body = body_of(client.get(stays_index["de"].url, {"guests": "abc"}))
    assert "Ganze Zahl" in body or "ganze Zahl" in body


def test_real_estate_filters(client, homes_index):
    RealEstateFactory(
        title="Affitto piccolo", deal="rent", price=None, monthly_rent=400, floor_area_m2=50
    )
    RealEstateFactory(title="Vendita grande", deal="sale", price=90000, floor_area_m2=150)
    RealEstateFactory(
        title="Casa a un euro",
        price=1,
        one_euro_scheme=True,
        one_euro_conditions="Restauro entro tre anni.",
    )
    url = homes_index["it"].url
    body = body_of(client.get(url, {"deal": "rent", "max_price": "500"}))
    assert "Affitto piccolo" in body and "Vendita grande" not in body
    body = body_of(client.get(url, {"min_area": "100"}))
    assert "Vendita grande" in body and "Affitto piccolo" not in body
    body = body_of(client.get(url, {"one_euro": "on"}))
    assert "Casa a un euro" in body and "Vendita grande" not in body
    # The bounds compare the rent of a house to rent and the price of a house for sale.
    body = body_of(client.get(url, {"min_price": "300", "max_price": "100000"}))
    assert "Affitto piccolo" in body and "Vendita grande" in body
    assert "Casa a un euro" not in body


def test_a_minimum_price_above_the_maximum_is_explained(client, homes_index):
    body = body_of(client.get(homes_index["de"].url, {"min_price": "5000", "max_price": "10"}))
    assert "Der Mindestpreis liegt über dem Höchstpreis." in body


def test_pagination(client, stays_index):
    for number in range(14):
        AccommodationFactory(title=f"Alloggio numero {number:02d}")
    first = body_of(client.get(stays_index["it"].url))
    second = body_of(client.get(stays_index["it"].url, {"page": "2"}))
    assert first.count('class="card listing-card"') == 12
    assert second.count('class="card listing-card"') == 2
    assert 'rel="next"' in first and 'rel="prev"' in second


def test_listings_of_other_languages_expired_or_draft_are_not_shown(client, stays_index):
    shown = AccommodationFactory(title="Visibile")
    expired = AccommodationFactory(title="Scaduto", expires_on=datetime.date(2020, 1, 1))
    draft = AccommodationFactory(title="Bozza", live=False)
    translate(shown, "en", title="Visible in English", slug="visible")
    body = body_of(client.get(stays_index["it"].url))
    assert "Visibile" in body and "Scaduto" not in body and "Bozza" not in body
    assert "Visible in English" not in body
    for listing in (expired, draft):
        assert client.get(f"{stays_index['it'].url}{listing.slug}/").status_code == 404
    assert client.get(f"{stays_index['it'].url}no-such-stay/").status_code == 404


def test_detail_page_in_every_language_with_language_switcher(client, stays_index):
    stay = AccommodationFactory(title="Casa del Fornaio", slug="casa-del-fornaio")
    slugs = {
        "it": "casa-del-fornaio",
        "en": "the-bakers-house",
        "de": "haus-des-baeckers",
        "fr": "la-maison-du-boulanger",
    }
    for code in OTHER_LANGUAGE_CODES:
        translate(stay, code, title=f"Fornaio {code}", slug=slugs[code])
    for code, slug in slugs.items():
        body = body_of(client.get(f"{stays_index[code].url}{slug}/"))
        assert f'<html lang="{code}">' in body
        assert body.count("<h1") == 1
        assert "IT076099C2ABCD1234" in body  # the CIN, as the law asks
        for other_code, other_slug in slugs.items():
            if other_code == code:
                continue  # the current language is not a link
            assert f'href="/{other_code}/{stays_index[other_code].slug}/{other_slug}/"' in body


def test_accommodation_json_ld(client, stays_index):
    AccommodationFactory(
        slug="b-and-b",
        accommodation_type="bnb",
        price_per_night_from=45,
        contact_phone="+39 0975 123456",
    )
    AccommodationFactory(slug="flat", accommodation_type="apartment", monthly_price=650)
    bnb = described_thing(body_of(client.get(f"{stays_index['it'].url}b-and-b/")))
    assert bnb["@type"] == "BedAndBreakfast"
    assert bnb["makesOffer"][0] == {
        "@type": "Offer",
        "price": 45,
        "priceCurrency": "EUR",
        "priceSpecification": {
            "@type": "UnitPriceSpecification",
            "price": 45,
            "priceCurrency": "EUR",
            "unitCode": "DAY",
        },
    }
    geo = {"@type": "GeoCoordinates", "latitude": "40.187300", "longitude": "15.873100"}
    assert bnb["geo"] == geo
    # What the page shows of a lodging business: its phone and its prices.
    assert bnb["telephone"] == "+39 0975 123456"
    assert bnb["priceRange"] == "da € 45,00 a notte"
    # Apartment is a schema.org Accommodation, which has no "offers": it is the item offered.
    offer = described_thing(body_of(client.get(f"{stays_index['it'].url}flat/")))
    assert offer["@type"] == "Offer"
    assert {spec["unitCode"]: spec["price"] for spec in offer["priceSpecification"]} == {
        "DAY": 60,
        "MON": 650,
    }
    flat = offer["itemOffered"]
    assert flat["@type"] == "Apartment" and "offers" not in flat
    assert flat["identifier"]["value"] == "IT076099C2ABCD1234"
    assert offer["url"] == flat["url"]


def test_real_estate_json_ld_and_approximate_address(client, homes_index):
    RealEstateFactory(
        slug="in-affitto",
        deal="rent",
        price=None,
        monthly_rent=450,
        address_precision="approximate",
    )
    RealEstateFactory(slug="in-vendita", price=60000, address_precision="exact")
    body = body_of(client.get(f"{homes_index['it'].url}in-affitto/"))
    assert "Via del Castello 3" not in body
    rent = described_thing(body)
    assert rent["@type"] == "RealEstateListing"
    assert rent["offers"]["@type"] == "OfferForLease"
    assert rent["offers"]["price"] == 450 and rent["offers"]["priceCurrency"] == "EUR"
    assert rent["offers"]["itemOffered"]["geo"]["latitude"] == "40.185000"  # rounded, 6 places
    sale = described_thing(body_of(client.get(f"{homes_index['it'].url}in-vendita/")))
    assert sale["offers"]["@type"] == "Offer" and sale["offers"]["price"] == 60000
    assert sale["offers"]["itemOffered"]["address"]["streetAddress"] == "Via del Castello 3"


@pytest.mark.parametrize(
    ("property_type", "schema_type"),
    [("apartment", "Apartment"), ("villa", "SingleFamilyHouse"), ("shop_office", "Place")],
)
def test_each_kind_of_property_has_only_properties_its_type_allows(
    client, homes_index, property_type, schema_type
):
    RealEstateFactory(slug="immobile", property_type=property_type, floor_area_m2=120, rooms=4)
    listing = described_thing(body_of(client.get(f"{homes_index['it'].url}immobile/")))
    premises = listing["offers"]["itemOffered"]
    assert premises["@type"] == schema_type
    if schema_type == "Place":  # floorSize and numberOfRooms belong to Accommodation
        assert "floorSize" not in premises and "numberOfRooms" not in premises
        assert premises["additionalProperty"]["value"] == 120
        assert premises["additionalProperty"]["unitCode"] == "MTK"
    else:
        assert premises["floorSize"]["value"] == 120 and premises["numberOfRooms"] == 4


def test_a_short_summary_is_completed_with_facts_in_the_meta_description(client, stays_index):
    long_summary = "Una casa di pietra con giardino, a due passi dalla piazza e dalla sala comune."
    AccommodationFactory(slug="corta", summary="Due stanze sul forno.", accommodation_type="bnb")
    AccommodationFactory(slug="lunga", summary=long_summary)
    short = meta(body_of(client.get(f"{stays_index['it'].url}corta/")), "name", "description")
    assert short.startswith("Due stanze sul forno. Tipologia: Bed and breakfast;"), short
    assert 50 <= len(short) <= 160
    long = meta(body_of(client.get(f"{stays_index['it'].url}lunga/")), "name", "description")
    assert long == long_summary


def test_detail_photos_are_pictures_the_first_eager_the_others_lazy(client, stays_index):
    stay = AccommodationFactory(slug="con-foto")
    stay.gallery = [
        AccommodationImage(image=ImageFactory(), alt_text=f"Foto {n}", locale=stay.locale)
        for n in range(3)
    ]
    stay.save()
    body = body_of(client.get(f"{stays_index['it'].url}con-foto/"))
    pictures = re.findall(r"<picture>.*?</picture>", body, re.S)
    assert len(pictures) == 3
    for n, picture in enumerate(pictures):
        assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
        (img,) = re.findall(r"<img [^>]*>", picture)
        assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
        assert f'alt="Foto {n}"' in img
        assert ('loading="eager"' if n == 0 else 'loading="lazy"') in img
