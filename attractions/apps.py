from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AttractionsConfig(AppConfig):
    """The territory: attractions, activities and services, their indexes and maps.

    What it adds to pages it does not own (home, nearby lists, site search) is registered as
    Wagtail hooks in wagtail_hooks.py."""

    name = "attractions"
    verbose_name = _("Territory")
    # A change to any of its models retires the cached pages (borgo.page_cache).
    retires_cached_pages = True
