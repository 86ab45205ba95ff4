from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoworkingConfig(AppConfig):
    """Connectivity, co-working spaces, bookings, events, questionnaire."""

    name = "coworking"
    verbose_name = _("Co-working")
    # A change to any of its models retires the cached pages (borgo.page_cache).
    retires_cached_pages = True

    def ready(self):
        # Importing the views registers them for their page types (borgo.page_views).
        from . import event_views, pass_views, views  # noqa: F401
