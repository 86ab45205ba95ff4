from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BorgoConfig(AppConfig):
    """The project package: home and content pages, site settings, chrome, demo content."""

    name = "borgo"
    verbose_name = _("Site")
    # A change to any of its models retires the cached pages (borgo.page_cache).
    retires_cached_pages = True

    def ready(self):
        from . import checks  # noqa: F401 (registers the deploy check)
        from .avif import use_configured_speed
        from .csrf_random import use_in_csrf_layer
        from .page_cache import connect_signals
        from .renditions import connect as connect_renditions

        connect_signals()
        connect_renditions()
        use_configured_speed()
        use_in_csrf_layer()
