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


def hreflang_alternates(urls):
    """[(language, absolute URL)] of a page's versions ({language: URL}) in the site's language
    order, with x-default on the Italian one when there is more than one version."""
    pairs = [(code, absolute(urls[code])) for code, _name in settings.LANGUAGES if urls.get(code)]
    if len(pairs) > 1 and urls.get(settings.LANGUAGE_CODE):
        pairs.append(("x-default", absolute(urls[settings.LANGUAGE_CODE])))
    return pairs
