"""Where listings live: the URL of each index page per language, cached.

Listing pages are routes of the index page of their language. Every page that links to
listings (the list, the language switcher, "nearby" lists, the home) needs these base URLs;
they are kept like the page chrome (borgo.memo), until the content changes.
"""

from borgo.memo import memoize

from .models import Accommodation, AccommodationIndexPage, RealEstateIndexPage
from .models.pages import offer_path


def index_page_class(listing):
    """The index page type of a listing or of a listing model."""
    model = listing if isinstance(listing, type) else type(listing)
    return AccommodationIndexPage if issubclass(model, Accommodation) else RealEstateIndexPage


def index_urls(page_class):
    """{language code: URL} of the live index pages of this type (one query on a cache miss)."""

    def compute():
        urls = {}
        for page in page_class.objects.live().select_related("locale").order_by("path"):
            urls.setdefault(page.locale.language_code, page.get_url())
        return urls

    return memoize(f"listings:index-urls:{page_class.__name__}", compute)


def listing_path(page_class, slug):
    return page_class.get_resolver().reverse("listing", slug=slug)


def listing_urls(model):
    """listing_url() for the listings of `model`, reading the index pages' URLs once: for loops
    (where the memo is off, as with several workers and no Redis, each read is a query)."""
    page_class = index_page_class(model)
    bases = index_urls(page_class)

    def url(listing, language_code, slug=None):
        base = bases.get(language_code)
        return base + listing_path(page_class, slug or listing.slug) if base else None

    return url


def listing_url(listing, language_code, slug=None):
    """The URL of a listing (or of another `slug` of it, such as its former one) under the
    index page of `language_code`, or None if there is none."""
    return listing_urls(type(listing))(listing, language_code, slug)


def offer_urls(page_class, thanks=False):
    """{language code: URL} of the owners' offer form (or its thank-you page) per language."""
    return {code: base + offer_path(code, thanks) for code, base in index_urls(page_class).items()}
