"""Co-working spaces ("broadband rooms"); their desks, rooms and offices are in .resources."""

from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from borgo.gallery import CaptionedGalleryImage
from borgo.page_views import RegisteredViews
from borgo.pages import SEARCH_LABELS, BasePage
from borgo.place_facts import (
    WEEKDAYS,
    AccessibilityFacts,
    GeoLocated,
    OpeningHoursBlock,
    accessibility_panels,
)
from borgo.public_urls import absolute

from ..routes import route_pattern, route_word
from ..space_form import CoworkingSpaceForm
from ..structured_data import space_json_ld
from .fields import MultipleChoiceJSONField
from .resources import ResourceKind
from .space_parts import published_parts

AMENITIES = [
    ("monitors", _("External monitors")),
    ("printer", _("Printer and scanner")),
    ("phone_booth", _("Phone booths")),
    ("kitchen", _("Kitchen")),
    ("lockers", _("Lockers")),
    ("parking", _("Car parking")),
    ("bike_rack", _("Bike rack")),
    ("air_conditioning", _("Air conditioning")),
    ("wired_network", _("Wired network sockets")),
]


class CoworkingIndexPage(BasePage):
    """The list of the village's co-working spaces."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    parent_page_types = ["borgo.HomePage"]
    subpage_types = ["coworking.CoworkingSpacePage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("co-working index")
        verbose_name_plural = _("co-working indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["spaces"] = (
            CoworkingSpacePage.objects.child_of(self)
            .live()
            .specific()
            .prefetch_related("resources")
        )
        return context

    def structured_data(self, request):
        return [
            {"@type": "CollectionPage", "name": self.title, "url": absolute(self.get_url(request))}
        ]

    def route(self, request, path_components):
        # A space and its locale (the words of its booking links) in one query: Wagtail's route
        # reads the child page, then its own fields, then the locale when the page asks for it.
        if path_components:
            space = (
                CoworkingSpacePage.objects.child_of(self)
                .select_related("locale")
                .filter(slug=path_components[0])
                .first()
            )
            if space is not None:
                space._cached_parent_obj = self  # what Wagtail's route keeps: get_parent()
                return space.route(request, path_components[1:])
        return super().route(request, path_components)  # anything else, as Wagtail routes it


class CoworkingSpacePage(
    RegisteredViews, RoutablePageMixin, AccessibilityFacts, GeoLocated, BasePage
):
    """One co-working room: facts, prices, bookable resources; booking and feeds as sub-routes."""

    base_form_class = CoworkingSpaceForm

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("Two or three sentences: what the room is like and who it is for."),
    )
    opening_hours = StreamField(
        [("hours", OpeningHoursBlock())],
        verbose_name=_("opening hours"),
        blank=True,
        help_text=_("One line per group of days with the same hours. Closed days: leave them out."),
    )
    download_mbps = models.PositiveIntegerField(
        _("measured download (Mbit/s)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100_000)],
        help_text=_("Median of your own speed tests at a desk, e.g. 940."),
    )
    upload_mbps = models.PositiveIntegerField(
        _("measured upload (Mbit/s)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100_000)],
    )
    speed_measured_on = models.DateField(
        _("speed measured on"), null=True, blank=True, help_text=_("Date of the speed test.")
    )
    amenities = MultipleChoiceJSONField(
        _("amenities"), item_choices=AMENITIES, help_text=_("Tick what the room offers.")
    )
    adjustable_desks = models.BooleanField(_("height-adjustable desks"), default=False)
    house_rules = models.TextField(
        _("house rules"),
        max_length=1500,
        blank=True,
        help_text=_("One rule per line, e.g. 'Phone calls in the booths, please'."),
    )
    resident_free = models.BooleanField(
        _("free for residents"),
        default=True,
        help_text=_("Residents of the municipality use the desks free of charge."),
    )
    bank_account_holder = models.CharField(
        _("bank account holder"),
        max_length=120,
        blank=True,
        help_text=_("Who desk passes are paid to by bank transfer, e.g. the municipality."),
    )
    iban = models.CharField(
        _("IBAN"),
        max_length=34,
        blank=True,
        help_text=_("Empty: passes are paid on site only."),
    )
    closed_on_public_holidays = models.BooleanField(
        _("closed on national holidays"),
        default=True,
        help_text=_(
            "Italy's national holidays (Easter Monday, 8 December…) cannot be booked. Add the "
            "patron saint's day and other closures below."
        ),
    )
    email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    accessibility_facts = (*AccessibilityFacts.accessibility_facts, "adjustable_desks")

    parent_page_types = ["coworking.CoworkingIndexPage"]
    subpage_types = []
    # Bank details are facts, not words: the same in every language.
    override_translatable_fields = [
        SynchronizedField("bank_account_holder"),
        SynchronizedField("iban"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("gallery_images", heading=_("Photos"), label=_("Photo")),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("Contacts")),
    ]
    facts_panels = [
        FieldPanel("opening_hours"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("download_mbps"), FieldPanel("upload_mbps")]),
                FieldPanel("speed_measured_on"),
            ],
            heading=_("Internet speed"),
        ),
        FieldPanel("amenities"),
        MultiFieldPanel(
            accessibility_panels(
                accessibility_facts,
                help_texts={
                    "step_free_access": _(
                        "A wheelchair user can enter and reach the desks without steps."
                    ),
                    "accessibility_notes": _(
                        "Anything else a disabled worker should know, e.g. where the ramp is."
                    ),
                },
            ),
            heading=_("Accessibility"),
        ),
        FieldPanel("house_rules"),
        MultiFieldPanel(
            [
                FieldPanel("resident_free"),
                InlinePanel("desk_passes", heading=_("Desk passes"), label=_("Desk pass")),
                FieldRowPanel([FieldPanel("bank_account_holder"), FieldPanel("iban")]),
            ],
            heading=_("Prices"),
        ),
    ]
    booking_panels = [
        InlinePanel("resources", heading=_("Desks and rooms"), label=_("Resource")),
        FieldPanel("closed_on_public_holidays"),
        InlinePanel("closure_days", heading=_("Closure days"), label=_("Closure day")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(facts_panels, heading=_("Facts and prices")),
            ObjectList(booking_panels, heading=_("Booking")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("house_rules"),
        index.SearchField("accessibility_notes"),
        index.SearchField("address"),
        index.SearchField("locality"),
        index.RelatedFields("resources", [index.SearchField("name")]),
        SEARCH_LABELS,
        index.FilterField("locality"),
    ]

    class Meta:
        verbose_name = _("co-working space")
        verbose_name_plural = _("co-working spaces")

    @property
    def amenity_labels(self):
        return self._meta.get_field("amenities").labels(self.amenities)

    def main_picture(self, request):
        """The first photo and its alt text (shared on social networks, see BasePage)."""
        gallery = published_parts(self, request).gallery
        return (gallery[0].image, gallery[0].alt) if gallery else super().main_picture(request)

    def search_label_values(self):
        return [
            *self.amenity_labels,
            *(resource.get_kind_display() for resource in self.resources.all()),
        ]

    @property
    def opening_hours_lines(self):
        """(day labels, opens, closes) per opening-hours rule, days in the visitor's language."""
        labels = dict(WEEKDAYS)
        return [
            ([labels[day] for day in rule.value["days"]], rule.value["opens"], rule.value["closes"])
            for rule in self.opening_hours
        ]

    @property
    def house_rule_lines(self):
        return [line.strip() for line in self.house_rules.splitlines() if line.strip()]

    @property
    def seat_count(self):
        """Desks across the desk zones (uses the prefetched resources when there are)."""
        return sum(r.seats for r in self.resources.all() if r.kind == ResourceKind.DESK_ZONE)

    # What answers the routes and adds the space's context (availability, prices) is registered
    # by coworking.views and coworking.pass_views (see borgo.page_views): they import this model.
    # Wagtail serves only paths of [\w-] segments ending in "/", so tokens are URL-safe and
    # the staff calendar has no ".ics" suffix (calendar apps go by the Content-Type).

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.registered_view("context")(request))
        return context

    def bookings_cache_tag(self):
        """The page cache's tag of the bookings this space shows, in every language
        (borgo.page_cache): a booking retires this page's copies, not the whole site's."""
        return f"coworking-space-bookings:{self.translation_key}"

    def subpage_url(self, route, *args, full=False):
        """The URL of a booking route ("book", "booked", "cancel") with this page's word."""
        word = route_word(route, self.locale.language_code)
        suffix = self.reverse_subpage(route, args=[word, *args])
        return (absolute(self.url) if full else self.url) + suffix

    @re_path(rf"^(?P<word>{route_pattern('book')})/$", name="book")
    def book(self, request, word):
        return self.registered_view("book")(request)

    @re_path(rf"^(?P<word>{route_pattern('booked')})/(?P<token>[^/]+)/$", name="booked")
    def booked(self, request, word, token):
        return self.registered_view("booked")(request, token)

    @re_path(rf"^(?P<word>{route_pattern('cancel')})/(?P<token>[^/]+)/$", name="cancel")
    def cancel(self, request, word, token):
        return self.registered_view("cancel")(request, token)

    @re_path(rf"^(?P<word>{route_pattern('pass')})/$", name="pass")
    def book_pass(self, request, word):
        return self.registered_view("pass")(request)

    @re_path(rf"^(?P<word>{route_pattern('pass_booked')})/(?P<token>[^/]+)/$", name="pass_booked")
    def pass_booked(self, request, word, token):
        return self.registered_view("pass_booked")(request, token)

    @re_path(rf"^(?P<word>{route_pattern('pass_cancel')})/(?P<token>[^/]+)/$", name="pass_cancel")
    def pass_cancel(self, request, word, token):
        return self.registered_view("pass_cancel")(request, token)

    @path("calendar/<str:token>/", name="resource_calendar")
    def resource_calendar(self, request, token):
        return self.registered_view("resource_calendar")(request, token)

    def structured_data(self, request):
        return space_json_ld(self, request)


class SpaceGalleryImage(CaptionedGalleryImage):
    """A photo of a space (borgo.gallery: the alt-text rule)."""

    page = ParentalKey(CoworkingSpacePage, on_delete=models.CASCADE, related_name="gallery_images")
