"""Absolute URLs for search engines and social networks, always on the public address.

Canonicals, hreflang alternates, sitemaps and cards must name one host whatever Host header a
request came with and whatever the Wagtail Site record says: BASE_URL is that address.
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute(url):
    """BASE_URL + the path (and query) of a relative or absolute URL."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return f"{settings.BASE_URL}{path}"
