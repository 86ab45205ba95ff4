"""The routes of the index pages: the filtered list, each listing's page, the offer form."""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.models import Locale

from borgo.models import MunicipalitySettings
from borgo.place_facts import distance_between
from borgo.public_urls import absolute
from borgo.ratelimit import limit_posts
from seo.campaigns import record_lead

from . import links
from .enquiries import EnquiryForm, send_enquiry
from .facts import listing_facts
from .models import Accommodation, AccommodationIndexPage, RealEstateIndexPage, TouristTaxSettings
from .search import PER_PAGE, AccommodationFilterForm, RealEstateFilterForm
from .stay_quote import quote
from .structured_data import listing_json_ld
from .submissions import (
    AccommodationOfferForm,
    RealEstateOfferForm,
    send_offer_emails,
    store_offer,
)

FILTER_FORMS = {
    AccommodationIndexPage: AccommodationFilterForm,
    RealEstateIndexPage: RealEstateFilterForm,
}
OFFER_FORMS = {
    AccommodationIndexPage: AccommodationOfferForm,
    RealEstateIndexPage: RealEstateOfferForm,
}
# The largest JPEG of the detail page's <picture> (see listing_detail.html): JSON-LD reuses it,
# so the page makes no rendition of its own for search engines.
PHOTO_FILTER = "fill-1200x800|format-jpeg"
SHORT_DESCRIPTION = 70


def index_page_for(listing):
    """The live index page in the listing's language (for the admin preview)."""
    page_class = links.index_page_class(listing)
    return page_class.objects.live().filter(locale_id=listing.locale_id).first()


def listing_index(request, page):
    model = page.listing_model
    form = FILTER_FORMS[type(page)](request.GET or None, locale_id=page.locale_id)
    if form.is_bound:
        form.is_valid()  # invalid values are reported and ignored; valid ones still apply
    queryset = model.objects.visible().filter(locale_id=page.locale_id)
    queryset = form.apply(queryset).with_gallery()
    listings = Paginator(queryset, PER_PAGE).get_page(request.GET.get("page"))
    base_url = page.get_url(request)
    origin = form.origin
    dates = getattr(form, "dates", None)  # the stays' filters only
    tax = TouristTaxSettings.current() if dates else None
    price_stay = stay_pricer(form, dates, tax)
    items = [
        {
            "listing": listing,
            "url": base_url + page.reverse_subpage("listing", kwargs={"slug": listing.slug}),
            "distance": _distance(origin, listing),
            "quote": price_stay(listing),
        }
        for listing in listings
    ]
    return page.render(
        request,
        template="listings/listing_index.html",
        context_overrides={
            "form": form,
            "filters_invalid": form.is_bound and bool(form.errors),
            "listings": listings,
            "items": items,
            "map_data": {"markers": _markers(items)},
            "offer_url": page.offer_url(request),
            "stay_dates": dates,
            "tourist_tax": tax,
        },
    )


def stay_pricer(form, dates, tax):
    """listing -> its Quote for the dates the filters ask for (None without dates)."""
    if not dates:
        return lambda listing: None
    guests = form.valid_values().get("guests") or 1
    return lambda listing: quote(
        listing, *dates, guests=guests, exempt_guests=form.exempt_guests, settings=tax
    )


def _distance(origin, listing):
    point = listing.public_point
    return distance_between(origin, point) if origin and point.has_coordinates else None


def _markers(items):
    markers = (_marker(item["listing"], item["url"]) for item in items)
    return [marker for marker in markers if marker]


def _marker(listing, url):
    point = listing.public_point
    if not point.has_coordinates:
        return None
    return {
        "lat": float(point.latitude),
        "lng": float(point.longitude),
        "title": listing.title,
        "url": url,
    }


def _find_listing(page, slug):
    """The visible listing with this slug in the page's language, and all its visible
    translations (for the language switcher), in one query plus the gallery's two."""
    model = page.listing_model
    same = model.objects.filter(locale_id=page.locale_id, slug=slug).values("translation_key")
    translations = list(
        model.objects.visible()
        .filter(translation_key__in=same)
        .select_related("locale")
        .with_gallery()
    )
    for listing in translations:
        if listing.locale_id == page.locale_id:
            return listing, translations
    raise Http404


