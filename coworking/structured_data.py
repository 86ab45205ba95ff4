"""schema.org descriptions of the co-working pages (rendered by seo's JSON-LD tag).

Names (amenities, passes) are in the page's language, and prices say what the page says: a
space is `isAccessibleForFree` only when it has no price at all; free use by residents is an
Offer at 0 for them.
"""

from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from borgo.place_facts import geo_json_ld, opening_hours_specification
from borgo.public_urls import absolute
from seo.metadata import social_image_url

from .models.space_parts import published_parts

# UN/CEFACT units of the passes whose length has one.
UNIT_CODES = {1: "DAY", 7: "WEE", 28: "MON", 29: "MON", 30: "MON", 31: "MON"}


def _offer(name, price, unit=None):
    offer = {"@type": "Offer", "name": name, "price": f"{price:.2f}", "priceCurrency": "EUR"}
    if unit:
        offer["priceSpecification"] = {
            "@type": "UnitPriceSpecification",
            "price": f"{price:.2f}",
            "priceCurrency": "EUR",
            "unitCode": unit,
        }
    return offer


def space_offers(space, passes):
    offers = [
        _offer(desk_pass.name, desk_pass.price, UNIT_CODES.get(desk_pass.length_days))
        for desk_pass in passes
    ]
    if space.resident_free:
        offers.insert(0, _offer(_("Free for residents of the municipality."), 0))
    return offers


def price_range(passes):
    """e.g. "€ 8,00–90,00", in the page's number format, or "" without prices."""
    prices = [desk_pass.price for desk_pass in passes]
    if not prices:
        return ""
    low, high = (number_format(p, 2, force_grouping=True) for p in (min(prices), max(prices)))
    return f"€ {low}" if low == high else f"€ {low}–{high}"


def space_json_ld(space, request):
    """A LocalBusiness (schema.org has no co-working type) with hours, amenities and prices."""
    passes = published_parts(space, request).passes
    has_prices = bool(passes)
    data = {
        "@type": "LocalBusiness",
        "additionalType": "https://www.wikidata.org/wiki/Q1129457",  # coworking space
        "name": space.title,
        "url": absolute(space.get_url(request)),
        "description": space.intro,
        **geo_json_ld(space),
        "openingHoursSpecification": opening_hours_specification(space.opening_hours),
        "amenityFeature": [
            {"@type": "LocationFeatureSpecification", "name": str(label), "value": True}
            for label in space.amenity_labels
        ],
        "isAccessibleForFree": not has_prices,
    }
    offers = space_offers(space, passes)
    if offers:
        data["makesOffer"] = offers
    if has_prices:
        data["priceRange"] = price_range(passes)
    if space.email:
        data["email"] = space.email
    if space.phone:
        data["telephone"] = space.phone
    return [data]


def event_json_ld(event, request):
    """A schema.org Event: where (Place with address and geo), who organises it, how to join.

    What Google's event rich results ask for: an image (the event's own, else the
    municipality's sharing picture), the organiser with its address, and an offer with the
    price (0 for a free event), its currency and availability.
    """
    from borgo.models import MunicipalitySettings

    municipality = MunicipalitySettings.load(request_or_site=request)
    url = absolute(event.get_url(request))
    image = event.main_image() or municipality.social_image
    data = {
        "@type": "EducationEvent" if event.kind == "course" else "Event",
        "name": event.title,
        "description": event.summary,
        "url": url,
        "startDate": timezone.localtime(event.start).isoformat(),
        "endDate": timezone.localtime(event.end).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": event.place_name, **geo_json_ld(event.place)},
        "organizer": {
            "@type": "GovernmentOrganization",
            "name": municipality.name,
            "url": absolute(event.get_parent().get_parent().get_url(request)),
        },
        "offers": {
            "@type": "Offer",
            "url": event.registration_url or url,
            "price": f"{event.price:.2f}",
            "priceCurrency": "EUR",
            "availability": "https://schema.org/InStock",
            "validFrom": timezone.localtime(event.first_published_at or event.start).isoformat(),
        },
        "isAccessibleForFree": not event.price,
    }
    if image:
        data["image"] = [social_image_url(image)]
    if event.capacity:
        data["maximumAttendeeCapacity"] = event.capacity
    return data
