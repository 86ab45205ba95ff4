from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ListingsConfig(AppConfig):
    """Accommodation and real-estate listings, their pages, enquiries and CSV import."""

    name = "listings"
    verbose_name = _("Listings")

    def ready(self):
        from borgo.search import EXTRA_SEARCHES
        from borgo.sections import register_home_section, register_nearby
        from seo import seo_report

        # Importing the views registers them for their page types (borgo.page_views).
        from . import photos, plan_views, redirects, translation_facts, views  # noqa: F401
        from .models import Accommodation, RealEstate
        from .sections import HEADING, featured_stays, find_nearby_stays
        from .seo_report import expired_listings, listing_titles
        from .site_search import search_listings

        register_nearby(HEADING, "listings/includes/nearby_stays.html", find_nearby_stays)
        register_home_section(featured_stays)
        EXTRA_SEARCHES.append(search_listings)
        seo_report.register(expired_listings)
        seo_report.register_titles(listing_titles)
        redirects.connect([Accommodation, RealEstate])
        translation_facts.connect([Accommodation, RealEstate])
        photos.connect([Accommodation, RealEstate])
