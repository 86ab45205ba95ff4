"""schema.org descriptions of listings (see seo/structured_data.py for how they reach the page)."""

from django.utils.formats import number_format
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from borgo.place_facts import geo_json_ld
from borgo.public_urls import absolute

from .models import AccommodationType, Deal, PropertyType

ACCOMMODATION_TYPES = {
    AccommodationType.HOTEL: "Hotel",
    AccommodationType.BED_AND_BREAKFAST: "BedAndBreakfast",
    AccommodationType.AGRITURISMO: "LodgingBusiness",
    AccommodationType.HOSTEL: "Hostel",
    AccommodationType.APARTMENT: "Apartment",
    AccommodationType.ROOM: "Room",
}
LEASE = "http://purl.org/goodrelations/v1#LeaseOut"
SELL = "http://purl.org/goodrelations/v1#Sell"
BUSINESSES = {"Hotel", "BedAndBreakfast", "Hostel", "LodgingBusiness"}
# Homes are Accommodation types, which have floorSize, numberOfRooms and numberOfBedrooms. A
# shop or office is not Accommodation ("a place where one may sleep") and schema.org has no
# type for commercial premises: it stays a Place, whose size goes in additionalProperty.
PROPERTY_TYPES = {
    PropertyType.APARTMENT: "Apartment",
    PropertyType.HOUSE: "House",
    PropertyType.RUSTICO: "House",
    PropertyType.VILLA: "SingleFamilyHouse",
    PropertyType.SHOP_OFFICE: "Place",
}
ACCOMMODATION_KINDS = {"Apartment", "House", "SingleFamilyHouse"}


def _place(listing, request, url, renditions):
    point = listing.public_point
    data = {
        "name": listing.title,
        "description": listing.summary,
        "url": absolute(url),
        **geo_json_ld(point),
    }
    if renditions:
        data["image"] = [absolute(rendition.url) for rendition in renditions]
    return data


def _price(price, unit):
    return {
        "@type": "UnitPriceSpecification",
        "price": price,
        "priceCurrency": "EUR",
        "unitCode": unit,
    }


def _offer(price, unit=None, business_function=None):
    offer = {"@type": "Offer", "price": price, "priceCurrency": "EUR"}
    if unit:
        offer["priceSpecification"] = _price(price, unit)
    if business_function:
        offer["businessFunction"] = business_function
    return offer


def _price_range(listing):
    """The lodging's prices as the page states them, in its language (schema.org: text)."""
    if listing.price_per_night_from:
        sentence, price = _("from € %(price)s per night"), listing.price_per_night_from
    else:
        sentence, price = _("€ %(price)s per month"), listing.monthly_price
    return sentence % {"price": number_format(price, 2, force_grouping=True)}


def accommodation_json_ld(listing, request, url, renditions):
    """A lodging business with the offers it makes, or an Offer of the flat, house or room.

    schema.org's Apartment, House and Room (Accommodation types) have no `offers` property,
    while LodgingBusiness has `makesOffer`. So a flat or a room is published the way schema.org's
    hotel guide (schema.org/docs/hotels.html) publishes a room: an Offer whose `itemOffered` is
    the Accommodation, with one UnitPriceSpecification per price (per night, per month) rather
    than one Offer per price that would repeat the whole place. Google has no rich result for
    these (its VacationRental is for partners only), so validity on schema.org is what counts.
    """
    kind = ACCOMMODATION_TYPES[listing.accommodation_type]
    data = {"@type": kind, **_place(listing, request, url, renditions)}
    if kind not in BUSINESSES:
        data["occupancy"] = {"@type": "QuantitativeValue", "maxValue": listing.capacity}
        data["numberOfBedrooms"] = listing.bedrooms
    data["petsAllowed"] = listing.pets_allowed
    data["identifier"] = {"@type": "PropertyValue", "name": "CIN", "value": listing.cin}
    prices = [
        (price, unit)
        for price, unit in ((listing.price_per_night_from, "DAY"), (listing.monthly_price, "MON"))
        if price
    ]
    if kind in BUSINESSES:
        if listing.contact_phone:
            data["telephone"] = listing.contact_phone
        if prices:
            data["makesOffer"] = [_offer(price, unit=unit) for price, unit in prices]
            data["priceRange"] = _price_range(listing)
        return [data]
    offer = {
        "@type": "Offer",
        "url": data["url"],
        "priceCurrency": "EUR",
        "priceSpecification": [_price(price, unit) for price, unit in prices],
        "itemOffered": data,
    }
    return [offer]


def _floor_size(listing):
    return {"@type": "QuantitativeValue", "value": listing.floor_area_m2, "unitCode": "MTK"}


def _premises(listing, place):
    """The house, flat or shop on offer, with the properties its schema.org type allows."""
    kind = PROPERTY_TYPES[listing.property_type]
    about = {
        "@type": kind,
        "name": listing.title,
        **{key: place[key] for key in ("address", "geo") if key in place},
    }
    if kind in ACCOMMODATION_KINDS:
        about["floorSize"] = _floor_size(listing)
        about["numberOfRooms"] = listing.rooms
        if listing.bedrooms:
            about["numberOfBedrooms"] = listing.bedrooms
        if listing.bathrooms:
            about["numberOfBathroomsTotal"] = listing.bathrooms
    else:
        about["additionalProperty"] = {
            **_floor_size(listing),
            "@type": "PropertyValue",
            "name": str(listing._meta.get_field("floor_area_m2").verbose_name),
        }
    return about


def real_estate_json_ld(listing, request, url, renditions):
    place = _place(listing, request, url, renditions)
    about = _premises(listing, place)
    if listing.deal == Deal.RENT:
        offer = _offer(listing.monthly_rent, unit="MON", business_function=LEASE)
        offer["@type"] = "OfferForLease"
    else:
        offer = _offer(listing.price, business_function=SELL)
    offer["itemOffered"] = about
    data = {
        "@type": "RealEstateListing",
        "name": place["name"],
        "description": place["description"],
        "url": place["url"],
        "datePosted": listing.created_at.date().isoformat() if listing.created_at else None,
        "offers": offer,
    }
    if "image" in place:
        data["image"] = place["image"]
    return [data]


def listing_json_ld(listing, request, url, renditions):
    """The schema.org description of `listing`, by the function its type names."""
    return import_string(listing.json_ld_describer)(listing, request, url, renditions)
