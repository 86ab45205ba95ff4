"""hreflang alternates, on the public address (see borgo.public_urls)."""

from django.conf import settings

from borgo.public_urls import absolute


def hreflang_alternates(urls):
    """[(language, absolute URL)] of a page's versions ({language: URL}) in the site's language
    order, with x-default on the Italian one when there is more than one version."""
    pairs = [(code, absolute(urls[code])) for code, _name in settings.LANGUAGES if urls.get(code)]
    if len(pairs) > 1 and urls.get(settings.LANGUAGE_CODE):
        pairs.append(("x-default", absolute(urls[settings.LANGUAGE_CODE])))
    return pairs
