"""The home page's "Discover the territory" section: up to three featured places."""

from django.utils.translation import get_language

from borgo.memo import memoize

FEATURED_LIMIT = 3


def featured_places(request, home):
    """(template, context) of the featured places in the visitor's language, or None."""
    from .models import PLACE_MODELS

    def find():  # one small query per place type, and none while the content stays the same
        places = []
        for model in PLACE_MODELS:
            places += (
                model.objects.live()
                .filter(featured=True, locale__language_code=get_language())
                .select_related("locale")
                .only("title", "summary", "url_path", "category", "locale__language_code")
                .order_by("title")[:FEATURED_LIMIT]
            )
        return places

    places = memoize(f"featured-places:{get_language()}", find)
    if not places:
        return None
    return "attractions/includes/home_featured.html", {"places": places[:FEATURED_LIMIT]}
