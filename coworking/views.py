"""The space page's own views: its context, booking, cancellation and the staff feed.

Each is registered for CoworkingSpacePage (borgo.page_views), whose routes call it by name.
"""

from datetime import timedelta

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from borgo import page_cache
from borgo.campaigns.models import record_lead
from borgo.page_views import serves
from borgo.public_urls import absolute
from borgo.ratelimit import limit_posts

from . import notifications
from .availability import availability, canonical_resources
from .booking import AlreadyBooked, BookingError, booked_slots, reserve
from .cancellation import (
    CONFIRMATION_SALT,
    LinkExpired,
    LinkTampered,
    cancellation_token,
    confirmation_token,
    reservation_for_token,
)
from .forms import BookingForm, SlotForm
from .ics import admin_url, staff_feed
from .models import CoworkingSpacePage, Reservation
from .models.space_parts import published_parts
from .prices import price_lines

FEED_PAST_DAYS = 30


@serves(CoworkingSpacePage, "context")
def space_context(space, request):
    page_cache.tag(request, space.bookings_cache_tag())  # before the bookings are read
    resources, gallery, passes = published_parts(space, request)
    marker = {
        "lat": float(space.latitude or 0),
        "lng": float(space.longitude or 0),
        "title": space.title,
        "url": space.url,
    }
    tables = availability(space, resources)
    book_url = space.subpage_url("book")
    return {
        "resources": resources,
        "availability": tables,
        "availability_key": availability_key(tables, book_url),
        "gallery": gallery,
        "map_data": {"markers": [marker]} if space.has_coordinates else {},
        "book_url": book_url,
        "prices": price_lines(space, passes),
        "passes": passes,
        "pass_url": space.subpage_url("pass"),
    }


def availability_key(tables, book_url):
    """Everything the availability tables show but the resources' own content, for `{% kept %}`:
    the days, the free seats of each slot and whether it can be booked now, the closures and the
    booking link. The same bookings at the same hour render the same tables."""
    return [
        book_url,
        *(
            (
                table.resource.pk,
                table.times,
                table.rows,
                {day: str(why) for day, why in table.closed.items()},
            )
            for table in tables
        ),
    ]


def language_urls(space, request, route, args=()):
    """{language: the same view in each live translation}, for the language switcher.

    A booking form leads to the translated space page: resource ids differ per language.
    """
    return {
        page.locale.language_code: page.url if route == "book" else page.subpage_url(route, *args)
        for page in space.get_translations(inclusive=True).live().select_related("locale")
    }


def booking_page(request, space, template, context, route="book", args=(), status=200):
    """A booking or cancellation page: never cached, by the page cache or a CDN.

    It can show the visitor's name and booking (a cancellation page without a form, once the
    booking is cancelled, would otherwise look cacheable), and its form carries their CSRF token.
    """
    context = {
        "page": space,
        "self": space,
        "language_urls": language_urls(space, request, route, args),
        "structured_data": [],
        **context,
    }
    response = render(request, template, context, status=status)
    add_never_cache_headers(response)
    return response


def message_page(request, space, title, message, status, route="book", args=()):
    context = {"title": title, "message": message}
    return booking_page(request, space, "coworking/message.html", context, route, args, status)


@serves(CoworkingSpacePage, "book")
def book(space, request):
    limit_posts(request, "booking")
    resources = list(space.resources.all())
    slot = SlotForm(request.POST if request.method == "POST" else request.GET, resources=resources)
    if not slot.is_valid():
        return message_page(
            request,
            space,
            _("Booking"),
            _("This booking link is not valid. Please choose a free slot in the table."),
            status=400,
        )
    resource = slot.cleaned_data["resource"]
    if request.method == "POST":
        form = BookingForm(request.POST, resource=resource)
        if form.is_valid():
            if form.is_spam:  # answered like a booking (a redirect), and nothing stored
                return HttpResponseRedirect(space.url, status=303)
            return _book(request, space, form)
    else:
        form = BookingForm(initial=request.GET.dict(), resource=resource)
        try:
            booked_slots(resource, space, slot.start_moment, resource.min_minutes)
        except BookingError as error:
            return message_page(request, space, _("Booking"), str(error), status=400)
    context = {
        "form": form,
        "resource": resource,
        "start": slot.start_moment,
        "prices": price_lines(space),
    }
    status = 400 if form.is_bound else 200
    return booking_page(request, space, "coworking/book.html", context, status=status)


