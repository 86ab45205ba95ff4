"""Places to sleep: from a room for a week to a flat for three months."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey

from borgo.gallery import GalleryImage

from .base import Listing, synchronized
from .validators import normalize_cin, validate_cin


class AccommodationType(models.TextChoices):
    HOTEL = "hotel", _("Hotel")
    BED_AND_BREAKFAST = "bnb", _("Bed and breakfast")
    AGRITURISMO = "agriturismo", _("Agriturismo (farm stay)")
    APARTMENT = "apartment", _("Holiday apartment")
    ROOM = "room", _("Room")
    HOSTEL = "hostel", _("Hostel")


class Accommodation(Listing):
    """A stay. Every type needs a CIN.

    The CIN (DL 145/2023 art. 13-ter) covers every tourist accommodation — hotels and other
    "strutture ricettive alberghiere ed extralberghiere" as well as flats and rooms let for
    short or tourist stays — and must appear in every advertisement: it is required for all the
    types here and shown on the listing's page.
    """

    accommodation_type = models.CharField(
        _("type"), max_length=20, choices=AccommodationType.choices
    )
    cin = models.CharField(
        _("CIN (national identification code)"),
        max_length=24,
        validators=[validate_cin],
        help_text=_(
            "Assigned by the Ministry of Tourism (BDSR), e.g. IT076099C2ABCD1234. The law "
            "requires it in every advertisement: it is shown on the page."
        ),
    )
    capacity = models.PositiveSmallIntegerField(
        _("guests"),
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text=_("How many people can sleep here."),
    )
    bedrooms = models.PositiveSmallIntegerField(_("bedrooms"), default=1)
    price_per_night_from = models.PositiveIntegerField(
        _("price per night from (€)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(10000)],
        help_text=_("The lowest price for one night, in whole euros."),
    )
    monthly_price = models.PositiveIntegerField(
        _("price per month (€)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(50000)],
        help_text=_("For stays of a month or more, in whole euros. Leave empty if not offered."),
    )
    minimum_stay_nights = models.PositiveSmallIntegerField(
        _("minimum stay (nights)"), default=1, validators=[MinValueValidator(1)]
    )
    long_stay_friendly = models.BooleanField(
        _("suited to long stays"),
        default=False,
        help_text=_("Weeks or months: kitchen, laundry, a monthly price."),
    )
    has_desk = models.BooleanField(_("desk"), default=False)
    has_ergonomic_chair = models.BooleanField(_("ergonomic chair"), default=False)
    is_quiet = models.BooleanField(
        _("quiet place to work"), default=False, help_text=_("A room where calls are possible.")
    )
    wifi_download_mbps = models.PositiveIntegerField(
        _("measured Wi-Fi download (Mbit/s)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(10000)],
        help_text=_("From a speed test in the room, not the contract's figure."),
    )
    wifi_measured_on = models.DateField(_("Wi-Fi measured on"), null=True, blank=True)
    pets_allowed = models.BooleanField(_("pets allowed"), default=False)
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    accessible_bathroom = models.BooleanField(_("accessible bathroom"), default=False)
    has_kitchen = models.BooleanField(_("kitchen"), default=False)
    has_washing_machine = models.BooleanField(_("washing machine"), default=False)
    has_parking = models.BooleanField(_("parking"), default=False)
    breakfast_included = models.BooleanField(_("breakfast included"), default=False)

    translatable_fields = Listing.translatable_fields + synchronized(
        "accommodation_type", "cin", "capacity", "bedrooms", "price_per_night_from",
        "monthly_price", "minimum_stay_nights", "long_stay_friendly", "has_desk",
        "has_ergonomic_chair", "is_quiet", "wifi_download_mbps", "wifi_measured_on",
        "pets_allowed", "step_free_access", "accessible_bathroom", "has_kitchen",
        "has_washing_machine", "has_parking", "breakfast_included",
    )  # fmt: skip

    index_page_model = "listings.AccommodationIndexPage"
    is_accommodation = True
    record_field = "accommodation"
    enquiry_fields = ("name", "email", "arrival", "departure", "message")  # a stay has dates
    facts_rows = "listings.facts.accommodation_facts"
    json_ld_describer = "listings.structured_data.accommodation_json_ld"

    class Meta(Listing.Meta):
        verbose_name = _("accommodation")
        verbose_name_plural = _("accommodation")
        indexes = [
            models.Index(fields=["locale", "live", "expires_on"], name="acc_visible_idx"),
            models.Index(fields=["accommodation_type"], name="acc_type_idx"),
            models.Index(fields=["price_per_night_from"], name="acc_night_idx"),
            models.Index(fields=["monthly_price"], name="acc_month_idx"),
            models.Index(fields=["capacity"], name="acc_capacity_idx"),
            models.Index(fields=["featured"], name="acc_featured_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["external_ref", "locale"],
                condition=~models.Q(external_ref=""),
                name="acc_unique_external_ref",
            ),
            # The listing's address under its index page (clean() explains a clash).
            models.UniqueConstraint(fields=["slug", "locale"], name="acc_unique_slug"),
        ]

    def clean(self):
        super().clean()
        self.cin = normalize_cin(self.cin)
        errors = {}
        if self.price_per_night_from is None and self.monthly_price is None:
            errors["price_per_night_from"] = _("Give a price per night, per month, or both.")
        if self.long_stay_friendly and self.monthly_price is None:
            errors["monthly_price"] = _("A listing suited to long stays needs a monthly price.")
        if self.wifi_download_mbps is not None and self.wifi_measured_on is None:
            errors["wifi_measured_on"] = _("Say when the Wi-Fi speed was measured.")
        if self.bedrooms is not None and self.capacity is not None:
            if self.bedrooms > self.capacity:
                errors["bedrooms"] = _("More bedrooms than guests: check both numbers.")
        if errors:
            raise ValidationError(errors)


class AccommodationImage(GalleryImage):
    listing = ParentalKey(Accommodation, related_name="gallery", on_delete=models.CASCADE)
