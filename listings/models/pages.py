"""The "Stay" and "Homes" sections: index pages that also serve each listing under them.

Listings are snippets, so their pages are routes of the index page (/it/dormire/<slug>/), in
the index page's language. So is the owners' offer form (/it/dormire/offri/, see
listings.submissions), with a word of the page's language, and its thank-you page
(/it/dormire/offri/grazie/): no extra page in the tree to create and translate.

Decisions (issue 16): each index page type names what differs per type (its listing model,
and its filter and offer forms by dotted path, since the forms import these models), and
listings.views, registered for these pages (borgo.page_views), answers their routes. A
listing's URL is built in one place, `ListingIndexPage.listing_url_under`; every page that
links to listings (the list, the language switcher, "nearby" lists, the home, the sitemap,
the site search) goes through it, with the index pages' URLs cached like the page chrome
(borgo.memo, `index_urls`) until the content changes.
"""

from collections import defaultdict

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page
from wagtail.search import index

from borgo.memo import memoize
from borgo.page_views import RegisteredViews
from borgo.pages import BasePage

from ..routes import FORM_WORDS, THANKS_WORDS, offer_path, offer_words
from .accommodation import Accommodation
from .realestate import RealEstate


def listing_url(listing, language_code, slug=None):
    """The URL of a listing (or of another `slug` of it, such as its former one) under the
    index page of `language_code`, or None if there is none."""
    return listing.index_page_class().listing_urls()(listing, language_code, slug)


class ListingIndexPage(RegisteredViews, RoutablePageMixin, BasePage):
    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("A few sentences above the list."),
    )

    parent_page_types = ["borgo.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    # Set by the concrete pages: the listing model, and the dotted paths of its forms.
    listing_model = None
    filter_form = ""
    offer_form = ""
    offer_title = ""  # the link to the offer form and its heading

    class Meta:
        abstract = True

    @path("")
    def list_view(self, request):
        return self.registered_view("list")(request)

    # Before the listing route, which would take the offer form's word for a slug.
    @re_path(rf"^(?P<word>{FORM_WORDS})/$")
    def offer_view(self, request, word):
        if word != offer_words()[0]:
            return self.detail_view(request, word)
        return self.registered_view("offer")(request)

    @re_path(rf"^(?P<word>{FORM_WORDS})/(?P<thanks>{THANKS_WORDS})/$")
    def offer_thanks_view(self, request, word, thanks):
        if (word, thanks) != offer_words():
            raise Http404
        return self.registered_view("offer_thanks")(request)

    @re_path(r"^(?P<slug>[-\w]+)/$", name="listing")
    def detail_view(self, request, slug):
        return self.registered_view("listing")(request, slug)

    @classmethod
    def listing_url_under(cls, index_url, slug):
        """The URL of the listing `slug` under `index_url`, the URL of an index page of this
        type: the one place a listing's URL is built."""
        return index_url + cls.get_resolver().reverse("listing", slug=slug)

    def listing_url(self, listing, request=None):
        return self.listing_url_under(self.get_url(request), listing.slug)

    def offer_url(self, request=None, thanks=False):
        """The offer form (or its thank-you page) under this page."""
        return self.get_url(request) + offer_path(thanks=thanks)

    @classmethod
    def index_urls(cls):
        """{language code: URL} of the live index pages of this type (one query on a miss)."""

        def compute():
            urls = {}
            for page in cls.objects.live().select_related("locale").order_by("path"):
                urls.setdefault(page.locale.language_code, page.get_url())
            return urls

        return memoize(f"listings:index-urls:{cls.__name__}", compute)

    @classmethod
    def listing_urls(cls):
        """listing_url() for this type's listings, reading the index pages' URLs once: for loops
        (where the memo is off, as with several workers and no Redis, each read is a query)."""
        bases = cls.index_urls()

        def url(listing, language_code, slug=None):
            base = bases.get(language_code)
            return cls.listing_url_under(base, slug or listing.slug) if base else None

        return url

    @classmethod
    def offer_urls(cls, thanks=False):
        """{language code: URL} of the owners' offer form (or its thank-you page)."""
        return {code: base + offer_path(code, thanks) for code, base in cls.index_urls().items()}

    def get_sitemap_urls(self, request=None):
        """The index and every visible listing of its language, each with its translations
        (one query for the listings, one for their translations)."""
        listing_url = self.listing_urls()
        entries = super().get_sitemap_urls(request)
        listings = list(self.listing_model.objects.visible().filter(locale_id=self.locale_id))
        translations = defaultdict(dict)
        for translation in (
            self.listing_model.objects.visible()
            .filter(translation_key__in=[listing.translation_key for listing in listings])
            .select_related("locale")
        ):
            code = translation.locale.language_code
            url = listing_url(translation, code)
            # A language whose index page is not live has nowhere to send the visitor.
            if url:
                translations[translation.translation_key][code] = url
        for listing in listings:
            entries.append(
                {
                    "location": self.listing_url(listing),
                    "lastmod": listing.updated_at,
                    "alternates": translations[listing.translation_key],
                }
            )
        return entries


class AccommodationIndexPage(ListingIndexPage):
    class Meta:
        verbose_name = _("accommodation index")
        verbose_name_plural = _("accommodation indexes")

    listing_model = Accommodation
    filter_form = "listings.search.AccommodationFilterForm"
    offer_form = "listings.submissions.AccommodationOfferForm"
    offer_title = _("Offer your room or holiday home")


class RealEstateIndexPage(ListingIndexPage):
    class Meta:
        verbose_name = _("real-estate index")
        verbose_name_plural = _("real-estate indexes")

    listing_model = RealEstate
    filter_form = "listings.search.RealEstateFilterForm"
    offer_form = "listings.submissions.RealEstateOfferForm"
    offer_title = _("Offer your house for rent or sale")
