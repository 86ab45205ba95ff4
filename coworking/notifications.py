"""E-mails about reservations. Sent after the reservation is stored; a failure is only logged."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Locale

from .cancellation import cancellation_token
from .ics import reservation_ics

logger = logging.getLogger(__name__)


def _location(space):
    return ", ".join(part for part in (space.title, space.address, space.locality) if part)


def _render(name, language, **context):
    """Subject and body of the e-mail `name` (coworking/email/<name>_subject.txt, <name>.txt)
    in `language`."""
    with translation.override(language):
        subject = render_to_string(f"coworking/email/{name}_subject.txt", context).strip()
        return subject, render_to_string(f"coworking/email/{name}.txt", context)


def send_confirmation(reservation, resource, space, cancel_url, page_url):
    """Tell the visitor (in their language) with an .ics attachment and the cancellation link."""
    subject, body = _render(
        "confirmation",
        reservation.language,
        reservation=reservation,
        resource=resource,
        space=space,
        cancel_url=cancel_url,
        page_url=page_url,
    )
    with translation.override(reservation.language):
        summary = f"{resource.name} · {space.title}"
        attachment = reservation_ics(reservation, summary, _location(space), page_url)
    message = EmailMessage(subject, body, to=[reservation.email])
    message.attach("booking.ics", attachment, "text/calendar; charset=utf-8; method=PUBLISH")
    _send(message.send, reservation)


def notify_staff(reservation, resource, space, admin_url):
    if not settings.STAFF_NOTIFICATION_EMAILS:
        return
    subject, body = _render(
        "staff",
        settings.LANGUAGE_CODE,
        reservation=reservation,
        resource=resource,
        space=space,
        admin_url=admin_url,
    )
    _send(
        lambda: send_mail(subject, body, None, settings.STAFF_NOTIFICATION_EMAILS),
        reservation,
    )


def _in_language(instance, language):
    """The translation of a page or resource in `language`, or the instance itself."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = instance.get_translation_or_none(locale) if locale else None
    return translated or instance


def send_status_change(reservation):
    """Tell the visitor that staff approved or cancelled their booking.

    In the language they booked in (Italian for bookings stored before languages were kept),
    naming the resource and linking the space page in that language.
    """
    language = reservation.language or settings.LANGUAGE_CODE
    resource = _in_language(reservation.resource, language)
    space = _in_language(reservation.resource.page, language).specific
    if not space.live:  # a draft translation: link the published source page instead
        space = reservation.resource.page.specific
    page_url = space.get_full_url() or ""
    cancel_url = ""
    if reservation.is_active and page_url:
        cancel_url = page_url + space.reverse_subpage(
            "cancel", args=[cancellation_token(reservation)]
        )
    subject, body = _render(
        "status",
        language,
        reservation=reservation,
        resource=resource,
        space=space,
        cancel_url=cancel_url,
        page_url=page_url,
    )
    _send(lambda: send_mail(subject, body, None, [reservation.email]), reservation)


def _send(send, reservation):
    try:
        send()
    except Exception:  # any mail backend error: the booking is stored, staff can follow up
        logger.exception("Could not send e-mail about reservation %s", reservation.pk)