def _book(request, space, form):
    """Store the booking, send the e-mails, then redirect (303) to its confirmation page.

    A second copy of the same form (double click, retry) is sent to the first one's
    confirmation page, with no second booking and no second e-mail.
    """
    data = form.cleaned_data
    resource = data["resource"]
    try:
        reservation = reserve(
            resource,
            space,
            form.start_moment,
            data["minutes"],
            form.contact,
            translation.get_language(),
            submission_key=data["submission_key"],
        )
    except AlreadyBooked as repeat:
        return _see_confirmation(space, repeat.reservation)
    except BookingError as error:
        form.add_error(None, str(error))
        context = {
            "form": form,
            "resource": resource,
            "start": form.start_moment,
            "prices": price_lines(space),
        }
        return booking_page(request, space, "coworking/book.html", context, status=409)
    record_lead(request, reservation)
    # On the public address, whatever host the request came by.
    page_url = absolute(space.url)
    cancel_url = space.subpage_url("cancel", cancellation_token(reservation), full=True)
    notifications.send_confirmation(reservation, resource, space, cancel_url, page_url)
    notifications.notify_staff(reservation, resource, space, admin_url(reservation))
    return _see_confirmation(space, reservation)


def _see_confirmation(space, reservation):
    return HttpResponseRedirect(
        space.subpage_url("booked", confirmation_token(reservation)), status=303
    )


@serves(CoworkingSpacePage, "booked")
def booked(space, request, token):
    """The confirmation page: safe to reload, reached only through its signed link.

    It shows the booking but not the visitor's contacts (the e-mail address is masked): the
    address stays in the browser's history.
    """
    args = [token]
    try:
        reservation = reservation_for_token(token, salt=CONFIRMATION_SALT)
        if reservation.resource.page.translation_key != space.translation_key:
            raise LinkTampered
    except (LinkTampered, LinkExpired):
        return message_page(
            request,
            space,
            _("Booking"),
            _("This booking is over or the link is not valid. Your e-mail has the details."),
            404,
            "booked",
            args,
        )
    resource = _resource_as_shown(space, reservation.resource)
    context = {
        "reservation": reservation,
        "resource": resource,
        "masked_email": mask_email(reservation.email),
        "prices": price_lines(space),
    }
    return booking_page(request, space, "coworking/booked.html", context, "booked", args)


def _resource_as_shown(space, resource):
    """The booked resource in the language of the page shown (bookings store the source row)."""
    return space.resources.filter(translation_key=resource.translation_key).first() or resource


def mask_email(address):
    """ "a…@example.org": enough for the visitor to spot a typo, not to read the address."""
    local, _at, domain = address.partition("@")
    return f"{local[:1]}…@{domain}"


@serves(CoworkingSpacePage, "cancel")
def cancel(space, request, token):
    limit_posts(request, "cancellation")
    args = [token]
    try:
        reservation = reservation_for_token(token)
        if reservation.resource.page.translation_key != space.translation_key:
            raise LinkTampered
    except LinkTampered:
        return message_page(
            request,
            space,
            _("Cancel a booking"),
            _("This cancellation link is not valid. Please use the link in your e-mail exactly."),
            400,
            "cancel",
            args,
        )
    except LinkExpired:
        return message_page(
            request,
            space,
            _("Cancel a booking"),
            _("This booking is over, so it can no longer be cancelled."),
            410,
            "cancel",
            args,
        )
    if request.method == "POST":
        if reservation.is_active:
            reservation.cancel()
            notifications.send_status_change(reservation, by_visitor=True)
        # Post/Redirect/Get: the page then says the booking is cancelled, and a reload is a GET.
        return HttpResponseRedirect(request.path, status=303)
    return booking_page(
        request, space, "coworking/cancel.html", {"reservation": reservation}, "cancel", args
    )


@serves(CoworkingSpacePage, "resource_calendar")
def resource_calendar(space, request, token):
    resource = space.resources.filter(calendar_token=token).first()
    if resource is None or not token:
        raise Http404
    booked_as = canonical_resources([resource])[resource.translation_key]
    since = timezone.now() - timedelta(days=FEED_PAST_DAYS)
    reservations = Reservation.objects.filter(resource=booked_as, end__gte=since).order_by("start")
    response = HttpResponse(
        staff_feed(resource, reservations), content_type="text/calendar; charset=utf-8"
    )
    response["Cache-Control"] = "private, no-store"
    return response
