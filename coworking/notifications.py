"""E-mails about reservations. Sent after the reservation is stored; a failure is only logged.

The visitor's e-mails are in the language they booked in, each with the booking's calendar
(.ics): one UID for the booking's whole life and a SEQUENCE raised by every change, so the
visitor's calendar program updates or removes the event it already has. Staff e-mails are in
the site's first language (Italian).
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Locale

from borgo.public_urls import absolute

from .cancellation import cancellation_token
from .ics import attach_ics
from .models import Reservation
from .prices import price_lines

logger = logging.getLogger(__name__)


def location_of(space):
    return ", ".join(part for part in (space.title, space.address, space.locality) if part)


def render_e_mail(name, language, **context):
    """Subject and body of the e-mail `name` (coworking/email/<name>_subject.txt, <name>.txt)
    in `language`."""
    with translation.override(language):
        subject = render_to_string(f"coworking/email/{name}_subject.txt", context).strip()
        return subject, render_to_string(f"coworking/email/{name}.txt", context)


def space_and_links(page, language, record, cancel_route, token):
    """The space page in `language` (its published source while that translation is a draft),
    its full URL, and the record's cancellation link while the record is active."""
    space = in_language(page, language).specific
    if not space.live:
        space = page.specific
    page_url = absolute(space.url) if space.url else ""
    cancel_url = ""
    if record.is_active and page_url:
        cancel_url = space.subpage_url(cancel_route, token, full=True)
    return space, page_url, cancel_url


def mail_visitor(name, record, events, summary, space, page_url, ics_name, **context):
    """The e-mail `name` to the visitor of `record` (a reservation or a pass) in the language
    they booked in, with the reservations `events` in its calendar file."""
    language = record.language or settings.LANGUAGE_CODE
    subject, body = render_e_mail(name, language, space=space, page_url=page_url, **context)
    message = EmailMessage(subject, body, to=[record.email])
    with translation.override(language):
        attach_ics(message, ics_name, events, summary, location_of(space), page_url)
    send_logged(message.send, record)


def _to_visitor(name, reservation, resource, space, page_url, **context):
    with translation.override(reservation.language or settings.LANGUAGE_CODE):
        prices = price_lines(space)
    mail_visitor(
        name,
        reservation,
        [reservation],
        f"{resource.name} · {space.title}",
        space,
        page_url,
        "booking.ics",
        reservation=reservation,
        resource=resource,
        prices=prices,
        **context,
    )


def send_confirmation(reservation, resource, space, cancel_url, page_url):
    """Tell the visitor (in their language) with an .ics attachment and the cancellation link."""
    _to_visitor("confirmation", reservation, resource, space, page_url, cancel_url=cancel_url)


def notify_staff(reservation, resource, space, admin_url):
    if not settings.STAFF_NOTIFICATION_EMAILS:
        return
    language = settings.LANGUAGE_CODE
    subject, body = render_e_mail(
        "staff",
        language,
        reservation=reservation,
        resource=in_language(resource, language),
        space=in_language(space, language),
        admin_url=admin_url,
    )
    message = EmailMessage(subject, body, to=settings.STAFF_NOTIFICATION_EMAILS)
    send_logged(message.send, reservation)


def in_language(instance, language):
    """The translation of a page or resource in `language`, or the instance itself."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = instance.get_translation_or_none(locale) if locale else None
    return translated or instance


def send_status_change(reservation, by_visitor=False):
    """Tell the visitor that their booking was approved or cancelled, with the new calendar.

    In the language they booked in (Italian for bookings stored before languages were kept),
    naming the resource and linking the space page in that language. The calendar's SEQUENCE
    is raised first, so the attached copy replaces the one sent before.
    """
    Reservation.objects.filter(pk=reservation.pk).update(sequence=F("sequence") + 1)
    reservation.refresh_from_db(fields=["sequence"])
    language = reservation.language or settings.LANGUAGE_CODE
    resource = in_language(reservation.resource, language)
    space, page_url, cancel_url = space_and_links(
        reservation.resource.page, language, reservation, "cancel", cancellation_token(reservation)
    )
    _to_visitor(
        "status",
        reservation,
        resource,
        space,
        page_url,
        cancel_url=cancel_url,
        by_visitor=by_visitor,
    )


def send_logged(send, reservation):
    try:
        send()
    except Exception:  # any mail backend error: the booking is stored, staff can follow up
        logger.exception("Could not send e-mail about reservation %s", reservation.pk)
