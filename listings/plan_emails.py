"""E-mails about a plan sent from the "Plan your stay" page, after it is stored.

The visitor gets the whole plan in their language (stay and total, passes with their price, how
to pay and how to cancel them, every desk day in a calendar file, the reference) and nothing
they typed: anybody may type anybody's address, so the site's own facts only (see
listings.enquiries). The owner and staff read it in Italian, with the visitor's details and
message, and answer with "reply".
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from borgo.public_urls import absolute
from coworking.cancellation import pass_cancellation_token
from coworking.ics import attach_ics
from coworking.notifications import in_language, location_of

from .enquiries import enquiry_message, send_for_enquiry
from .models import Enquiry


def send_plan_emails(plan_request, data, page_url):
    """`data` is the send form's cleaned data: the StayOption, the DeskOption or None."""
    enquiry, stay, desk = plan_request.enquiry, data["stay"], data["desk"]
    bookings = list(plan_request.pass_bookings.order_by("first_day"))
    context = {
        "plan_request": plan_request,
        "enquiry": enquiry,
        "stay": stay,
        "desk": desk,
        "stay_url": absolute(stay.url),
        "phone": data["phone"],
        "page_url": page_url,
        "total": stay.quote.total + (desk.cover.total_price if desk else 0),
    }
    italian = settings.LANGUAGE_CODE
    in_italian = {
        "stay_title": in_language(stay.stay, italian).title,
        "desk_title": in_language(desk.space, italian).title if desk else "",
        "desk_passes": [(in_language(p, italian), start) for p, start in desk.cover.items]
        if desk
        else [],
    }
    owner = enquiry_message(
        "plan_notice",
        italian,
        {**context, **in_italian, "for_owner": True},
        to=[stay.stay.contact_email],
        reply_to=[enquiry.email],
    )
    sent = send_for_enquiry(owner, enquiry)
    staff = list(getattr(settings, "STAFF_NOTIFICATION_EMAILS", []) or [])
    if staff:
        notice = enquiry_message(
            "plan_notice", italian, {**context, **in_italian}, to=staff, reply_to=[enquiry.email]
        )
        send_for_enquiry(notice, enquiry)
    visitor = enquiry_message(
        "plan_copy",
        plan_request.language,
        {
            **context,
            "stay_title": stay.stay.title,
            "desk_title": desk.space.title if desk else "",
            "desk_passes": desk.cover.items if desk else [],
            "cancel_urls": [_cancel_url(desk.space, booking) for booking in bookings],
        },
        to=[enquiry.email],
    )
    if bookings:
        with translation.override(plan_request.language):
            _attach_desk_calendar(visitor, desk.space, bookings, page_url)
    send_for_enquiry(visitor, enquiry)
    if sent:
        Enquiry.objects.filter(pk=enquiry.pk).update(email_sent=True)
    return sent


def _cancel_url(space, booking):
    return space.subpage_url("pass_cancel", pass_cancellation_token(booking), full=True)


def _attach_desk_calendar(message, space, bookings, page_url):
    """Every desk day of the passes, one event each (coworking.ics), naming no one: the
    attendee's name would be text the visitor typed, sent to the address they typed."""
    days = [day for booking in bookings for day in booking.day_reservations()]
    for day in days:
        day.name = ""
    summary = f"{_('Desk')} · {space.title}"
    attach_ics(message, "desk.ics", days, summary, location_of(space), page_url)
