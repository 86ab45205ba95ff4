"""Owners offer a room or a house: a public form that stores a draft listing for staff review.

How it works, and why:

- Where: a route of each index page (see pages.py), `/it/dormire/offri/` under *Stay* creates
  a draft Accommodation, `/it/case/offri/` under *Live here* a draft RealEstate, with the
  word in each language (offer, anbieten, proposer). No page to add or translate in the tree.
- What: a ModelForm of the listing, so that the model's own validation (CIN, prices, energy
  class and index) applies with the messages editors see in the admin. It asks only what an
  owner knows: their name and contact (which become the listing's contact), the essential
  facts, the texts, the address, one to six photos each with a description for people who
  cannot see it (the alt text), and consent. Coordinates, workspace features, expiry, the
  slug and the featured flag are left to staff, who check everything before publishing.
- Saving: in one transaction, the photos become Wagtail images in the "Owner submissions"
  collection, the listing is saved as a draft (live=False) in the visitor's language with its
  gallery and a first revision (so the admin opens it with the photos), and an
  OwnerSubmission records who sent it, with the campaign that brought them (a Lead). Nothing
  is ever published here: `visible()` shows only live listings, so the draft stays off the
  lists, its page, the sitemap, the site search and the home page until staff publish it.
- E-mails go out only after the commit: to the owner in their language ("received; nothing
  is published before review") and to STAFF_NOTIFICATION_EMAILS in Italian with a link to
  the draft. A failure is logged and flagged on the submission; the visitor still sees the
  thank-you page, and nothing stored is lost.
- Bots filling the hidden honeypot get the thank-you page too, and nothing is stored.
"""

import logging
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.core.validators import URLValidator
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from borgo.autocomplete import tel_input
from borgo.campaigns.models import record_lead

from .forms import AccessibleFormMixin, HoneypotField
from .models import Accommodation, CalendarFeed, OwnerSubmission, RealEstate
from .models.base import free_slug
from .photos import PhotoField, owner_collection, store_photo

logger = logging.getLogger(__name__)

MAX_PHOTOS = 6
OWNER_FIELDS = ["owner_name", "contact_email", "contact_phone"]
TEXT_FIELDS = ["title", "summary", "description"]
PLACE_FIELDS = ["address", "postal_code", "locality"]
ACCOMMODATION_FACTS = [
    "accommodation_type",
    "cin",
    "capacity",
    "bedrooms",
    "price_per_night_from",
    "monthly_price",
]
REAL_ESTATE_FACTS = [
    "deal",
    "property_type",
    "price",
    "monthly_rent",
    "floor_area_m2",
    "rooms",
    "bedrooms",
    "bathrooms",
    "condition",
    "heating",
    "energy_class",
    "energy_index",
    "energy_exemption_basis",
]


def model_fields(facts):
    """The listing fields an offer form edits (owner_name is the form's own)."""
    return [*OWNER_FIELDS[1:], *facts, *TEXT_FIELDS, *PLACE_FIELDS]


class OfferMeta:
    """What both kinds' ModelForm Meta share: the owner's contact becomes the listing's."""

    labels = {"contact_email": _("Your e-mail"), "contact_phone": _("Your phone")}
    help_texts = {
        "contact_email": _(
            "We write to you here. Once the listing is published, visitors' enquiries arrive "
            "here too; the address itself is not shown."
        ),
        "contact_phone": _("Optional. Shown on the published listing."),
    }
    widgets = {
        "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
        "contact_phone": tel_input(),
        "description": forms.Textarea(attrs={"rows": 6}),
    }


class OfferForm(AccessibleFormMixin, forms.ModelForm):
    """What both kinds of offer ask; subclasses add the facts of their kind (`fact_fields`)."""

    owner_name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the municipality keeps these data to review my offer, and publishes "
            "the texts, photos and contacts of the listing once its staff have approved it."
        ),
    )
    website = HoneypotField(label=_("Leave this field empty"))

    fact_fields = []
    facts_legend = ""

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, instance=self._meta.model(locale=locale), **kwargs)
        self.fields["locality"].required = True
        for number in range(1, MAX_PHOTOS + 1):
            self.fields[f"photo_{number}"] = PhotoField(
                label=_("Photo %(number)s") % {"number": number}, required=False
            )
            self.fields[f"alt_{number}"] = forms.CharField(
                label=_("Describe photo %(number)s") % {"number": number},
                max_length=200,
                required=False,
            )
        self.order_fields(
            [name for _legend, names in self.field_groups() for name in names]
            + [name for pair in self.photo_names() for name in pair]
        )

    def field_groups(self):
        return [
            (_("About you"), OWNER_FIELDS),
            (self.facts_legend, self.fact_fields),
            (_("Description"), TEXT_FIELDS),
            (_("Where it is"), PLACE_FIELDS),
        ]

    def photo_names(self):
        return [(f"photo_{n}", f"alt_{n}") for n in range(1, MAX_PHOTOS + 1)]

    # For the template ---------------------------------------------------------------------

    def fieldsets(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.field_groups()]

    def photo_slots(self):
        return [(self[photo], self[alt]) for photo, alt in self.photo_names()]

    # Validation ---------------------------------------------------------------------------

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def clean(self):
        cleaned = super().clean()
        self._clean_photos(cleaned)
        if cleaned.get("title"):
            # Set before the model's validation, which would otherwise report a taken slug
            # on a field this form does not have.
            self.instance.slug = free_slug(self._meta.model, cleaned["title"], self.instance)
        return cleaned

    def _clean_photos(self, cleaned):
        """Every photo needs its description, and there must be at least one photo."""
        for photo_name, alt_name in self.photo_names():
            photo, alt = cleaned.get(photo_name), cleaned.get(alt_name, "").strip()
            if photo and not alt and alt_name not in self.errors:
                self.add_error(alt_name, _("Describe this photo for people who cannot see it."))
            if alt and not photo and photo_name not in self.errors:
                self.add_error(
                    photo_name,
                    _("Choose the photo this description is for, or clear the description."),
                )
        tried = [cleaned.get(p) or p in self.errors for p, _alt in self.photo_names()]
        if not any(tried):
            self.add_error("photo_1", _("Add at least one photo."))

    @property
    def photos(self):
        """[(uploaded file, alt text)] in the order the owner gave them."""
        pairs = [(self.cleaned_data[p], self.cleaned_data[a]) for p, a in self.photo_names()]
        return [(photo, alt.strip()) for photo, alt in pairs if photo]

    def save_related(self, listing):
        """What the offer brings besides the listing and its photos (saved with them)."""


