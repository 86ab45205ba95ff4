from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AttractionsConfig(AppConfig):
    """The territory: attractions, activities and services (built by its own issue)."""

    name = "attractions"
    verbose_name = _("Territory")
