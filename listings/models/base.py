"""What accommodation and real-estate listings share: texts, contact, gallery, publication.

A listing is a translatable, draftable snippet under the moderation workflow (borgo/staff.py):
editors write and translate it with wagtail-localize and submit it, moderators publish it, and
it reaches the site only while it is live and not past its expiry date (`visible()`).
"""

import re

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.models import (
    DraftStateMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail_localize.fields import SynchronizedField, TranslatableField

from borgo.gallery import with_gallery
from borgo.page_views import RegisteredViews
from borgo.place_facts import GeoLocated

from ..routes import offer_words

# Approximate addresses are shown on a grid of 0.005° (about 550 m north–south), so that the
# public map points to the neighbourhood and never to the house.
APPROXIMATE_GRID = 200
STREET_NUMBER = re.compile(r"[,\s]+\d+\s*[a-zA-Z]?(/\w+)?\s*$")


def synchronized(*field_names):
    """Facts that are the same in every language: wagtail-localize copies only the fields
    named in `translatable_fields` when it syncs a translation, so each fact must be listed
    here or translations keep the values they had when they were created."""
    return [SynchronizedField(name) for name in field_names]


class ListingQuerySet(models.QuerySet):
    def visible(self, today=None):
        """Live and not expired: the one definition of what the public site shows."""
        today = today or timezone.localdate()
        return self.filter(live=True).filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))

    def with_gallery(self):
        """Gallery images with their renditions: two queries for any number of listings."""
        return with_gallery(self, "gallery")


class Listing(
    RegisteredViews,
    PreviewableMixin,
    WorkflowMixin,
    DraftStateMixin,
    RevisionMixin,
    TranslatableMixin,
    GeoLocated,
    ClusterableModel,
):
    title = models.CharField(_("title"), max_length=120, help_text=_("e.g. Casa del Fornaio"))
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=True,
        blank=True,
        help_text=_("The last part of the address of the page; filled in from the title."),
    )
    summary = models.CharField(
        _("summary"),
        max_length=250,
        help_text=_("One sentence shown in lists and search results."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What makes it pleasant to live and work in, in a few plain paragraphs."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"), help_text=_("Enquiries from the site are sent to this address.")
    )
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    website = models.URLField(_("website or booking page"), blank=True)
    external_ref = models.CharField(
        _("external reference"),
        max_length=60,
        blank=True,
        help_text=_("The agency's or owner's code; the CSV import uses it to update listings."),
    )
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown on the home page.")
    )
    expires_on = models.DateField(
        _("expires on"),
        null=True,
        blank=True,
        help_text=_("From the day after, the listing disappears from the site by itself."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ListingQuerySet.as_manager()

    # The index page type that serves this type's listings, by name: the pages import the
    # listing models (listings.models.pages).
    index_page_model = ""
    # What differs per type is declared on the type, so that views, forms, facts and JSON-LD
    # ask the listing rather than test its class. Functions are named by dotted path, since
    # their modules import the models (views import models, never the reverse).
    is_accommodation = False
    # The foreign key of enquiries and owner submissions to this type (listings.models.links).
    record_field = ""
    # The fields of the enquiry form (listings.enquiries) a visitor fills in about this type.
    enquiry_fields = ("name", "email", "message")
    # listing -> the (label, value) rows of its facts table (listings.facts).
    facts_rows = ""
    # (listing, request, url, renditions) -> its schema.org description (listings.structured_data).
    json_ld_describer = ""

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("gallery"),
        *synchronized(
            "contact_email", "contact_phone", "website", "external_ref", "featured", "expires_on",
            "address", "postal_code", "locality", "latitude", "longitude",
        ),
    ]  # fmt: skip

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if not self.slug:
            self.slug = slugify(self.title, allow_unicode=True)[:120]
        duplicate = type(self).objects.filter(slug=self.slug, locale_id=self.locale_id)
        if self.locale_id and duplicate.exclude(pk=self.pk).exists():
            raise ValidationError({"slug": _("Another listing in this language has this slug.")})
        if self.locale_id and self.slug in reserved_slugs(self.locale.language_code):
            raise ValidationError({"slug": _("This address is taken by the owners' offer form.")})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title, allow_unicode=True)[:120]
        super().save(*args, **kwargs)

    # Where the public sees it ---------------------------------------------------------------

    @property
    def public_point(self):
        """The coordinates the public map, "nearby" lists and JSON-LD may use."""
        return PublicPoint(self.latitude, self.longitude, source=self)

    @property
    def public_address(self):
        return self.address

    @property
    def cover(self):
        """The first gallery image (prefetched by the index pages: no query per listing)."""
        images = list(self.gallery.all())
        return images[0] if images else None

    def get_preview_template(self, request, mode_name):
        return "listings/listing_detail.html"

    def get_preview_context(self, request, mode_name):
        return self.registered_view("preview_context")(request)

    @classmethod
    def index_page_class(cls):
        return apps.get_model(cls.index_page_model)

    def index_page(self):
        """The live index page in the listing's language, or None."""
        pages = self.index_page_class().objects.live()
        return pages.filter(locale_id=self.locale_id).first()


def reserved_slugs(language_code):
    """Slugs that the index page's own routes use in this language (see listings.routes)."""
    return {offer_words(language_code)[0]}


def free_slug(model, title, listing, also_taken=()):
    """The title's slug, with -2, -3... if another listing of the language has it already,
    or it is in `also_taken` (slugs given to other rows of the same import)."""
    base = slugify(title, allow_unicode=True)[:110] or model._meta.model_name
    same_start = model.objects.filter(locale_id=listing.locale_id, slug__startswith=base).exclude(
        pk=listing.pk
    )
    taken = set(same_start.values_list("slug", flat=True)) | set(also_taken)
    taken |= reserved_slugs(listing.locale.language_code)
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


class PublicPoint:
    """A point with only what borgo.place_facts needs (latitude, longitude, has_coordinates, pk).

    Its pk is None, so that `nearest()` never mistakes an object of another model with the same
    pk for the origin; `source` is the listing it shows.
    """

    pk = None

    def __init__(self, latitude, longitude, source):
        self.latitude, self.longitude, self.source = latitude, longitude, source
        self.address = source.public_address
        self.postal_code, self.locality = source.postal_code, source.locality

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None


def approximate(point):
    """The point moved to the centre of its grid cell (see APPROXIMATE_GRID)."""
    if not point.has_coordinates:
        return PublicPoint(None, None, source=point)
    return PublicPoint(_grid(point.latitude), _grid(point.longitude), source=point)


def _grid(value):
    return round(round(float(value) * APPROXIMATE_GRID) / APPROXIMATE_GRID, 6)


def without_street_number(address):
    return STREET_NUMBER.sub("", address or "")
