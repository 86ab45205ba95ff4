"""The head metadata of a page or view: title, description, canonical, hreflang, cards.

Derived from the page's own fields so that editors only fill in what they want to change:
the description falls back to the page's summary or introduction, the sharing image to the
page's own first picture. A view that is not a page passes `seo` in its context, a dict with
any of title, description, image, image_alt and noindex, to describe the object it shows.

A page describes itself through `borgo.pages.BasePage`: `seo_description()` and
`sharing_picture(request)` (the editor's *sharing image*, else the type's main picture: a
place's or a co-working room's first photo with its translated alt text, a hero or list image,
the first image of the body). What only the site knows comes from the base template: the
language versions of the page or view (`language_urls`), and the default image shared by a
page with no picture of its own (the municipality's).
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.core.paginator import Page as PageOfResults
from django.utils.translation import get_language

from borgo.pages import described
from borgo.public_urls import absolute

from .urls import hreflang_alternates

OG_LOCALES = {"it": "it_IT", "en": "en_GB", "de": "de_DE", "fr": "fr_FR"}
SOCIAL_IMAGE_SPEC = "fill-1200x627|format-jpeg|jpegquality-80"
DESCRIPTION_LENGTH = 160


@dataclass
class Metadata:
    title: str
    description: str
    canonical: str
    og_type: str
    locale: str
    image_url: str | None = None
    image_alt: str = ""
    noindex: bool = False
    alternates: list[tuple[str, str]] = field(default_factory=list)  # (hreflang, absolute url)

    @property
    def locale_alternates(self):
        return [
            OG_LOCALES[code]
            for code, _url in self.alternates
            if code in OG_LOCALES and code != get_language()
        ]


def shorten(text, length):
    """The text on one line, cut at the last whole word that fits in `length` with an ellipsis,
    so a search result never ends in half a word."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut and not text[length - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.–-") + "…"


def social_image_url(image):
    return absolute(image.get_rendition(SOCIAL_IMAGE_SPEC).url) if image else None


def sharing_picture(request, own_page, overrides, default_image):
    if overrides.get("image"):
        return overrides["image"], overrides.get("image_alt") or overrides["image"].description
    own_picture = own_page.sharing_picture(request) if own_page is not None else None
    return own_picture or described(default_image)


def results_page_number(context):
    """Which page of results a paginated index shows (?page=N), as its paginator numbered it.

    Page N of a list is not page 1's duplicate: search engines are to index it under its own
    address. The number comes from the view's paginator, not from the query string, so a page
    number that is not one (the views answer a 404 or the nearest page) and any other
    parameter (filters, campaign tags) never reach the canonical address."""
    for value in context.flatten().values():
        # type(), not isinstance(): that would evaluate the context's lazy values (the CSRF
        # token, the user), which sets a cookie and makes the page uncacheable.
        if issubclass(type(value), PageOfResults):
            return value.number
    return 1


def canonical_path(request, own_page):
    """The page's own address. A routable page's sub-page (a category of places) is a page of its
    own for search engines, listed in the sitemap under its address: it is its own canonical."""
    if own_page is None:
        return request.path
    url = own_page.get_url(request)
    path = urlsplit(url).path
    below = request.path != path and request.path.startswith(path)
    return request.path if below and getattr(request, "routable_resolver_match", None) else url


def metadata_for(context, language_urls, default_image):
    """`language_urls`: {language: URL} of the page's or view's versions."""
    request, page = context["request"], context.get("page")
    overrides = context.get("seo", {})
    # A view showing its own object (a listing, the search) describes it in `seo`; the page
    # serving it lends only its language links, not its texts.
    own_page = page if "seo" not in context else None
    title = (
        overrides.get("title") or getattr(own_page, "seo_title", "") or getattr(page, "title", "")
    )
    description = overrides.get("description") or (own_page.seo_description() if own_page else "")
    image, image_alt = sharing_picture(request, own_page, overrides, default_image) or (None, "")
    canonical = absolute(canonical_path(request, own_page))
    if (number := results_page_number(context)) > 1:
        canonical += f"?page={number}"
    return Metadata(
        title=title,
        description=shorten(str(description), DESCRIPTION_LENGTH),
        canonical=canonical,
        og_type="website" if getattr(own_page, "depth", 0) == 2 else "article",
        locale=OG_LOCALES.get(get_language(), get_language()),
        image_url=social_image_url(image),
        image_alt=image_alt,
        noindex=overrides.get("noindex", getattr(own_page, "noindex", False)),
        alternates=hreflang_alternates(language_urls),
    )
