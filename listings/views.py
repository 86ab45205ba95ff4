"""The routes of the index pages: the filtered list, each listing's page, the offer form.

Each is registered for ListingIndexPage (borgo.page_views), whose routes call it by name; the
forms are the ones the page type names (ListingIndexPage.filter_form, .offer_form).
"""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.utils.module_loading import import_string
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.models import Locale

from borgo.campaigns.models import record_lead
from borgo.models import MunicipalitySettings
from borgo.page_views import serves
from borgo.place_facts import distance_between
from borgo.public_urls import absolute
from borgo.ratelimit import limit_posts

from .enquiries import EnquiryForm, send_enquiry
from .facts import listing_facts
from .models import TouristTaxSettings
from .models.base import Listing
from .models.pages import ListingIndexPage, listing_url
from .search import PER_PAGE
from .stay_quote import quote
from .structured_data import listing_json_ld
from .submissions import send_offer_emails, store_offer

# The largest JPEG of the detail page's <picture> (see listing_detail.html): JSON-LD reuses it,
# so the page makes no rendition of its own for search engines.
PHOTO_FILTER = "fill-1200x800|format-jpeg"
SHORT_DESCRIPTION = 70


@serves(ListingIndexPage, "list")
def listing_index(page, request):
    model = page.listing_model
    form = import_string(page.filter_form)(request.GET or None, locale_id=page.locale_id)
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
            "url": page.listing_url_under(base_url, listing.slug),
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
            "cards_key": _cards_key(items, dates, tax),
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


def _cards_key(items, dates, tax):
    """What the result cards show besides the listings' own content, for `{% kept %}`: each
    card's listing, link, distance and quote (dataclasses, told apart by their repr)."""
    cards = [(item["listing"].pk, item["url"], item["distance"], item["quote"]) for item in items]
    return [cards, dates, bool(tax and tax.charged)]


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
    urls = {t.locale.language_code: listing_url(t, t.locale.language_code) for t in translations}
    return {code: url for code, url in urls.items() if url}


@serves(ListingIndexPage, "listing")
def listing_detail(page, request, slug):
    listing, translations = _find_listing(page, slug)
    url = page.listing_url(listing, request)
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


@serves(Listing, "preview_context")
def preview_context(listing, request):
    """The admin preview: the listing under the live index page of its language, no form."""
    return detail_context(request, listing, listing.index_page(), preview=True)


def detail_context(request, listing, index_page, url=None, form=None, preview=False):
    """What the listing template needs; also used by the admin preview (without a form)."""
    if url is None:
        url = index_page.listing_url(listing, request) if index_page and listing.slug else "/"
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
        "is_accommodation": listing.is_accommodation,
        # The head describes the listing, not the index page that serves it.
        "seo": {
            "title": listing.title,
            "description": meta_description(listing, facts),
            "image": photos[0].image if photos else None,
            "image_alt": photos[0].alt if photos else "",
        },
    }


@serves(ListingIndexPage, "offer")
def offer(page, request):
    """The owners' offer form (see listings.submissions): stored, then e-mailed, then PRG."""
    form_class = import_string(page.offer_form)
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
        "language_urls": page.offer_urls(),
        "seo": {
            "title": page.offer_title,
            "description": _(
                "Offer your room, holiday home or house to the people who come to live and "
                "work here. Staff of the municipality review every offer before it is published."
            ),
        },
    }
    return page.render(request, template="listings/offer_form.html", context_overrides=context)


@serves(ListingIndexPage, "offer_thanks")
def offer_thanks(page, request):
    context = {
        "language_urls": page.offer_urls(thanks=True),
        "seo": {"title": _("Thank you for your offer"), "noindex": True},
    }
    return page.render(request, template="listings/offer_thanks.html", context_overrides=context)
