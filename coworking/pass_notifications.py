"""E-mails about desk passes: like those of single bookings (coworking.notifications), but one
e-mail for the whole pass, with every day in its calendar file, one cancellation link, and the
price with how to pay it (off-line: on site or by bank transfer with the pass's reference).
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import F
from django.urls import reverse

from .cancellation import pass_cancellation_token
from .models import PassBooking, Reservation
from .notifications import in_language, mail_visitor, render_e_mail, send_logged, space_and_links


def announce_pass(booking):
    """The visitor's confirmation (with the cancellation link) and the staff's notice."""
    send_pass_e_mail("pass_confirmation", booking)
    notify_staff_of_pass(booking)


def send_pass_status_change(booking, by_visitor=False):
    """Tell the visitor the pass was approved or cancelled, with the updated calendar.

    The SEQUENCE of every day's event is raised first, so the attached copy replaces the one
    sent before.
    """
    PassBooking.objects.filter(pk=booking.pk).update(sequence=F("sequence") + 1)
    Reservation.objects.filter(pass_booking=booking).update(sequence=F("sequence") + 1)
    booking.refresh_from_db(fields=["sequence"])
    send_pass_e_mail("pass_status", booking, by_visitor=by_visitor)


def send_pass_e_mail(name, booking, **context):
    """The e-mail `name` to the visitor, in the language they booked in, with every day's
    event attached; the space page and pass named in that language."""
    language = booking.language or settings.LANGUAGE_CODE
    space, page_url, cancel_url = space_and_links(
        booking.resource.page, language, booking, "pass_cancel", pass_cancellation_token(booking)
    )
    desk_pass = in_language(booking.desk_pass, language)
    days = list(booking.day_reservations())
    mail_visitor(
        name,
        booking,
        days,
        f"{desk_pass.name} · {space.title}",
        space,
        page_url,
        "pass.ics",
        booking=booking,
        desk_pass=desk_pass,
        days=days,
        cancel_url=cancel_url,
        **context,
    )


def notify_staff_of_pass(booking):
    if not settings.STAFF_NOTIFICATION_EMAILS:
        return
    language = settings.LANGUAGE_CODE
    subject, body = render_e_mail(
        "pass_staff",
        language,
        booking=booking,
        desk_pass=in_language(booking.desk_pass, language),
        space=in_language(booking.resource.page, language),
        days=booking.days,
        admin_url=pass_admin_url(booking),
    )
    message = EmailMessage(subject, body, to=settings.STAFF_NOTIFICATION_EMAILS)
    send_logged(message.send, booking)


def pass_admin_url(booking):
    return settings.WAGTAILADMIN_BASE_URL + reverse(
        "wagtailsnippets_coworking_passbooking:edit", args=[booking.pk]
    )
