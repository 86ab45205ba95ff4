"""The nearest airports and stations, with how long it takes to reach the village from each."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from borgo.memo import memoize

HUB_KINDS = [
    ("airport", _("Airport")),
    ("railway", _("Railway station")),
    ("bus", _("Bus station")),
]


class TravelHub(TranslatableMixin, models.Model):
    """An airport or station a newcomer arrives at; a translatable snippet, so that each
    language names it its own way (Napoli, Naples, Neapel) and explains the last leg."""

    name = models.CharField(_("name"), max_length=120, help_text=_("e.g. Bari Airport"))
    kind = models.CharField(_("kind"), max_length=10, choices=HUB_KINDS)
    code = models.CharField(
        _("code"),
        max_length=8,
        blank=True,
        help_text=_("The IATA code of an airport, e.g. BRI; empty for stations without one."),
    )
    distance_km = models.PositiveSmallIntegerField(
        _("distance (km)"), validators=[MaxValueValidator(1000)], help_text=_("By road.")
    )
    minutes_by_car = models.PositiveSmallIntegerField(
        _("minutes by car"), validators=[MinValueValidator(1), MaxValueValidator(1440)]
    )
    minutes_by_public_transport = models.PositiveSmallIntegerField(
        _("minutes by public transport"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1440)],
        help_text=_("Empty when no bus or train connects it to the village."),
    )
    how = models.CharField(
        _("how to get here"),
        max_length=300,
        blank=True,
        help_text=_("The connections, e.g. SITA bus to Potenza, then the line 12 bus."),
    )

    # A code and the distances are the same in every language: translators see the texts.
    override_translatable_fields = [SynchronizedField("code")]

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("code")]),
        FieldRowPanel(
            [
                FieldPanel("distance_km"),
                FieldPanel("minutes_by_car"),
                FieldPanel("minutes_by_public_transport"),
            ]
        ),
        FieldPanel("how"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("airport or station")
        verbose_name_plural = _("airports and stations")
        ordering = ["minutes_by_car", "pk"]

    def __str__(self):
        return f"{self.name} ({self.code})" if self.code else self.name

    @classmethod
    def for_language(cls, language_code):
        """The hubs in `language_code`, nearest first: one query, kept until content changes."""
        return memoize(
            f"travel-hubs:{language_code}",
            lambda: list(cls.objects.filter(locale__language_code=language_code)),
        )
