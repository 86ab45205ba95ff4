"""The "Stay" and "Homes" sections: index pages that also serve each listing under them.

Listings are snippets, so their pages are routes of the index page (/it/dormire/<slug>/), in
the index page's language. So is the owners' offer form (/it/dormire/offri/, see
listings.submissions), with a word of the page's language, and its thank-you page
(/it/dormire/offri/grazie/): no extra page in the tree to create and translate.
"""

from collections import defaultdict

from django.db import models
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page
from wagtail.search import index

from borgo.pages import BasePage

from .accommodation import Accommodation
from .realestate import RealEstate

# The offer form's URL words per language: (form, thank-you page). Another language's word
# under an index page is an ordinary listing slug there; only the page's own is reserved.
OFFER_WORDS = {
    "it": ("offri", "grazie"),
    "en": ("offer", "thanks"),
    "de": ("anbieten", "danke"),
    "fr": ("proposer", "merci"),
}
_FORM_WORDS = "|".join(form for form, _thanks in OFFER_WORDS.values())
_THANKS_WORDS = "|".join(thanks for _form, thanks in OFFER_WORDS.values())


def offer_words(language_code=None):
    """(form, thank-you) URL words of a language (the active one by default)."""
    return OFFER_WORDS.get(language_code or get_language(), OFFER_WORDS["en"])


def offer_path(language_code=None, thanks=False):
    """The offer form's path under an index page ("offri/"), or its thank-you page's."""
    form, thanks_word = offer_words(language_code)
    return f"{form}/{thanks_word}/" if thanks else f"{form}/"


class ListingIndexPage(RoutablePageMixin, BasePage):
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

    listing_model = None  # set by the concrete pages
    offer_title = ""  # the link to the offer form and its heading

    class Meta:
        abstract = True

    @path("")
    def list_view(self, request):
        from listings import views

        return views.listing_index(request, self)

    # Before the listing route, which would take the offer form's word for a slug.
    @re_path(rf"^(?P<word>{_FORM_WORDS})/$")
    def offer_view(self, request, word):
        if word != offer_words()[0]:
            return self.detail_view(request, word)
        from listings import views

        return views.offer(request, self)

    @re_path(rf"^(?P<word>{_FORM_WORDS})/(?P<thanks>{_THANKS_WORDS})/$")
    def offer_thanks_view(self, request, word, thanks):
        if (word, thanks) != offer_words():
            raise Http404
        from listings import views

        return views.offer_thanks(request, self)

    @re_path(r"^(?P<slug>[-\w]+)/$", name="listing")
    def detail_view(self, request, slug):
        from listings import views

        return views.listing_detail(request, self, slug)

    def listing_url(self, listing):
        return self.url + self.reverse_subpage("listing", kwargs={"slug": listing.slug})

    def offer_url(self, request=None, thanks=False):
        """The offer form (or its thank-you page) under this page."""
        return self.get_url(request) + offer_path(thanks=thanks)

    def get_sitemap_urls(self, request=None):
        """The index and every visible listing of its language, each with its translations
        (one query for the listings, one for their translations)."""
        from listings.links import listing_urls

        listing_url = listing_urls(self.listing_model)
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
    offer_title = _("Offer your room or holiday home")


class RealEstateIndexPage(ListingIndexPage):
    class Meta:
        verbose_name = _("real-estate index")
        verbose_name_plural = _("real-estate indexes")

    listing_model = RealEstate
    offer_title = _("Offer your house for rent or sale")
