"""What listings add to pages they do not own: "Stays nearby" and featured stays on the home
(registered in wagtail_hooks.py)."""

from decimal import Decimal

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from borgo.app_sections import NearbyProvider
from borgo.place_facts import distance_between

from .models import Accommodation, AccommodationIndexPage
from .search import by_distance

FEATURED_ON_HOME = 3
# "Nearby" ends about 11 km away (0.1° of latitude): further is another trip, not a neighbour.
NEARBY_DEGREES = Decimal("0.1")


def _stays_index_url():
    return AccommodationIndexPage.index_urls().get(get_language())


def _attach_urls(base_url, stays):
    """Give each stay the URL of its page under the stays index (no query per stay)."""
    for stay in stays:
        stay.page_url = AccommodationIndexPage.listing_url_under(base_url, stay.slug)
    return stays


def _stays():
    return Accommodation.objects.visible().filter(locale__language_code=get_language())


def find_nearby_stays(origin, limit):
    """[(stay, Distance)] closest to origin: one query for the nearest `limit` stays, however
    many there are (ordered by the database, see search.by_distance)."""
    base_url = _stays_index_url()
    if base_url is None:
        return []
    lat, lng = Decimal(str(origin.latitude)), Decimal(str(origin.longitude))
    candidates = _stays().filter(
        latitude__range=(lat - NEARBY_DEGREES, lat + NEARBY_DEGREES),
        longitude__range=(lng - NEARBY_DEGREES, lng + NEARBY_DEGREES),
    )
    source = getattr(origin, "source", origin)
    if getattr(source, "is_accommodation", False):
        candidates = candidates.exclude(translation_key=source.translation_key)
    stays = _attach_urls(base_url, list(by_distance(candidates, origin)[:limit]))
    # Not borgo.place_facts.nearest(): it drops candidates whose pk equals the origin's, which
    # for an origin of another model (a place page) would hide an unrelated stay.
    return [(stay, distance_between(origin, stay)) for stay in stays]


def featured_stays(request, home):
    """The home page's "Where to stay" block: up to three featured stays, or nothing."""
    base_url = _stays_index_url()
    if base_url is None:
        return None
    featured = _stays().filter(featured=True).order_by("-updated_at")
    stays = list(featured.with_gallery()[:FEATURED_ON_HOME])
    if not stays:
        return None
    return "listings/includes/home_stays.html", {"stays": _attach_urls(base_url, stays)}


NEARBY_STAYS = NearbyProvider(
    _("Stays nearby"), "listings/includes/nearby_stays.html", find_nearby_stays
)
