from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoworkingConfig(AppConfig):
    """Connectivity, co-working spaces, bookings, events, questionnaire."""

    name = "coworking"
    verbose_name = _("Co-working")

    def ready(self):
        from borgo.sections import register_home_section

        # Importing the views registers them for their page types (borgo.page_views).
        from . import event_views, pass_views, views  # noqa: F401
        from .home_sections import connectivity_headline, next_events

        register_home_section(connectivity_headline)
        register_home_section(next_events)
