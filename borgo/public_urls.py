"""Absolute URLs, always on the public address.

Decision: every link the site sends out (canonicals, hreflang, sitemaps, JSON-LD, social cards,
e-mails, calendar feeds) is built by `absolute()` on BASE_URL, not with Wagtail's
`get_full_url()` (the Site record) nor the request's Host header: search engines must see one
host whatever Host a request came with, and one function serves pages, views and image
renditions alike. `setup_site` keeps the Site record on BASE_URL too, so what Wagtail builds
itself (moderation e-mails) agrees.
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute(url):
    """BASE_URL + the path (and query) of a relative or absolute URL."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return f"{settings.BASE_URL}{path}"
