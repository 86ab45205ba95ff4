"""Landing pages for LinkedIn and search-ad campaigns: hero, benefits, a short form.

Hidden from search engines by default (campaign traffic comes from the ads); submissions are
stored first, then mailed to staff, and remember the campaign they came from.
"""

import logging

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from borgo.form_pages import ProtectedFormPageMixin
from borgo.pages import BasePage

from .leads import CampaignFormMixin

logger = logging.getLogger(__name__)


class BenefitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=300)

    class Meta:
        icon = "tick"
        label = _("Benefit")


class LandingFormField(TranslatableMixin, AbstractFormField):
    """Translatable, so that each language's landing page asks in its own language.

    The field's internal name stays the Italian one in every language, so that submissions
    from all languages line up in one export.
    """

    page = ParentalKey("LandingPage", on_delete=models.CASCADE, related_name="form_fields")
    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        db_table = "seo_landingformfield"  # made when this was part of `seo`


class LandingPage(ProtectedFormPageMixin, CampaignFormMixin, BasePage, AbstractEmailForm):
    # Campaign pages are reached through ads, not search results: hidden unless asked.
    noindex = models.BooleanField(
        BasePage._meta.get_field("noindex").verbose_name,
        default=True,
        help_text=BasePage._meta.get_field("noindex").help_text,
    )
    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=400, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    benefits = StreamField(
        [("benefit", BenefitBlock())], verbose_name=_("benefits"), blank=True, max_num=6
    )
    form_intro = models.TextField(
        _("text above the form"), max_length=400, blank=True, help_text=_("The call to action.")
    )
    thank_you_text = RichTextField(_("thank-you message"), blank=True, features=["bold", "link"])

    parent_page_types = ["borgo.HomePage"]
    subpage_types = []
    rate_limit_kind = "landing"
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("benefits"),
        MultiFieldPanel(
            [FieldPanel("form_intro"), InlinePanel("form_fields", label=_("Form fields"))],
            heading=_("Form"),
        ),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldPanel("to_address"), FieldPanel("from_address"), FieldPanel("subject")],
            heading=_("E-mail to staff"),
        ),
        FormSubmissionsPanel(),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
        index.SearchField("benefits"),
        index.SearchField("form_intro"),
    ]

    class Meta:
        db_table = "seo_landingpage"  # made when this was part of `seo`
        verbose_name = _("campaign landing page")
        verbose_name_plural = _("campaign landing pages")

    def process_form_submission(self, form):
        """Store, record the campaign, then mail staff: a mail failure loses nothing."""
        submission = self.get_submission_class().objects.create(
            form_data=form.cleaned_data, page=self
        )
        self.record_campaign(submission)
        if self.to_address:
            try:
                self.send_mail(form)
            except Exception:  # the submission is stored; staff see it in the admin
                logger.exception("Could not e-mail landing page submission %s", submission.pk)
        return submission
