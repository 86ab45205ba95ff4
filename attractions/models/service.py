"""Services: what a newcomer relies on every day (doctor, pharmacy, bus, school, post...)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from attractions.languages import SPOKEN_LANGUAGES
from attractions.service_filters import language_filter
from coworking.models.fields import MultipleChoiceJSONField

from .index import PlaceIndexPage
from .kinds import Kind, kind_choices, kinds_by_key, validate_kind
from .place import PlaceGalleryImage, PlacePage, PlaceTag, gallery_key, place_edit_handler, tag_key

CATEGORIES = [
    ("health", _("Health")),
    ("pharmacy", _("Pharmacies")),
    ("transport", _("Transport")),
    ("education", _("Schools and childcare")),
    ("shops", _("Shops")),
    ("post_bank", _("Post and bank")),
    ("public_offices", _("Public offices")),
    ("sports_facilities", _("Sports facilities")),
]
CATEGORY_SLUGS = {
    "health": pgettext_lazy("URL slug", "health"),
    "pharmacy": pgettext_lazy("URL slug", "pharmacies"),
    "transport": pgettext_lazy("URL slug", "transport"),
    "education": pgettext_lazy("URL slug", "schools-and-childcare"),
    "shops": pgettext_lazy("URL slug", "shops"),
    "post_bank": pgettext_lazy("URL slug", "post-and-bank"),
    "public_offices": pgettext_lazy("URL slug", "public-offices"),
    "sports_facilities": pgettext_lazy("URL slug", "sports-facilities"),
}
KINDS = [
    Kind("doctor", _("Family doctor or clinic"), "health", "MedicalClinic"),
    Kind("hospital", _("Hospital"), "health", "Hospital"),
    Kind("pharmacy", _("Pharmacy"), "pharmacy", "Pharmacy"),
    Kind("bus", _("Bus stop or station"), "transport", "BusStation"),
    Kind("train", _("Railway station"), "transport", "TrainStation"),
    Kind("school", _("School"), "education", "School"),
    Kind("preschool", _("Nursery or preschool"), "education", "Preschool"),
    Kind("grocery", _("Grocery"), "shops", "GroceryStore"),
    Kind("shop", _("Shop"), "shops", "Store"),
    Kind("post_office", _("Post office"), "post_bank", "PostOffice"),
    Kind("bank", _("Bank or cash machine"), "post_bank", "BankOrCreditUnion"),
    Kind("town_hall", _("Town hall"), "public_offices", "CityHall"),
    Kind("public_office", _("Other public office"), "public_offices", "GovernmentOffice"),
    Kind("sports_facility", _("Sports facility"), "sports_facilities", "SportsActivityLocation"),
]
KIND_BY_KEY = kinds_by_key(KINDS)
# Civic structures are places, not organisations: schema.org gives them no property for the
# languages spoken, so their JSON-LD leaves the languages out.
PLACES_WITHOUT_LANGUAGES = {"BusStation", "TrainStation", "CityHall"}


class ServiceGalleryImage(PlaceGalleryImage):
    page = gallery_key("attractions.ServicePage")


class ServiceTag(PlaceTag):
    content_object = tag_key("attractions.ServicePage")


class ServicePage(PlacePage):
    CATEGORIES = CATEGORIES
    CATEGORY_SLUGS = CATEGORY_SLUGS

    category = models.CharField(
        _("category"), max_length=20, choices=CATEGORIES, help_text=_("The filter visitors use.")
    )
    kind = models.CharField(
        _("kind of service"),
        max_length=20,
        choices=kind_choices(KINDS),
        help_text=_("Must belong to the category, e.g. a hospital is health."),
    )
    newcomer_notes = models.TextField(
        _("what newcomers must know"),
        max_length=1000,
        blank=True,
        help_text=_(
            "Practical steps for someone who has just arrived, e.g. how a temporary resident "
            "registers with a family doctor, which documents to bring."
        ),
    )
    languages = MultipleChoiceJSONField(
        _("languages spoken"),
        item_choices=SPOKEN_LANGUAGES,
        help_text=_("The languages the staff can serve visitors in."),
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"),
        through=ServiceTag,
        blank=True,
        help_text=_("Free keywords, e.g. children, English spoken, cash only."),
    )

    parent_page_types = ["attractions.ServiceIndexPage"]
    subpage_types = []
    edit_handler = place_edit_handler(
        [
            FieldPanel("category"),
            FieldPanel("kind"),
            FieldPanel("languages"),
            FieldPanel("newcomer_notes"),
        ]
    )
    template = "attractions/service_page.html"
    search_fields = PlacePage.search_fields + [index.SearchField("newcomer_notes")]

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def clean(self):
        super().clean()
        validate_kind(KIND_BY_KEY, CATEGORIES, self.kind, self.category)

    @property
    def kind_label(self):
        return self.get_kind_display()

    def card_facts(self):
        return [self.kind_label]

    def schema_types(self):
        return KIND_BY_KEY[self.kind].schema_type if self.kind in KIND_BY_KEY else "Place"

    @property
    def language_labels(self):
        return self._meta.get_field("languages").labels(self.languages)

    @property
    def language_codes(self):
        """The languages spoken as ISO 639-1 codes (also BCP 47), in the order of the choices."""
        return [code for code, _label in SPOKEN_LANGUAGES if code in self.languages]

    def structured_data(self, request):
        data = super().structured_data(request)
        if self.languages and self.schema_types() not in PLACES_WITHOUT_LANGUAGES | {"Place"}:
            # Every other kind is an Organization, which schema.org lets know languages.
            data[0]["knowsLanguage"] = self.language_codes
        return data


class ServiceIndexPage(PlaceIndexPage):
    place_model = ServicePage
    subpage_types = ["attractions.ServicePage"]

    def filter_places(self, request, places):
        form, code = language_filter(request)
        if code:
            # JSON text holds each code quoted: a text search works on SQLite and PostgreSQL
            # alike, where a JSON `contains` does not exist on SQLite.
            places = places.filter(languages__icontains=f'"{code}"')
        return places, {
            "language_form": form,
            "page_query": f"language={code}&" if code else "",
        }

    # Newcomers look up the services before they come: the index shows the facts they decide
    # on where each category concerns them (see the template).
    def get_template(self, request, *args, **kwargs):
        return "attractions/service_index_page.html"

    class Meta:
        verbose_name = _("services index")
        verbose_name_plural = _("services indexes")