class AccommodationOfferForm(OfferForm):
    """Owners without an account keep the stay's availability up to date through the calendar
    their platform exports: staff see the feed with the draft, and it is imported like any."""

    calendar_url = forms.URLField(
        label=_("Calendar export address (iCal)"),
        required=False,
        max_length=1000,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_(
            "Optional. If the stay is also on Airbnb, Booking.com or a channel manager, paste "
            "the address it gives for exporting the calendar (ending in .ics): the site then "
            "shows the stay only for the dates it is free."
        ),
    )
    fact_fields = [*ACCOMMODATION_FACTS, "calendar_url"]
    facts_legend = _("The room or stay")

    def save_related(self, listing):
        if self.cleaned_data.get("calendar_url"):
            url = self.cleaned_data["calendar_url"]
            name = urlsplit(url).hostname or ""
            CalendarFeed.objects.create(accommodation=listing, name=name[:80], url=url)

    class Meta(OfferMeta):
        model = Accommodation
        fields = model_fields(ACCOMMODATION_FACTS)
        error_messages = {
            "cin": {
                "required": _(
                    "The law requires the CIN in every advertisement: enter the code the "
                    "Ministry of Tourism assigned to your accommodation."
                )
            }
        }


class RealEstateOfferForm(OfferForm):
    fact_fields = REAL_ESTATE_FACTS
    facts_legend = _("The house")

    class Meta(OfferMeta):
        model = RealEstate
        fields = model_fields(REAL_ESTATE_FACTS)
        error_messages = {
            "energy_class": {
                "required": _(
                    "The law requires the energy class in every advertisement: copy it from "
                    "the energy performance certificate (APE), or choose Exempt."
                )
            }
        }


def store_offer(form, request):
    """The draft listing with its photos, the submission and its lead, in one transaction."""
    with transaction.atomic():
        listing = form.save(commit=False)
        listing.live = False
        collection = owner_collection()
        gallery_model = type(listing).gallery.rel.related_model
        listing.gallery = [
            gallery_model(
                locale=listing.locale,
                image=store_photo(photo, f"{listing.title} ({number})", alt, collection),
                alt_text=alt,
                sort_order=number,
            )
            for number, (photo, alt) in enumerate(form.photos, start=1)
        ]
        listing.save()
        form.save_related(listing)
        listing.save_revision(log_action="wagtail.create")  # a draft; never published here
        submission = OwnerSubmission.objects.create(
            listing=listing,
            name=form.cleaned_data["owner_name"],
            email=listing.contact_email,
            phone=listing.contact_phone,
            language=translation.get_language() or settings.LANGUAGE_CODE,
        )
        record_lead(request, submission)
    return submission


def send_offer_emails(submission, site_name):
    """After the commit: confirm to the owner, tell staff. A failure is logged and flagged."""
    staff = list(settings.STAFF_NOTIFICATION_EMAILS)
    context = {
        "submission": submission,
        "kind": submission.listing._meta.verbose_name,
        "site_name": site_name,
        "admin_url": settings.WAGTAILADMIN_BASE_URL + submission.listing_admin_url,
        "can_reply": bool(staff),
    }
    owner = _message("owner_received", context, submission.language, to=[submission.email])
    owner.reply_to = staff
    sent = {"owner_email_sent": _send(owner, submission)}
    if staff:
        notice = _message("staff_offer", context, settings.LANGUAGE_CODE, to=staff)
        notice.reply_to = [submission.email]
        sent["staff_email_sent"] = _send(notice, submission)
    OwnerSubmission.objects.filter(pk=submission.pk).update(**sent)
    for name, value in sent.items():
        setattr(submission, name, value)


def _message(template, context, language, to):
    with translation.override(language):
        subject = render_to_string(f"listings/emails/{template}_subject.txt", context)
        body = render_to_string(f"listings/emails/{template}.txt", context)
    # One line, whatever the owner typed in the title: a subject never spans headers.
    return EmailMessage(subject=" ".join(subject.split()), body=body, to=to)


def _send(message, submission):
    try:
        message.send()
    except Exception:  # any mail backend error: the submission and its draft are stored
        logger.exception("Could not e-mail about owner submission %s", submission.pk)
        return False
    return True
