"""Days a co-working space is closed besides the national holidays (e.g. the patron saint)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class ClosureDay(TranslatableMixin, Orderable):
    page = ParentalKey(
        "coworking.CoworkingSpacePage", on_delete=models.CASCADE, related_name="closure_days"
    )
    date = models.DateField(_("date"))
    reason = models.CharField(
        _("reason"),
        max_length=100,
        blank=True,
        help_text=_("Shown in the availability table, e.g. 'Feast of San Rocco'."),
    )

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("reason")])]
    translatable_fields = [SynchronizedField("date"), TranslatableField("reason")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("closure day")
        verbose_name_plural = _("closure days")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.reason}".strip()
