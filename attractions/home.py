"""The home page's "Discover the territory" section: up to three featured places."""

from django.utils.translation import get_language

FEATURED_LIMIT = 3


def featured_places(request, home):
    """(template, context) of the featured places in the visitor's language, or None."""
    from .models import PLACE_MODELS

    places = []
    for model in PLACE_MODELS:  # one small query per place type
        places += (
            model.objects.live()
            .filter(featured=True, locale__language_code=get_language())
            .select_related("locale")
            .only("title", "summary", "url_path", "category", "locale__language_code")
            .order_by("title")[:FEATURED_LIMIT]
        )
    if not places:
        return None
    return "attractions/includes/home_featured.html", {"places": places[:FEATURED_LIMIT]}
