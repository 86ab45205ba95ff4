"""schema.org descriptions of the co-working pages (rendered by seo's JSON-LD tag)."""

from borgo.places import geo_json_ld, opening_hours_specification


def _offer(name, price):
    return {"@type": "Offer", "name": name, "price": f"{price:.2f}", "priceCurrency": "EUR"}


def space_json_ld(space, request):
    """A LocalBusiness (schema.org has no co-working type) with hours, amenities and prices."""
    data = {
        "@type": "LocalBusiness",
        "additionalType": "https://www.wikidata.org/wiki/Q1129457",  # coworking space
        "name": space.title,
        "url": space.get_full_url(request),
        "description": space.intro,
        **geo_json_ld(space),
        "openingHoursSpecification": opening_hours_specification(space.opening_hours),
        "amenityFeature": [
            {"@type": "LocationFeatureSpecification", "name": str(label), "value": True}
            for label in space.amenity_labels
        ],
        "isAccessibleForFree": space.resident_free,
    }
    offers = [
        _offer(name, price)
        for name, price in (
            ("day", space.day_price),
            ("week", space.week_price),
            ("month", space.month_price),
        )
        if price is not None
    ]
    if offers:
        data["makesOffer"] = offers
    if space.email:
        data["email"] = space.email
    if space.phone:
        data["telephone"] = space.phone
    return [data]


def event_json_ld(event, request):
    """A schema.org Event: where (Place with address and geo), who organises it, how to join.

    An event records no price, so neither isAccessibleForFree nor an offer's price is
    claimed: a paid course must not be announced to search engines as free.
    """
    from borgo.models import MunicipalitySettings

    municipality = MunicipalitySettings.load(request_or_site=request)
    data = {
        "@type": "EducationEvent" if event.kind == "course" else "Event",
        "name": event.title,
        "description": event.summary,
        "url": event.get_full_url(request),
        "startDate": event.start.isoformat(),
        "endDate": event.end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": event.place_name, **geo_json_ld(event.place)},
        "organizer": {"@type": "GovernmentOrganization", "name": municipality.name},
    }
    if event.capacity:
        data["maximumAttendeeCapacity"] = event.capacity
    if event.registration_url:
        data["offers"] = {"@type": "Offer", "url": event.registration_url}
    return data
