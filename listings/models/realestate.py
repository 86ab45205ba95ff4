"""Houses to rent or buy, including the village's "one-euro houses"."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail_localize.fields import TranslatableField

from borgo.gallery import GalleryImage

from .base import Listing, approximate, synchronized, without_street_number


class Deal(models.TextChoices):
    RENT = "rent", _("For rent")
    SALE = "sale", _("For sale")


class PropertyType(models.TextChoices):
    APARTMENT = "apartment", _("Apartment")
    HOUSE = "house", _("House")
    RUSTICO = "rustico", _("Rustico (country house to restore)")
    VILLA = "villa", _("Villa")
    SHOP_OFFICE = "shop_office", _("Shop or office")


class Condition(models.TextChoices):
    NEW = "new", _("New or renovated")
    GOOD = "good", _("Good")
    TO_REFRESH = "to_refresh", _("Needs refreshing")
    TO_RESTORE = "to_restore", _("To restore")


class EnergyClass(models.TextChoices):
    """The APE classes (DM 26/6/2015), best first, and the legal exemption."""

    A4 = "A4", "A4"
    A3 = "A3", "A3"
    A2 = "A2", "A2"
    A1 = "A1", "A1"
    B = "B", "B"
    C = "C", "C"
    D = "D", "D"
    E = "E", "E"
    F = "F", "F"
    G = "G", "G"
    EXEMPT = "exempt", _("Exempt")


class AddressPrecision(models.TextChoices):
    EXACT = "exact", _("Exact: show the address and the point on the map")
    APPROXIMATE = "approximate", _("Approximate: hide the street number, blur the map point")


class Heating(models.TextChoices):
    NONE = "none", pgettext_lazy("heating", "None")
    AUTONOMOUS = "autonomous", _("Own boiler")
    CENTRAL = "central", _("Central")
    HEAT_PUMP = "heat_pump", _("Heat pump")
    STOVE = "stove", _("Wood or pellet stove")


class RealEstate(Listing):
    """A house to rent or buy. Italian adverts must show the energy class (APE) and its index."""

    deal = models.CharField(_("rent or sale"), max_length=10, choices=Deal.choices)
    property_type = models.CharField(
        _("property type"), max_length=20, choices=PropertyType.choices
    )
    price = models.PositiveIntegerField(
        _("sale price (€)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100_000_000)],
        help_text=_("For sale, in whole euros (1 for a one-euro house)."),
    )
    monthly_rent = models.PositiveIntegerField(
        _("monthly rent (€)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100_000)],
        help_text=_("For rent, in whole euros, without service charges."),
    )
    floor_area_m2 = models.PositiveIntegerField(
        _("floor area (m²)"), validators=[MinValueValidator(5), MaxValueValidator(10_000)]
    )
    rooms = models.PositiveSmallIntegerField(_("rooms"), validators=[MinValueValidator(1)])
    bedrooms = models.PositiveSmallIntegerField(_("bedrooms"), default=0)
    bathrooms = models.PositiveSmallIntegerField(_("bathrooms"), default=1)
    floor = models.SmallIntegerField(
        _("floor"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-3), MaxValueValidator(50)],
        help_text=_("0 for the ground floor; empty for a whole house."),
    )
    year_built = models.PositiveSmallIntegerField(
        _("year built"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1000), MaxValueValidator(2100)],
    )
    condition = models.CharField(_("condition"), max_length=20, choices=Condition.choices)
    furnished = models.BooleanField(_("furnished"), default=False)
    has_garden = models.BooleanField(_("garden"), default=False)
    has_terrace = models.BooleanField(_("terrace or balcony"), default=False)
    heating = models.CharField(
        _("heating"), max_length=20, choices=Heating.choices, default=Heating.AUTONOMOUS
    )
    energy_class = models.CharField(
        _("energy class (APE)"),
        max_length=10,
        choices=EnergyClass.choices,
        help_text=_("From the energy performance certificate; required in every advert."),
    )
    energy_index = models.DecimalField(
        _("energy index (kWh/m² per year)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(10_000)],
        help_text=_("EPgl,nren from the certificate. Required unless the property is exempt."),
    )
    energy_exemption_basis = models.CharField(
        _("legal basis of the exemption"),
        max_length=200,
        blank=True,
        help_text=_('e.g. "Unheated ruin, D.Lgs. 192/2005 art. 3 c. 3". Only when exempt.'),
    )
    one_euro_scheme = models.BooleanField(
        _("one-euro house"),
        default=False,
        help_text=_("Sold for one euro by the municipality's scheme, to be restored."),
    )
    one_euro_conditions = models.TextField(
        _("conditions of the one-euro scheme"),
        blank=True,
        help_text=_("Deadlines, deposit, works required: what the buyer commits to."),
    )
    address_precision = models.CharField(
        _("address precision"),
        max_length=12,
        choices=AddressPrecision.choices,
        default=AddressPrecision.APPROXIMATE,
    )

    translatable_fields = Listing.translatable_fields + [
        TranslatableField("energy_exemption_basis"),
        TranslatableField("one_euro_conditions"),
        *synchronized(
            "deal", "property_type", "price", "monthly_rent", "floor_area_m2", "rooms",
            "bedrooms", "bathrooms", "floor", "year_built", "condition", "furnished",
            "has_garden", "has_terrace", "heating", "energy_class", "energy_index",
            "one_euro_scheme", "address_precision",
        ),
    ]  # fmt: skip

    index_page_model = "listings.RealEstateIndexPage"
    record_field = "real_estate"
    facts_rows = "listings.facts.real_estate_facts"
    json_ld_describer = "listings.structured_data.real_estate_json_ld"

    class Meta(Listing.Meta):
        verbose_name = _("property")
        verbose_name_plural = _("properties")
        indexes = [
            models.Index(fields=["locale", "live", "expires_on"], name="re_visible_idx"),
            models.Index(fields=["deal", "property_type"], name="re_deal_type_idx"),
            models.Index(fields=["price"], name="re_price_idx"),
            models.Index(fields=["monthly_rent"], name="re_rent_idx"),
            models.Index(fields=["floor_area_m2"], name="re_area_idx"),
            models.Index(fields=["rooms"], name="re_rooms_idx"),
            models.Index(fields=["one_euro_scheme"], name="re_one_euro_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["external_ref", "locale"],
                condition=~models.Q(external_ref=""),
                name="re_unique_external_ref",
            ),
            # The listing's address under its index page (clean() explains a clash).
            models.UniqueConstraint(fields=["slug", "locale"], name="re_unique_slug"),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.deal == Deal.SALE and self.price is None:
            errors["price"] = _("A property for sale needs a sale price.")
        if self.deal == Deal.RENT and self.monthly_rent is None:
            errors["monthly_rent"] = _("A property for rent needs a monthly rent.")
        if self.deal == Deal.RENT and self.one_euro_scheme:
            errors["one_euro_scheme"] = _("One-euro houses are sold, not rented.")
        if self.one_euro_scheme and not self.one_euro_conditions.strip():
            errors["one_euro_conditions"] = _("Explain the conditions of the one-euro scheme.")
        if self.energy_class == EnergyClass.EXEMPT:
            if not self.energy_exemption_basis.strip():
                errors["energy_exemption_basis"] = _("Give the legal basis of the exemption.")
        elif self.energy_class and self.energy_index is None:
            errors["energy_index"] = _("Give the energy index from the certificate (APE).")
        if self.bedrooms is not None and self.rooms is not None and self.bedrooms > self.rooms:
            errors["bedrooms"] = _("More bedrooms than rooms: check both numbers.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_approximate(self):
        return self.address_precision == AddressPrecision.APPROXIMATE

    @property
    def public_point(self):
        return approximate(self) if self.is_approximate else super().public_point

    @property
    def public_address(self):
        return without_street_number(self.address) if self.is_approximate else self.address


class RealEstateImage(GalleryImage):
    listing = ParentalKey(RealEstate, related_name="gallery", on_delete=models.CASCADE)
