"""What crawlers read at the root of the site: robots.txt and the sitemaps."""

from django.urls import path

from . import sitemaps
from .views import robots_txt

urlpatterns = [
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:section>.xml", sitemaps.sitemap_section, name="sitemap_section"),
]
