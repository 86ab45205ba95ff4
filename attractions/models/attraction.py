"""Attractions: what there is to see (culture, nature, food and wine)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel

from .index import PlaceIndexPage
from .kinds import Kind, kind_choices, kinds_by_key, validate_kind
from .place import PlaceGalleryImage, PlacePage, PlaceTag, gallery_key, place_edit_handler, tag_key

CATEGORIES = [
    ("culture", _("Culture")),
    ("nature", _("Nature")),
    ("food_wine", _("Food and wine")),
]
# The last part of the category's URL, in the visitor's language.
CATEGORY_SLUGS = {
    "culture": pgettext_lazy("URL slug", "culture"),
    "nature": pgettext_lazy("URL slug", "nature"),
    "food_wine": pgettext_lazy("URL slug", "food-and-wine"),
}
KINDS = [
    Kind("church", _("Church"), "culture", "Church"),
    Kind("castle", _("Castle or tower"), "culture", "LandmarksOrHistoricalBuildings"),
    Kind("museum", _("Museum"), "culture", "Museum"),
    Kind("monument", _("Monument or historic site"), "culture", "LandmarksOrHistoricalBuildings"),
    Kind("trail_head", _("Trail head"), "nature", "Park"),
    Kind("lake", _("Lake"), "nature", "LakeBodyOfWater"),
    Kind("waterfall", _("Waterfall"), "nature", "Waterfall"),
    Kind("viewpoint", _("Viewpoint"), "nature", "TouristAttraction"),
    Kind("park", _("Park or nature reserve"), "nature", "Park"),
    Kind("winery", _("Winery"), "food_wine", "Winery"),
    Kind("producer", _("Local producer"), "food_wine", "Store"),
    Kind("restaurant", _("Restaurant or farm stay"), "food_wine", "Restaurant"),
]
KIND_BY_KEY = kinds_by_key(KINDS)


class AttractionGalleryImage(PlaceGalleryImage):
    page = gallery_key("attractions.AttractionPage")


class AttractionTag(PlaceTag):
    content_object = tag_key("attractions.AttractionPage")


class AttractionPage(PlacePage):
    CATEGORIES = CATEGORIES
    CATEGORY_SLUGS = CATEGORY_SLUGS

    category = models.CharField(
        _("category"),
        max_length=20,
        choices=CATEGORIES,
        help_text=_("The filter under which visitors find it."),
    )
    kind = models.CharField(
        _("kind of place"),
        max_length=20,
        choices=kind_choices(KINDS),
        help_text=_("Must belong to the category, e.g. a church is culture, a lake is nature."),
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"),
        through=AttractionTag,
        blank=True,
        help_text=_("Free keywords, e.g. middle ages, panorama, children."),
    )

    parent_page_types = ["attractions.AttractionIndexPage"]
    subpage_types = []
    edit_handler = place_edit_handler([FieldPanel("category"), FieldPanel("kind")])
    template = "attractions/attraction_page.html"

    class Meta:
        verbose_name = _("attraction")
        verbose_name_plural = _("attractions")

    def clean(self):
        super().clean()
        validate_kind(KIND_BY_KEY, CATEGORIES, self.kind, self.category)

    @property
    def kind_label(self):
        return self.get_kind_display()

    def card_facts(self):
        return [self.kind_label]

    def schema_types(self):
        specific = KIND_BY_KEY[self.kind].schema_type if self.kind in KIND_BY_KEY else None
        if specific in (None, "TouristAttraction"):
            return "TouristAttraction"
        return ["TouristAttraction", specific]


class AttractionIndexPage(PlaceIndexPage):
    place_model = AttractionPage
    subpage_types = ["attractions.AttractionPage"]

    class Meta:
        verbose_name = _("attractions index")
        verbose_name_plural = _("attractions indexes")
