"""E-mails about a plan sent from the "Plan your stay" page, after it is stored.

The visitor gets the whole plan in their language (stay and total, passes with their price and
how to pay, the reference) and nothing they typed: anybody may type anybody's address, so the
site's own facts only (see listings.enquiries). The owner and staff read it in Italian, with
the visitor's details and message, and answer with "reply".
"""

from django.conf import settings
from wagtail.models import Locale

from seo.urls import absolute

from .enquiries import _message, _send
from .models import Enquiry


def send_plan_emails(plan_request, data, page_url):
    """`data` is the send form's cleaned data: the StayOption, the DeskOption or None."""
    enquiry, stay, desk = plan_request.enquiry, data["stay"], data["desk"]
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
    visitor_titles = {"stay_title": stay.stay.title, "desk_title": desk.space.title if desk else ""}
    italian = settings.LANGUAGE_CODE
    context.update(_titles_in(italian, stay, desk))
    owner = _message(
        "plan_notice",
        italian,
        {**context, "for_owner": True},
        to=[stay.stay.contact_email],
        reply_to=[enquiry.email],
    )
    sent = _send(owner, enquiry)
    staff = list(getattr(settings, "STAFF_NOTIFICATION_EMAILS", []) or [])
    if staff:
        notice = _message("plan_notice", italian, context, to=staff, reply_to=[enquiry.email])
        _send(notice, enquiry)
    visitor = _message(
        "plan_copy", plan_request.language, {**context, **visitor_titles}, to=[enquiry.email]
    )
    _send(visitor, enquiry)
    if sent:
        Enquiry.objects.filter(pk=enquiry.pk).update(email_sent=True)
    return sent


def _titles_in(language, stay, desk):
    """The stay's and the space's titles in `language` (their own where not translated)."""
    locale = Locale.objects.filter(language_code=language).first()

    def title(instance):
        translated = instance.get_translation_or_none(locale) if locale else None
        return (translated or instance).title

    return {"stay_title": title(stay.stay), "desk_title": title(desk.space) if desk else ""}
