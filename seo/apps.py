from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeoConfig(AppConfig):
    """Head metadata, hreflang, structured data and sitemaps."""

    name = "seo"
    verbose_name = _("SEO")
