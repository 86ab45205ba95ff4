"""Activities: sports and recreation, with difficulty, effort, seasons and a GPX track."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from attractions.gpx import parse_gpx, read_document
from attractions.templatetags.place_tags import duration

from .index import PlaceIndexPage
from .place import PlaceGalleryImage, PlacePage, PlaceTag, gallery_key, place_edit_handler, tag_key

CATEGORIES = [
    ("hiking", _("Hiking")),
    ("cycling", _("Cycling")),
    ("climbing", _("Climbing")),
    ("skiing", _("Skiing")),
    ("horse_riding", _("Horse riding")),
    ("swimming", _("Swimming")),
]
CATEGORY_SLUGS = {
    "hiking": pgettext_lazy("URL slug", "hiking"),
    "cycling": pgettext_lazy("URL slug", "cycling"),
    "climbing": pgettext_lazy("URL slug", "climbing"),
    "skiing": pgettext_lazy("URL slug", "skiing"),
    "horse_riding": pgettext_lazy("URL slug", "horse-riding"),
    "swimming": pgettext_lazy("URL slug", "swimming"),
}
# What else visitors type when they look for a sport (see PlacePage.CATEGORY_KEYWORDS).
CATEGORY_KEYWORDS = {
    "hiking": pgettext_lazy(
        "search keywords", "hike, hikes, trail, trails, walk, walking, trekking"
    ),
    "cycling": pgettext_lazy("search keywords", "bike, bicycle, mountain bike, cycle path"),
    "climbing": pgettext_lazy("search keywords", "climb, crag, via ferrata"),
    "skiing": pgettext_lazy("search keywords", "ski, ski slopes, snow"),
    "horse_riding": pgettext_lazy(
        "search keywords", "horse, riding stables, trekking on horseback"
    ),
    "swimming": pgettext_lazy("search keywords", "swim, pool, lake"),
}
SCHEMA_TYPES = {"skiing": "SkiResort", "swimming": "PublicSwimmingPool"}
DIFFICULTIES = [
    ("easy", _("Easy")),
    ("moderate", _("Moderate")),
    ("hard", _("Hard")),
    ("expert", _("Experts only")),
]
SEASONS = [
    ("spring", _("Spring")),
    ("summer", _("Summer")),
    ("autumn", _("Autumn")),
    ("winter", _("Winter")),
]


class ActivityGalleryImage(PlaceGalleryImage):
    page = gallery_key("attractions.ActivityPage")


class ActivityTag(PlaceTag):
    content_object = tag_key("attractions.ActivityPage")


class ActivityPage(PlacePage):
    CATEGORIES = CATEGORIES
    CATEGORY_SLUGS = CATEGORY_SLUGS
    CATEGORY_KEYWORDS = CATEGORY_KEYWORDS

    category = models.CharField(
        _("sport"), max_length=20, choices=CATEGORIES, help_text=_("The filter visitors use.")
    )
    difficulty = models.CharField(_("difficulty"), max_length=10, choices=DIFFICULTIES)
    duration_minutes = models.PositiveIntegerField(
        _("duration (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(7 * 24 * 60)],
        help_text=_("Typical time for an average adult, e.g. 150 for two and a half hours."),
    )
    distance_km = models.DecimalField(
        _("distance (km)"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1000)],
    )
    elevation_gain_m = models.PositiveIntegerField(
        _("elevation gain (m)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(9000)],
        help_text=_("Total metres of climbing."),
    )
    in_spring = models.BooleanField(_("spring"), default=True)
    in_summer = models.BooleanField(_("summer"), default=True)
    in_autumn = models.BooleanField(_("autumn"), default=True)
    in_winter = models.BooleanField(_("winter"), default=False)
    gpx_track = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("GPX track"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: a .gpx file of the route (max 5 MB), drawn on the map."),
    )
    # Read from the GPX file when the page is validated, so visitors' pages never parse XML.
    track_points = models.JSONField(_("track points"), default=list, blank=True, editable=False)
    tags = ClusterTaggableManager(
        verbose_name=_("tags"),
        through=ActivityTag,
        blank=True,
        help_text=_("Free keywords, e.g. panorama, children, dogs welcome."),
    )

    parent_page_types = ["attractions.ActivityIndexPage"]
    subpage_types = []
    edit_handler = place_edit_handler(
        [
            FieldRowPanel([FieldPanel("category"), FieldPanel("difficulty")]),
            FieldRowPanel(
                [
                    FieldPanel("duration_minutes"),
                    FieldPanel("distance_km"),
                    FieldPanel("elevation_gain_m"),
                ]
            ),
            FieldRowPanel(
                [
                    FieldPanel("in_spring"),
                    FieldPanel("in_summer"),
                    FieldPanel("in_autumn"),
                    FieldPanel("in_winter"),
                ],
                heading=_("Seasons"),
            ),
            FieldPanel("gpx_track"),
        ]
    )
    template = "attractions/activity_page.html"

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def clean(self):
        super().clean()
        try:
            self.read_track()
        except ValidationError as error:
            raise ValidationError({"gpx_track": error.messages}) from error

    def read_track(self):
        """Store the points of the GPX track (empty without one)."""
        self.track_points = parse_gpx(read_document(self.gpx_track)) if self.gpx_track else []

    def save(self, *args, **kwargs):
        if self.gpx_track_id and not self.track_points:
            self.read_track()
        elif not self.gpx_track_id:
            self.track_points = []
        return super().save(*args, **kwargs)

    @property
    def seasons(self):
        return [label for key, label in SEASONS if getattr(self, f"in_{key}")]

    def card_facts(self):
        facts = [self.category_label, self.get_difficulty_display()]
        if self.duration_minutes:
            facts.append(duration(self.duration_minutes))
        if self.distance_km is not None:
            facts.append(_("%(km)s km") % {"km": number_format(self.distance_km, 1)})
        return facts

    def map_data(self):
        data = super().map_data()
        if self.track_points:
            data["lines"] = [self.track_points]
        return data

    def schema_types(self):
        return SCHEMA_TYPES.get(self.category, "SportsActivityLocation")


class ActivityIndexPage(PlaceIndexPage):
    place_model = ActivityPage
    subpage_types = ["attractions.ActivityPage"]

    class Meta:
        verbose_name = _("activities index")
        verbose_name_plural = _("activities indexes")