def _language_urls(translations):
    """The same listing in each language it is published in, under that language's index."""
    urls = {
        t.locale.language_code: links.listing_url(t, t.locale.language_code) for t in translations
    }
    return {code: url for code, url in urls.items() if url}


def listing_detail(request, page, slug):
    listing, translations = _find_listing(page, slug)
    url = page.get_url(request) + page.reverse_subpage("listing", kwargs={"slug": listing.slug})
    form = None
    if request.method == "POST":
        limit_posts(request, "enquiry")
        form = EnquiryForm(request.POST, listing=listing)
        if form.is_spam:
            return HttpResponseRedirect(url + "?sent=1#enquiry")
        if form.is_valid():
            enquiry = form.save()
            record_lead(request, enquiry)
            send_enquiry(enquiry, absolute(url))
            return HttpResponseRedirect(url + "?sent=1#enquiry")
    context = detail_context(request, listing, page, url=url, form=form)
    context["language_urls"] = _language_urls(translations)
    return page.render(request, template="listings/listing_detail.html", context_overrides=context)


def meta_description(listing, facts):
    """The summary, followed by the first facts when it is too short for a search result
    (which shows 50 to 160 characters; the head truncates longer ones)."""
    if len(listing.summary) >= SHORT_DESCRIPTION:
        return listing.summary
    details = "; ".join(f"{capfirst(label)}: {value}" for label, value in facts[:3])
    return f"{listing.summary} {details}."


def detail_context(request, listing, index_page, url=None, form=None, preview=False):
    """What the listing template needs; also used by the admin preview (without a form)."""
    if index_page is None:
        index_page = index_page_for(listing)
    if url is None:
        url = (
            index_page.get_url(request)
            + index_page.reverse_subpage("listing", kwargs={"slug": listing.slug})
            if index_page and listing.slug
            else "/"
        )
    photos = list(listing.gallery.all())
    point = listing.public_point
    marker = _marker(listing, url)
    facts = listing_facts(listing)
    return {
        "page": index_page,
        "listing": listing,
        "listing_url": url,
        "photos": photos,
        "facts": facts,
        "point": point,
        "map_data": {"markers": [marker] if marker else []},
        "structured_data": listing_json_ld(
            listing, request, url, [item.image.get_rendition(PHOTO_FILTER) for item in photos]
        ),
        "enquiry_form": None if preview else (form or EnquiryForm(listing=listing)),
        "enquiry_sent": request.GET.get("sent") == "1",
        "is_accommodation": isinstance(listing, Accommodation),
        # The head describes the listing, not the index page that serves it.
        "seo": {
            "title": listing.title,
            "description": meta_description(listing, facts),
            "image": photos[0].image if photos else None,
            "image_alt": photos[0].alt_text if photos else "",
        },
    }


def offer(request, page):
    """The owners' offer form (see listings.submissions): stored, then e-mailed, then PRG."""
    form_class = OFFER_FORMS[type(page)]
    if request.method == "POST":
        limit_posts(request, "offer")
        form = form_class(request.POST, request.FILES, locale=Locale.get_active())
        if form.is_spam:
            return HttpResponseRedirect(page.offer_url(request, thanks=True))
        if form.is_valid():
            submission = store_offer(form, request)
            site_name = MunicipalitySettings.load(request_or_site=request).name
            send_offer_emails(submission, site_name)
            return HttpResponseRedirect(page.offer_url(request, thanks=True))
    else:
        form = form_class()
    context = {
        "form": form,
        "offer_url": page.offer_url(request),
        "language_urls": links.offer_urls(type(page)),
        "seo": {
            "title": page.offer_title,
            "description": _(
                "Offer your room, holiday home or house to the people who come to live and "
                "work here. Staff of the municipality review every offer before it is published."
            ),
        },
    }
    return page.render(request, template="listings/offer_form.html", context_overrides=context)


def offer_thanks(request, page):
    context = {
        "language_urls": links.offer_urls(type(page), thanks=True),
        "seo": {"title": _("Thank you for your offer"), "noindex": True},
    }
    return page.render(request, template="listings/offer_thanks.html", context_overrides=context)
