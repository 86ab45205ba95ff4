"""The "Stay" and "Homes" sections: index pages that also serve each listing under them.

Listings are snippets, so their pages are routes of the index page (/it/dormire/<slug>/), in
the index page's language.
"""

from collections import defaultdict

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page
from wagtail.search import index

from seo.models import SeoFields

from .accommodation import Accommodation
from .realestate import RealEstate


class ListingIndexPage(SeoFields, RoutablePageMixin, Page):
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
    promote_panels = Page.promote_panels + SeoFields.seo_panels
    search_fields = Page.search_fields + [index.SearchField("intro")]

    listing_model = None  # set by the concrete pages

    class Meta:
        abstract = True

    @path("")
    def list_view(self, request):
        from listings import views

        return views.listing_index(request, self)

    @re_path(r"^(?P<slug>[-\w]+)/$", name="listing")
    def detail_view(self, request, slug):
        from listings import views

        return views.listing_detail(request, self, slug)

    def listing_url(self, listing):
        return self.url + self.reverse_subpage("listing", kwargs={"slug": listing.slug})

    def get_sitemap_urls(self, request=None):
        """The index and every visible listing of its language, each with its translations
        (one query for the listings, one for their translations)."""
        from listings.links import listing_url

        entries = super().get_sitemap_urls(request)
        listings = list(self.listing_model.objects.visible().filter(locale_id=self.locale_id))
        translations = defaultdict(dict)
        for translation in (
            self.listing_model.objects.visible()
            .filter(translation_key__in=[listing.translation_key for listing in listings])
            .select_related("locale")
        ):
            code = translation.locale.language_code
            translations[translation.translation_key][code] = listing_url(translation, code)
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


class RealEstateIndexPage(ListingIndexPage):
    class Meta:
        verbose_name = _("real-estate index")
        verbose_name_plural = _("real-estate indexes")

    listing_model = RealEstate
