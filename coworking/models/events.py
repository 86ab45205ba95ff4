"""Community events, training courses and meetups, with iCal files and feeds."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from borgo.blocks import BodyBlock
from borgo.navigation import localized_pages
from borgo.page_views import RegisteredViews
from borgo.pages import SEARCH_LABELS, BasePage
from borgo.place_facts import GeoLocated
from borgo.public_urls import absolute

from ..structured_data import event_json_ld
from .spaces import SpaceGalleryImage


def localize_spaces(events, shown=None):
    """Give each event `localized_space`: its space in the visitor's language (one query, none
    when `shown`, the page being viewed, is of the spaces' language: navigation.localized_pages).

    Translated events keep pointing at the source space, so the link is localised here.
    """
    spaces = [event.space for event in events if event.space_id and event.space]
    by_key = {page.translation_key: page for page in localized_pages(spaces, shown)}
    for event in events:
        if event.space_id and event.space:
            event.localized_space = by_key.get(event.space.translation_key, event.space)
    return events


def webcal_url(path):
    """The feed's address for calendar programs to subscribe to (webcal://, on BASE_URL's host).

    A webcal link makes the calendar program subscribe, so later events appear by themselves;
    the plain https link downloads the file once.
    """
    return "webcal://" + absolute(path).split("://", 1)[1]


class EventKind(models.TextChoices):
    COMMUNITY = "community", _("Community event")
    COURSE = "course", _("Training course")
    MEETUP = "meetup", _("Meetup")


class EventIndexPage(RegisteredViews, RoutablePageMixin, BasePage):
    """Upcoming events; past events leave the list but keep their pages."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    parent_page_types = ["borgo.HomePage"]
    subpage_types = ["coworking.EventPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("events index")
        verbose_name_plural = _("events indexes")

    def upcoming(self):
        return (
            EventPage.objects.child_of(self)
            .live()
            .filter(end__gte=timezone.now())
            .select_related("space")
            .order_by("start")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["events"] = localize_spaces(list(self.upcoming()), shown=self)
        feed_path = self.url + self.reverse_subpage("feed")
        context["feed_url"] = feed_path
        context["webcal_url"] = webcal_url(feed_path)
        return context

    @path("ical/", name="feed")
    def feed(self, request):
        return self.registered_view("feed")(request)

    def structured_data(self, request):
        return [
            {"@type": "CollectionPage", "name": self.title, "url": absolute(self.get_url(request))}
        ]


class EventPage(RegisteredViews, RoutablePageMixin, GeoLocated, BasePage):
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    kind = models.CharField(
        _("kind"), max_length=20, choices=EventKind.choices, default=EventKind.COMMUNITY
    )
    summary = models.TextField(
        _("summary"), max_length=300, help_text=_("One or two sentences, shown in lists.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    space = models.ForeignKey(
        "coworking.CoworkingSpacePage",
        verbose_name=_("co-working space"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where it happens, if in a co-working room. Otherwise fill in the address."),
    )
    venue_name = models.CharField(
        _("venue"), max_length=120, blank=True, help_text=_("e.g. Sala consiliare")
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Leave empty when no registration is needed."),
    )
    price = models.DecimalField(
        _("price (€)"),
        max_digits=7,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_("0 for a free event. Search engines show it with the event."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100_000)],
        help_text=_("How many people can take part; empty for no limit."),
    )

    parent_page_types = ["coworking.EventIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("kind")],
            heading=_("When"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("space"),
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("price"), FieldPanel("capacity")],
            heading=_("Taking part"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("address"),
        SEARCH_LABELS,
        index.FilterField("start"),
    ]

    def search_label_values(self):
        return [self.get_kind_display()]

    def main_picture(self, request):
        """Shared on social networks: the first image of the description, else the first photo
        of the co-working room where it happens."""
        if picture := super().main_picture(request):
            return picture
        photos = SpaceGalleryImage.objects.filter(page_id=self.space_id).select_related("image")
        photo = photos.order_by("sort_order").first() if self.space_id else None
        return (photo.image, photo.alt) if photo else None

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["start"]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("Must be after the start.")
        if not self.space_id and not self.address.strip():
            errors["address"] = _("Choose a co-working space or fill in the address.")
        if errors:
            raise ValidationError(errors)

    @property
    def place(self):
        """The GeoLocated object the event happens at: its space, or its own address."""
        return self.space if self.space_id and self.space else self

    @property
    def place_name(self):
        space = getattr(self, "localized_space", self.space) if self.space_id else None
        return space.title if space else self.venue_name

    @property
    def is_past(self):
        return self.end < timezone.now()

    @path("ics/", name="ics")
    def ics(self, request):
        return self.registered_view("ics")(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ics_url"] = self.url + self.reverse_subpage("ics")
        localize_spaces([self], shown=self)
        return context

    def structured_data(self, request):
        return [event_json_ld(self, request)]
