"""What every place page of the territory shares: the page, its facts and its JSON-LD.

Attractions, activities and services are concrete subclasses of PlacePage; each adds its
own category and kind (which also choose the schema.org type) and its own gallery model.
"""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from borgo.blocks import BodyBlock
from borgo.gallery import CaptionedGalleryImage, in_order
from borgo.pages import SEARCH_LABELS, BasePage
from borgo.place_facts import (
    AccessibilityFacts,
    GeoLocated,
    OpeningHoursBlock,
    accessibility_panels,
    geo_json_ld,
    opening_hours_specification,
)
from borgo.public_urls import absolute

JSON_LD_IMAGE = "fill-1200x800"


class PlacePage(AccessibilityFacts, GeoLocated, BasePage):
    """A place on the map with its hours, contacts, prices and accessibility facts."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences, shown under the title, in lists and to search engines."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("description"),
        blank=True,
        help_text=_("The full description: history, what to see, tips."),
    )
    opening_hours = StreamField(
        [("rule", OpeningHoursBlock())],
        verbose_name=_("opening hours"),
        blank=True,
        help_text=_(
            "One rule per time range: e.g. Monday–Friday 9:00–12:30 and, in a second rule, "
            "Monday–Friday 15:00–18:00. Leave empty if always open or by appointment only."
        ),
    )
    seasonal_notes = models.TextField(
        _("seasonal notes"),
        max_length=500,
        blank=True,
        help_text=_("e.g. Closed in January; summer hours from 15 June to 15 September."),
    )
    by_appointment = models.BooleanField(
        _("by appointment"),
        default=False,
        help_text=_("Tick if visitors must book or call before coming."),
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("With the prefix, e.g. +39 0971 123456")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    prices = models.TextField(
        _("prices and admission"),
        max_length=500,
        blank=True,
        help_text=_("e.g. Free admission; guided tour €5, children under 12 free."),
    )
    disabled_parking = models.BooleanField(
        _("parking for disabled people"),
        default=False,
        help_text=_("Reserved parking spaces at or near the entrance."),
    )
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown among the highlights of the home page.")
    )

    # Addresses and contacts are the same in every language: translators only see texts.
    override_translatable_fields = [
        SynchronizedField(name) for name in ("address", "postal_code", "locality", "phone")
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("prices"),
        index.SearchField("seasonal_notes"),
        index.SearchField("address"),
        index.SearchField("locality"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        SEARCH_LABELS,
        index.FilterField("category"),
    ]
    # Words visitors search a category by besides its name (e.g. "Wanderung" for hiking).
    CATEGORY_KEYWORDS = {}
    accessibility_facts = (*AccessibilityFacts.accessibility_facts, "disabled_parking")

    class Meta:
        abstract = True

    # Facts of the concrete types --------------------------------------------------------------

    def schema_types(self):
        """The schema.org @type (a string or a list) of this place."""
        raise NotImplementedError

    @property
    def category_label(self):
        return self.get_category_display()

    def card_facts(self):
        """The short facts under a place's title in lists."""
        return [self.category_label]

    def search_label_values(self):
        return [
            self.category_label,
            self.CATEGORY_KEYWORDS.get(self.category, ""),
            *self.card_facts(),
        ]

    @cached_property
    def pictures(self):
        """The gallery in order, with renditions; prefetched in lists (see borgo.gallery)."""
        if "gallery_images" in getattr(self, "_prefetched_objects_cache", {}):
            return list(self.gallery_images.all())
        return list(in_order(self.gallery_images))

    @property
    def first_picture(self):
        return self.pictures[0] if self.pictures else None

    def main_picture(self, request):
        """The first photo and its alt text (shared on social networks, see BasePage)."""
        picture = self.first_picture
        if picture is None:
            return super().main_picture(request)
        return picture.image, picture.alt

    def map_data(self):
        """The map of this place: its marker (and, for activities, the track)."""
        if not self.has_coordinates:
            return {"markers": [], "lines": []}
        marker = {"lat": float(self.latitude), "lng": float(self.longitude), "title": self.title}
        return {"markers": [marker], "lines": []}

    # Structured data ------------------------------------------------------------------------

    def structured_data(self, request):
        data = {
            "@type": self.schema_types(),
            "@id": absolute(self.get_url(request)) + "#place",
            "name": self.title,
            "description": self.summary,
            "url": absolute(self.get_url(request)),
            **geo_json_ld(self),
        }
        if self.first_picture is not None:
            rendition = self.first_picture.image.get_rendition(JSON_LD_IMAGE)
            data["image"] = absolute(rendition.url)
        if self.opening_hours:
            data["openingHoursSpecification"] = opening_hours_specification(self.opening_hours)
        for key, value in (("telephone", self.phone), ("email", self.email)):
            if value:
                data[key] = value
        if self.website:
            data["sameAs"] = self.website
        data["amenityFeature"] = self.accessibility_json_ld()
        return [data]


class PlaceGalleryImage(CaptionedGalleryImage):
    """A picture of a place (borgo.gallery: the alt-text rule); its alt text and caption are
    translated with the page."""

    class Meta(CaptionedGalleryImage.Meta):
        abstract = True
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")


class PlaceTag(TaggedItemBase):
    """Base of the tag links of each place type (taggit needs one per model)."""

    class Meta:
        abstract = True


def gallery_key(model_name):
    return ParentalKey(model_name, on_delete=models.CASCADE, related_name="gallery_images")


def tag_key(model_name):
    return ParentalKey(model_name, on_delete=models.CASCADE, related_name="tagged_items")


def place_edit_handler(facts):
    """The editor's tabs for a place type; `facts` are the panels of its own fields."""
    content = [
        TitleFieldPanel("title"),
        FieldPanel("summary"),
        MultiFieldPanel(facts, heading=_("What it is")),
        InlinePanel(
            "gallery_images",
            heading=_("Pictures"),
            label=_("Picture"),
            min_num=1,
            help_text=_("The first picture is shown in lists and shared on social networks."),
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    place = [
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where it is"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contacts"),
        ),
        FieldPanel("prices"),
    ]
    hours = [
        FieldPanel("opening_hours"),
        FieldPanel("seasonal_notes"),
        FieldPanel("by_appointment"),
    ]
    accessibility = accessibility_panels(PlacePage.accessibility_facts)
    return TabbedInterface(
        [
            ObjectList(content, heading=_("Content")),
            ObjectList(place, heading=_("Place")),
            ObjectList(hours, heading=_("Hours")),
            ObjectList(accessibility, heading=_("Accessibility")),
            ObjectList(
                [*Page.promote_panels, FieldPanel("featured"), *BasePage.seo_panels],
                heading=_("Promote"),
            ),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
