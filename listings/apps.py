from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ListingsConfig(AppConfig):
    """Accommodation and real-estate listings (built by its own issue)."""

    name = "listings"
    verbose_name = _("Listings")
