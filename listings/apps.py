from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ListingsConfig(AppConfig):
    """Accommodation and real-estate listings, their pages, enquiries and CSV import.

    What it adds to pages it does not own (home, nearby lists, site search, SEO report) is
    registered as Wagtail hooks in wagtail_hooks.py."""

    name = "listings"
    verbose_name = _("Listings")
    # A change to any of its models retires the cached pages (borgo.page_cache).
    retires_cached_pages = True

    def ready(self):
        # Importing the views registers them for their page types (borgo.page_views).
        from . import photos, plan_views, redirects, translation_facts, views  # noqa: F401
        from .models import Accommodation, RealEstate

        redirects.connect([Accommodation, RealEstate])
        translation_facts.connect([Accommodation, RealEstate])
        photos.connect([Accommodation, RealEstate])
