"""Listings in the site search: every word must appear in the title, summary or place."""

from django.db.models import Q

from .models import Accommodation, RealEstate

MAX_RESULTS_PER_KIND = 50


def search_listings(query, language):
    """[(title, url, summary)] of the visible listings of `language` matching `query`."""
    condition = Q()
    for word in query.split():
        condition &= (
            Q(title__icontains=word) | Q(summary__icontains=word) | Q(locality__icontains=word)
        )
    found = []
    for model in (Accommodation, RealEstate):
        listings = (
            model.objects.visible()
            .filter(locale__language_code=language)
            .filter(condition)
            .only("title", "slug", "summary")[:MAX_RESULTS_PER_KIND]
        )
        listing_url = model.index_page_class().listing_urls()
        for listing in listings:
            url = listing_url(listing, language)
            if url:
                found.append((listing.title, url, listing.summary))
    return found
