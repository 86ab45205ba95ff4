"""The broadband offer of the village, as data: technologies, public Wi-Fi, measured speeds."""

from datetime import timedelta

from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList, TabbedInterface
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from borgo.pages import SEARCH_LABELS, BasePage
from borgo.place_facts import GeoLocated
from borgo.public_urls import absolute

STALE_AFTER = timedelta(days=365)


class Technology(models.TextChoices):
    FTTH = "ftth", _("Fibre to the home (FTTH)")
    FTTC = "fttc", _("Fibre to the cabinet (FTTC)")
    FWA = "fwa", _("Fixed wireless (FWA)")
    MOBILE_4G = "4g", _("4G mobile")
    MOBILE_5G = "5g", _("5G mobile")
    SATELLITE = "satellite", _("Satellite")


def mbps_field(verbose_name, **kwargs):
    return models.PositiveIntegerField(
        verbose_name, validators=[MaxValueValidator(100_000)], **kwargs
    )


class ConnectivityPage(BasePage):
    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    parent_page_types = ["borgo.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    # Visitors search for "fibre", "Glasfaser", "débit", "wifi": the technologies, providers,
    # coverage, hotspots (their network names) and speed tests are the page's text.
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        SEARCH_LABELS,
        index.RelatedFields(
            "offers", [index.SearchField("providers"), index.SearchField("coverage")]
        ),
        index.RelatedFields(
            "hotspots",
            [
                index.SearchField("name"),
                index.SearchField("network_name"),
                index.SearchField("address"),
            ],
        ),
        index.RelatedFields(
            "speed_tests", [index.SearchField("place"), index.SearchField("method")]
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(
                [InlinePanel("offers", heading=_("Technologies"), label=_("Technology"))],
                heading=_("Technologies"),
            ),
            ObjectList(
                [InlinePanel("speed_tests", heading=_("Speed tests"), label=_("Speed test"))],
                heading=_("Speed tests"),
            ),
            ObjectList(
                [InlinePanel("hotspots", heading=_("Public Wi-Fi"), label=_("Hotspot"))],
                heading=_("Public Wi-Fi"),
            ),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
        ]
    )

    class Meta:
        verbose_name = _("connectivity page")
        verbose_name_plural = _("connectivity pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        hotspots = list(self.hotspots.all())
        context["offers"] = self.offers.all()
        context["speed_tests"] = self.speed_tests.order_by("-tested_on")
        context["hotspots"] = hotspots
        context["map_data"] = {
            "markers": [
                {"lat": float(h.latitude), "lng": float(h.longitude), "title": h.name, "url": ""}
                for h in hotspots
                if h.has_coordinates
            ]
        }
        return context

    def search_label_values(self):
        return [offer.get_technology_display() for offer in self.offers.all()]

    def structured_data(self, request):
        return [
            {
                "@type": "WebPage",
                "name": self.title,
                "url": absolute(self.get_url(request)),
                "description": self.intro,
            }
        ]


class BroadbandOffer(TranslatableMixin, Orderable):
    page = ParentalKey(ConnectivityPage, on_delete=models.CASCADE, related_name="offers")
    technology = models.CharField(_("technology"), max_length=20, choices=Technology.choices)
    download_mbps = mbps_field(_("download up to (Mbit/s)"))
    upload_mbps = mbps_field(_("upload up to (Mbit/s)"))
    latency_ms = models.PositiveSmallIntegerField(
        _("typical latency (ms)"), null=True, blank=True, validators=[MaxValueValidator(5000)]
    )
    providers = models.CharField(
        _("providers"), max_length=250, help_text=_("Comma-separated, e.g. Open Fiber, TIM")
    )
    coverage = models.TextField(
        _("coverage"),
        max_length=600,
        help_text=_(
            "Which areas are covered, e.g. 'Centre and San Vito; not yet Piano dei Mulini'."
        ),
    )

    panels = [
        FieldPanel("technology"),
        FieldRowPanel(
            [FieldPanel("download_mbps"), FieldPanel("upload_mbps"), FieldPanel("latency_ms")]
        ),
        FieldPanel("providers"),
        FieldPanel("coverage"),
    ]
    translatable_fields = [
        TranslatableField("coverage"),
        SynchronizedField("technology"),
        SynchronizedField("download_mbps"),
        SynchronizedField("upload_mbps"),
        SynchronizedField("latency_ms"),
        SynchronizedField("providers"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("technology")
        verbose_name_plural = _("technologies")


class WifiHotspot(TranslatableMixin, GeoLocated, Orderable):
    page = ParentalKey(ConnectivityPage, on_delete=models.CASCADE, related_name="hotspots")
    name = models.CharField(_("name"), max_length=120, help_text=_("e.g. Piazza del Municipio"))
    network_name = models.CharField(
        _("network name (SSID)"), max_length=64, blank=True, help_text=_("e.g. Castelmora-WiFi")
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("network_name")]),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("network_name"),
        SynchronizedField("address"),
        SynchronizedField("postal_code"),
        SynchronizedField("locality"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Wi-Fi hotspot")
        verbose_name_plural = _("Wi-Fi hotspots")


class SpeedTest(TranslatableMixin, Orderable):
    page = ParentalKey(ConnectivityPage, on_delete=models.CASCADE, related_name="speed_tests")
    tested_on = models.DateField(_("date of the test"))
    place = models.CharField(_("place"), max_length=120, help_text=_("e.g. Ex Scuola, desk 4"))
    in_centre = models.BooleanField(
        _("in the village centre"),
        default=False,
        help_text=_("The best test in the centre is the figure shown on the home page."),
    )
    download_mbps = mbps_field(_("download (Mbit/s)"))
    upload_mbps = mbps_field(_("upload (Mbit/s)"))
    latency_ms = models.PositiveSmallIntegerField(
        _("latency (ms)"), validators=[MaxValueValidator(5000)]
    )
    method = models.CharField(
        _("method"), max_length=200, help_text=_("e.g. Ookla Speedtest, wired, median of 5 runs")
    )

    panels = [
        FieldRowPanel([FieldPanel("tested_on"), FieldPanel("place"), FieldPanel("in_centre")]),
        FieldRowPanel(
            [FieldPanel("download_mbps"), FieldPanel("upload_mbps"), FieldPanel("latency_ms")]
        ),
        FieldPanel("method"),
    ]
    translatable_fields = [
        TranslatableField("place"),
        TranslatableField("method"),
        SynchronizedField("tested_on"),
        SynchronizedField("in_centre"),
        SynchronizedField("download_mbps"),
        SynchronizedField("upload_mbps"),
        SynchronizedField("latency_ms"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("speed test")
        verbose_name_plural = _("speed tests")
