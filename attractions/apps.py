from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AttractionsConfig(AppConfig):
    """The territory: attractions, activities and services, their indexes and maps."""

    name = "attractions"
    verbose_name = _("Territory")

    def ready(self):
        from borgo.search import EXTRA_SEARCHES
        from borgo.sections import register_home_section, register_nearby

        from .home import featured_places
        from .nearby import find_places_nearby
        from .site_search import search_categories

        register_nearby(
            _("Places nearby"), "attractions/includes/nearby_places.html", find_places_nearby
        )
        register_home_section(featured_places)
        EXTRA_SEARCHES.append(search_categories)
