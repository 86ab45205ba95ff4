"""The space page's desk-pass views: the booking form, its confirmation and cancellation.

Each is registered for CoworkingSpacePage (borgo.page_views), whose routes call it by name.
"""

from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.translation import gettext as _

from borgo.campaigns.models import record_lead
from borgo.page_views import serves
from borgo.ratelimit import limit_posts

from .booking import AlreadyBooked, BookingError
from .cancellation import (
    PASS_CONFIRMATION_SALT,
    LinkExpired,
    LinkTampered,
    pass_confirmation_token,
    pass_for_token,
)
from .forms import PassBookingForm
from .models import CoworkingSpacePage
from .pass_notifications import send_pass_status_change
from .passes import book_pass as store_pass
from .prices import price_lines
from .views import booking_page, mask_email, message_page


@serves(CoworkingSpacePage, "pass")
def book_pass(space, request):
    limit_posts(request, "booking")
    passes = list(space.desk_passes.all())
    if request.method == "POST":
        form = PassBookingForm(request.POST, passes=passes)
        if form.is_valid():
            if form.is_spam:  # answered like a booking (a redirect), and nothing stored
                return HttpResponseRedirect(space.url, status=303)
            return _book(request, space, form, passes)
    else:
        initial = {key: request.GET[key] for key in ("desk_pass", "start") if key in request.GET}
        form = PassBookingForm(initial=initial, passes=passes)
    return _form_page(request, space, form, passes, status=400 if form.is_bound else 200)


def _form_page(request, space, form, passes, status):
    context = {"form": form, "prices": price_lines(space, passes)}
    return booking_page(request, space, "coworking/pass_book.html", context, "pass", status=status)


def _book(request, space, form, passes):
    """Store the pass, send its e-mails, then redirect (303) to its confirmation page."""
    data = form.cleaned_data
    try:
        booking = store_pass(
            data["desk_pass"],
            data["start"],
            **form.contact,
            language=translation.get_language(),
            submission_key=data["submission_key"],
        )
    except AlreadyBooked as repeat:
        return _see_confirmation(space, repeat.reservation)
    except BookingError as error:
        form.add_error(None, str(error))
        return _form_page(request, space, form, passes, status=409)
    record_lead(request, booking)
    return _see_confirmation(space, booking)


def _see_confirmation(space, booking):
    return HttpResponseRedirect(
        space.subpage_url("pass_booked", pass_confirmation_token(booking)), status=303
    )


def _booking_of_link(space, token, salt=None):
    booking = pass_for_token(token, **({"salt": salt} if salt else {}))
    if booking.resource.page.translation_key != space.translation_key:
        raise LinkTampered
    return booking


def _as_shown(space, booking):
    """The pass in the language of the page shown (a booking keeps the row it was booked by)."""
    key = booking.desk_pass.translation_key
    return space.desk_passes.filter(translation_key=key).first() or booking.desk_pass


@serves(CoworkingSpacePage, "pass_booked")
def pass_booked(space, request, token):
    """The confirmation page: safe to reload, reached only through its signed link."""
    args = [token]
    try:
        booking = _booking_of_link(space, token, PASS_CONFIRMATION_SALT)
    except (LinkTampered, LinkExpired):
        message = _("This booking is over or the link is not valid. Your e-mail has the details.")
        return message_page(request, space, _("Desk pass"), message, 404, "pass_booked", args)
    context = {
        "booking": booking,
        "desk_pass": _as_shown(space, booking),
        "days": booking.days,
        "masked_email": mask_email(booking.email),
    }
    return booking_page(request, space, "coworking/pass_booked.html", context, "pass_booked", args)


@serves(CoworkingSpacePage, "pass_cancel")
def cancel_pass(space, request, token):
    limit_posts(request, "cancellation")
    args = [token]
    try:
        booking = _booking_of_link(space, token)
    except LinkTampered:
        message = _(
            "This cancellation link is not valid. Please use the link in your e-mail exactly."
        )
        return message_page(
            request, space, _("Cancel a desk pass"), message, 400, "pass_cancel", args
        )
    except LinkExpired:
        message = _("This booking is over, so it can no longer be cancelled.")
        return message_page(
            request, space, _("Cancel a desk pass"), message, 410, "pass_cancel", args
        )
    if request.method == "POST":
        if booking.is_active:
            booking.cancel()
            send_pass_status_change(booking, by_visitor=True)
        # Post/Redirect/Get: the page then says the pass is cancelled, and a reload is a GET.
        return HttpResponseRedirect(request.path, status=303)
    context = {"booking": booking, "desk_pass": _as_shown(space, booking), "days": booking.days}
    return booking_page(request, space, "coworking/pass_cancel.html", context, "pass_cancel", args)
