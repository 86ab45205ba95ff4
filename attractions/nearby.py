"""The places of the territory nearest to a located object, for the "Places nearby" lists."""

from django.utils.translation import get_language

from borgo.memo import memoize
from borgo.place_facts import nearest


def located_places(model):
    """Live places of one type in the visitor's language with coordinates: one query."""
    return (
        model.objects.live()
        .filter(locale__language_code=get_language())
        .exclude(latitude=None)
        .exclude(longitude=None)
        .select_related("locale")
        .only("title", "url_path", "latitude", "longitude", "locale__language_code")
    )


def find_places_nearby(origin, limit):
    """[(place, Distance)] closest to `origin`: one query per place type, whatever the data,
    and none while the content stays the same (borgo.memo)."""
    from .models import PLACE_MODELS

    candidates = memoize(
        f"located-places:{get_language()}",
        lambda: [place for model in PLACE_MODELS for place in located_places(model)],
    )
    if hasattr(origin, "translation_key") and hasattr(origin, "url_path"):
        # A place page is not its own neighbour (nearest() compares primary keys only).
        candidates = [place for place in candidates if place.pk != origin.pk]
    return nearest(origin, candidates, limit)
