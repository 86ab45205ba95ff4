"""The facts a newcomer decides on: the temporary register and what it unlocks, healthcare.

Kept as one translatable snippet per language rather than a site setting, because Wagtail's
settings cannot be translated with wagtail-localize: staff write the Italian facts in the
admin and translate them like a page, and every fact stays a field (months, an office, a
cost), never a block of rich text. The site shows the first facts of the visitor's language.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, TranslatableMixin

from borgo.memo import memoize

VISITOR_GROUPS = [
    ("eu", _("Citizens of the EU, EEA and Switzerland")),
    ("non_eu", _("Citizens of other countries")),
]


class NewcomerFacts(TranslatableMixin, ClusterableModel):
    """Registering in the municipality's register of the temporary population (art. 32 DPR
    223/1989) and the healthcare open to each group of visitors."""

    register_min_months = models.PositiveSmallIntegerField(
        _("months of stay before registering"),
        default=4,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("The law asks for four months in the municipality (art. 32 DPR 223/1989)."),
    )
    register_valid_months = models.PositiveSmallIntegerField(
        _("months the registration lasts"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    register_office = models.ForeignKey(
        "attractions.ServicePage",
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The service page of the office that registers people, e.g. the town hall."),
    )
    register_documents = models.TextField(
        _("documents to bring"),
        max_length=500,
        help_text=_("One document per line."),
    )
    register_how = models.TextField(
        _("how to register"),
        max_length=500,
        help_text=_("The steps in two or three sentences: where, when, how long it takes."),
    )
    residence_difference = models.TextField(
        _("how it differs from moving one's residence"),
        max_length=500,
        blank=True,
        help_text=_("For whom full residence (iscrizione anagrafica) is the right step instead."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("register_min_months"),
                FieldPanel("register_valid_months"),
                FieldPanel("register_office"),
                FieldPanel("register_documents"),
                FieldPanel("register_how"),
                FieldPanel("residence_difference"),
            ],
            heading=_("Register of the temporary population"),
        ),
        InlinePanel("benefits", heading=_("What the registration unlocks"), label=_("Benefit")),
        InlinePanel("healthcare", heading=_("Healthcare"), label=_("Healthcare entry")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("facts for newcomers")
        verbose_name_plural = _("facts for newcomers")

    def __str__(self):
        return f"{self._meta.verbose_name} ({self.locale})"

    @classmethod
    def for_language(cls, language_code):
        """The facts in `language_code`, their benefits and healthcare entries with the pages
        they link to: four queries, kept until the content changes (borgo.memo)."""

        def read():
            benefits = RegistrationBenefit.objects.select_related("page")
            healthcare = HealthcareEntry.objects.select_related("service")
            facts = (
                cls.objects.filter(locale__language_code=language_code)
                .select_related("register_office")
                .prefetch_related(
                    models.Prefetch("benefits", benefits),
                    models.Prefetch("healthcare", healthcare),
                )
                .order_by("pk")
                .first()
            )
            if facts is not None:
                facts.localize_links(language_code)
            return facts

        return memoize(f"newcomer-facts:{language_code}", read)

    def localize_links(self, language_code):
        """Set `office_link`, and `link` on each benefit and healthcare entry, to the linked
        page in `language_code` (the original where it is not translated), in one query:
        wagtail-localize copies page links unchanged into every translation of a snippet."""
        holders = [
            (self, "register_office", "office_link"),
            *((benefit, "page", "link") for benefit in self.benefits.all()),
            *((entry, "service", "link") for entry in self.healthcare.all()),
        ]
        linked = {getattr(holder, field) for holder, field, _attribute in holders} - {None}
        translated = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                translation_key__in=[page.translation_key for page in linked],
                locale__language_code=language_code,
            )
        }
        for holder, field, attribute in holders:
            page = getattr(holder, field)
            setattr(holder, attribute, page and translated.get(page.translation_key, page))

    @property
    def documents(self):
        return [line.strip() for line in self.register_documents.splitlines() if line.strip()]

    def healthcare_by_group(self):
        """[(group label, [entries])] in the order of VISITOR_GROUPS, empty groups left out."""
        entries = list(self.healthcare.all())
        groups = [
            (label, [entry for entry in entries if entry.group == key])
            for key, label in VISITOR_GROUPS
        ]
        return [(label, found) for label, found in groups if found]


class RegistrationBenefit(TranslatableMixin, Orderable):
    """Something registered newcomers may use, and how long they must be staying for it."""

    facts = ParentalKey(NewcomerFacts, on_delete=models.CASCADE, related_name="benefits")
    name = models.CharField(
        _("benefit"), max_length=150, help_text=_("e.g. A free hot desk at the co-working rooms")
    )
    months_needed = models.PositiveSmallIntegerField(
        _("months of stay needed"), validators=[MinValueValidator(1), MaxValueValidator(24)]
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: where visitors learn more, e.g. the co-working page."),
    )

    panels = [FieldPanel("name"), FieldPanel("months_needed"), FieldPanel("page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("benefit")
        verbose_name_plural = _("benefits")


class HealthcareEntry(TranslatableMixin, Orderable):
    """How one group of visitors is covered, what it costs and where to go."""

    facts = ParentalKey(NewcomerFacts, on_delete=models.CASCADE, related_name="healthcare")
    group = models.CharField(_("visitors"), max_length=10, choices=VISITOR_GROUPS)
    title = models.CharField(
        _("cover"), max_length=150, help_text=_("e.g. European Health Insurance Card (TEAM)")
    )
    description = models.TextField(_("what to do"), max_length=500)
    cost = models.CharField(
        _("cost"), max_length=150, blank=True, help_text=_("e.g. Free, as for Italian residents")
    )
    service = models.ForeignKey(
        "attractions.ServicePage",
        verbose_name=_("where to go"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("group"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("cost"),
        FieldPanel("service"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("healthcare entry")
        verbose_name_plural = _("healthcare entries")
