from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoworkingConfig(AppConfig):
    """Connectivity, co-working spaces, bookings, events, questionnaire (built by its own issue)."""

    name = "coworking"
    verbose_name = _("Co-working")
