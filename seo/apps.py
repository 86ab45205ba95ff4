from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeoConfig(AppConfig):
    """Head metadata, hreflang, structured data and sitemaps."""

    name = "seo"
    verbose_name = _("SEO")
    # A change to any of its models retires the cached pages (borgo.page_cache).
    retires_cached_pages = True
