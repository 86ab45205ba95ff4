"""Listings in the SEO health report: published listings whose expiry date has passed."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Accommodation, RealEstate


def expired_listings():
    from seo.health import Finding

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
