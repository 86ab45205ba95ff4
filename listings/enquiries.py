"""The enquiry form of a listing page: store the message, then e-mail it."""

import logging

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .forms import AccessibleFormMixin, HoneypotField
from .models import Enquiry

logger = logging.getLogger(__name__)


class EnquiryForm(AccessibleFormMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_("I agree that my name and e-mail are passed to the owner to answer me."),
        required=True,
    )
    website = HoneypotField(label=_("Leave this field empty"))

    class Meta:
        model = Enquiry
        fields = ["name", "email", "arrival", "departure", "message"]
        widgets = {
            "arrival": forms.DateInput(attrs={"type": "date"}),
            "departure": forms.DateInput(attrs={"type": "date"}),
            "message": forms.Textarea(attrs={"rows": 5, "maxlength": 3000}),
        }

    def __init__(self, *args, listing, **kwargs):
        super().__init__(*args, **kwargs)
        self.listing = listing
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        for name in self._meta.fields:
            if name not in listing.enquiry_fields:  # e.g. a property asks for no dates
                del self.fields[name]

    def clean_arrival(self):
        arrival = self.cleaned_data.get("arrival")
        if arrival and arrival < timezone.localdate():
            raise forms.ValidationError(_("The arrival date is in the past."))
        return arrival

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("message") or "").strip() and not cleaned.get("arrival"):
            self.add_error("message", _("Write a message or give your dates."))
        return cleaned

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def save(self, commit=True):
        enquiry = super().save(commit=False)
        enquiry.listing = self.listing
        enquiry.language = get_language() or settings.LANGUAGE_CODE
        if commit:
            enquiry.save()
        return enquiry


def owner_language(listing):
    """The language the owner wrote the listing in: that of its first version (the source of
    its translations), e.g. Italian for a listing shown to a German visitor in German."""
    first = listing.get_translations(inclusive=True).order_by("pk").select_related("locale")[0]
    return first.locale.language_code


def enquiry_message(template, language, context, **headers):
    """An e-mail rendered from listings/emails/<template>(_subject).txt in `language`."""
    with translation.override(language):
        subject = render_to_string(f"listings/emails/{template}_subject.txt", context)
        body = render_to_string(f"listings/emails/{template}.txt", context)
    return EmailMessage(subject=" ".join(subject.split()), body=body, **headers)


def send_enquiry(enquiry, listing_url):
    """E-mail the owner in their language, staff in Italian, and the visitor a copy in theirs.

    Sent after the enquiry is stored; a failure is logged and "e-mail sent" (to the owner)
    stays unticked: the enquiry is safe in the database.
    """
    context = {"enquiry": enquiry, "listing_url": listing_url}
    owner = enquiry_message(
        "enquiry",
        owner_language(enquiry.listing),
        context,
        to=[enquiry.listing.contact_email],
        reply_to=[enquiry.email],
    )
    sent = send_for_enquiry(owner, enquiry)
    staff = list(getattr(settings, "STAFF_NOTIFICATION_EMAILS", []) or [])
    if staff:
        notice = enquiry_message(
            "enquiry", settings.LANGUAGE_CODE, context, to=staff, reply_to=[enquiry.email]
        )
        send_for_enquiry(notice, enquiry)
    copy = enquiry_message("enquiry_copy", enquiry.language, context, to=[enquiry.email])
    send_for_enquiry(copy, enquiry)
    if sent:
        Enquiry.objects.filter(pk=enquiry.pk).update(email_sent=True)
        enquiry.email_sent = True
    return sent


def send_for_enquiry(message, enquiry):
    """Send `message`; False, logged, if the transport fails (the enquiry is already stored)."""
    try:
        message.send()
    except Exception:  # any transport error: the enquiry is safe in the database
        logger.exception("Could not e-mail enquiry %s", enquiry.pk)
        return False
    return True
