"""Facts every place on the site shares: coordinates, address, opening hours, distances.

Attractions, activities, services, co-working spaces and listings all build on these, so that
pages, maps, "nearby" lists and JSON-LD read the same fields.
"""

import math
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.panels import FieldPanel

WEEKDAYS = [
    ("Mo", pgettext_lazy("weekday", "Monday")),
    ("Tu", pgettext_lazy("weekday", "Tuesday")),
    ("We", pgettext_lazy("weekday", "Wednesday")),
    ("Th", pgettext_lazy("weekday", "Thursday")),
    ("Fr", pgettext_lazy("weekday", "Friday")),
    ("Sa", pgettext_lazy("weekday", "Saturday")),
    ("Su", pgettext_lazy("weekday", "Sunday")),
]
SCHEMA_DAYS = {
    "Mo": "Monday",
    "Tu": "Tuesday",
    "We": "Wednesday",
    "Th": "Thursday",
    "Fr": "Friday",
    "Sa": "Saturday",
    "Su": "Sunday",
}
EARTH_RADIUS_KM = 6371.0
WALKING_KMH = 4.5


class GeoLocated(models.Model):
    """A point on the map, with its postal address."""

    address = models.CharField(
        _("address"),
        max_length=200,
        blank=True,
        help_text=_("Street and number, e.g. Via del Castello 3"),
    )
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    locality = models.CharField(
        _("town or hamlet"), max_length=100, blank=True, help_text=_("e.g. Castelmora")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_(
            "Decimal degrees, north positive, e.g. 40.187300. In a map application, "
            "right-click the place and copy the first number."
        ),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Decimal degrees, east positive, e.g. 15.873100: the second number."),
    )

    class Meta:
        abstract = True

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            message = _("Give both latitude and longitude, or neither.")
            raise ValidationError({"latitude": message, "longitude": message})


class AccessibilityFacts(models.Model):
    """What a visitor with reduced mobility needs to know of a place (places and co-working
    spaces; a listing's facts are its own).

    The yes/no facts every type has are here; a type adds its own as fields (a place's reserved
    parking, a space's height-adjustable desks) and names all of them, in the order pages list
    them, in `accessibility_facts`. `accessibility_panels` are the editor's panels and
    `accessibility_json_ld` the schema.org amenityFeature of those facts. The notes allow
    600 characters (the longer of the two former limits, so no stored text becomes invalid).
    """

    step_free_access = models.BooleanField(
        _("step-free access"),
        default=False,
        help_text=_("A wheelchair user can enter without steps (ramp or level entrance)."),
    )
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    accessibility_notes = models.TextField(
        _("accessibility notes"),
        max_length=600,
        blank=True,
        help_text=_("Anything else a visitor with reduced mobility should know."),
    )

    accessibility_facts = ("step_free_access", "accessible_toilet")

    class Meta:
        abstract = True

    def accessibility_json_ld(self):
        """schema.org amenityFeature items of the yes/no facts, named by the fields' labels in
        the page's language."""
        return [
            {
                "@type": "LocationFeatureSpecification",
                "name": str(self._meta.get_field(name).verbose_name),
                "value": getattr(self, name),
            }
            for name in self.accessibility_facts
        ]


def accessibility_panels(facts, help_texts=None):
    """The editor's panels of `facts` (a type's `accessibility_facts`) and the notes.

    `help_texts` words a field's help for the type (e.g. "reach the desks" for a co-working
    space) without a field of its own.
    """
    help_texts = help_texts or {}
    return [
        FieldPanel(name, help_text=help_texts.get(name)) if name in help_texts else FieldPanel(name)
        for name in (*facts, "accessibility_notes")
    ]


@dataclass(frozen=True)
class Distance:
    km: float

    @property
    def walking_minutes(self):
        """Minutes on foot, or None where walking makes no sense (beyond 5 km)."""
        return round(self.km / WALKING_KMH * 60) if self.km <= 5 else None


def distance_between(a, b):
    """Great-circle distance between two GeoLocated objects (haversine)."""
    lat1, lon1, lat2, lon2 = map(
        math.radians, (float(a.latitude), float(a.longitude), float(b.latitude), float(b.longitude))
    )
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return Distance(2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h)))


def nearest(origin, candidates, limit=5):
    """(candidate, Distance) pairs nearest to origin, closest first; no query of its own."""
    if not origin.has_coordinates:
        return []
    # The origin itself is skipped; another model's object with the same id is not.
    located = [
        c for c in candidates if c.has_coordinates and (type(c), c.pk) != (type(origin), origin.pk)
    ]
    pairs = [(c, distance_between(origin, c)) for c in located]
    return sorted(pairs, key=lambda pair: pair[1].km)[:limit]


class OpeningHoursBlock(blocks.StructBlock):
    """One rule: on these days, from opens to closes. Several rules make a week."""

    days = blocks.MultipleChoiceBlock(label=_("Days"), choices=WEEKDAYS)
    opens = blocks.TimeBlock(label=_("Opens"))
    closes = blocks.TimeBlock(label=_("Closes"))

    class Meta:
        icon = "time"
        label = _("Opening hours")

    def clean(self, value):
        value = super().clean(value)
        # Wagtail skips the required check when saving a draft (and on autosave), but a rule
        # without its times cannot be shown, previewed or booked against: it stays an error.
        missing = {
            name: ValidationError(_("Enter the time, or remove this rule."))
            for name in ("opens", "closes")
            if value[name] is None
        }
        if missing:
            raise blocks.StructBlockValidationError(block_errors=missing)
        if value["opens"] >= value["closes"]:
            raise blocks.StructBlockValidationError(
                block_errors={"closes": ValidationError(_("Must be after opening."))}
            )
        return value


def opening_hours_specification(hours):
    """schema.org OpeningHoursSpecification dicts from a stream of OpeningHoursBlock values."""
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{SCHEMA_DAYS[day]}" for day in rule["days"]],
            "opens": rule["opens"].strftime("%H:%M"),
            "closes": rule["closes"].strftime("%H:%M"),
        }
        for rule in (child.value for child in hours)
    ]


def geo_json_ld(place):
    """schema.org address and geo of a GeoLocated object."""
    data = {
        "address": {
            "@type": "PostalAddress",
            "streetAddress": place.address,
            "postalCode": place.postal_code,
            "addressLocality": place.locality,
            "addressCountry": "IT",
        }
    }
    if place.has_coordinates:
        # Six decimals (about 10 cm), as stored: a float would drop trailing zeros.
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": f"{float(place.latitude):.6f}",
            "longitude": f"{float(place.longitude):.6f}",
        }
    return data
