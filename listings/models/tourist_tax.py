"""The municipality's tourist tax (imposta di soggiorno), as the stays' totals charge it."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from borgo.memo import memoize


@register_setting(icon="tag")
class TouristTaxSettings(BaseGenericSetting):
    charged = models.BooleanField(
        _("the municipality charges a tourist tax"),
        default=False,
        help_text=_("Off: the stays' totals show no tax."),
    )
    rate_per_night = models.DecimalField(
        _("rate per person per night (€)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("0.00"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    max_nights = models.PositiveSmallIntegerField(
        _("nights taxed at most"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Only the first nights of a stay are taxed, e.g. 10. Empty: every night."),
    )
    exempt_under_age = models.PositiveSmallIntegerField(
        _("exempt under the age of"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(30)],
        help_text=_("Children younger than this pay nothing, e.g. 14. Empty: no age exemption."),
    )
    other_exemptions = models.TextField(
        _("other exemptions"),
        blank=True,
        max_length=500,
        help_text=_("As the municipal regulation words them, e.g. residents, patients' carers."),
    )

    panels = [
        FieldPanel("charged"),
        FieldRowPanel([FieldPanel("rate_per_night"), FieldPanel("max_nights")]),
        FieldPanel("exempt_under_age"),
        FieldPanel("other_exemptions"),
    ]

    class Meta:
        verbose_name = _("tourist tax")

    @classmethod
    def current(cls):
        """The settings, kept like the page chrome (borgo.memo): every stays list reads them."""
        return memoize("tourist-tax", cls.load)

    def nights_taxed(self, nights):
        return min(nights, self.max_nights) if self.max_nights else nights
