"""Listings in the SEO report: published listings whose expiry date has passed, and the
titles of the listings the site shows (checked with the pages' for length and duplicates)."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Accommodation, RealEstate


def expired_listings():
    from seo.seo_report import Finding

    today = timezone.localdate()
    for model in (Accommodation, RealEstate):
        edit_url_name = model.snippet_viewset.get_url_name("edit")
        expired = model.objects.filter(live=True, expires_on__lt=today).select_related("locale")
        for listing in expired:
            yield Finding(
                _("Listing past its expiry date"),
                listing.title,
                listing.locale.language_code,
                reverse(edit_url_name, args=[listing.pk]),
                _("Expired on %(date)s: no longer shown. Extend it or unpublish it.")
                % {"date": listing.expires_on.isoformat()},
            )


def listing_titles():
    from seo.seo_report import Titled

    for model in (Accommodation, RealEstate):
        listing_url = model.index_page_class().listing_urls()
        edit_url_name = model.snippet_viewset.get_url_name("edit")
        for listing in model.objects.visible().select_related("locale").order_by("pk"):
            language = listing.locale.language_code
            yield Titled(
                listing.title,
                listing.title,
                language,
                reverse(edit_url_name, args=[listing.pk]),
                listing_url(listing, language) or listing.slug,
            )
