"""The expression-of-interest questionnaire: a Wagtail form-builder page.

Its answers size the co-working rooms. Fields keep a stable `clean_name` in every language
(profile, need, ...), and choices are listed in the same order in every language: each answer
is stored as a language-neutral key with the language it was given in (see
coworking.questionnaire_choices), so the summary and the export count it one way.
"""

import logging

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from borgo.campaigns.models import CampaignFormMixin
from borgo.form_pages import ProtectedFormPageMixin
from borgo.pages import BasePage
from borgo.public_urls import absolute

from ..questionnaire_choices import (
    KeyedChoicesFormBuilder,
    labelled,
    source_choices,
    source_page,
)

logger = logging.getLogger(__name__)


class QuestionnaireField(TranslatableMixin, AbstractFormField):
    page = ParentalKey(
        "coworking.QuestionnairePage", on_delete=models.CASCADE, related_name="form_fields"
    )

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")


class QuestionnairePage(ProtectedFormPageMixin, CampaignFormMixin, BasePage, AbstractEmailForm):
    intro = models.TextField(_("introduction"), max_length=800, blank=True)
    thank_you_text = models.TextField(
        _("thank-you text"), max_length=800, help_text=_("Shown after an answer is sent.")
    )

    parent_page_types = ["borgo.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    rate_limit_kind = "questionnaire"

    content_panels = AbstractEmailForm.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", heading=_("Questions"), label=_("Question")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to staff"),
        ),
    ]

    search_fields = AbstractEmailForm.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    def get_form_class(self):
        builder = KeyedChoicesFormBuilder(self.get_form_fields(), source_choices(self))
        return builder.get_form_class()

    def get_data_fields(self):
        return super().get_data_fields() + [("language", _("Language"))]

    def render_email(self, form):
        """The answer for staff in the source language (Italian): its questions and choices."""
        answer = labelled(form.cleaned_data, source_choices(self))
        labels = {field.clean_name: field.label for field in source_page(self).form_fields.all()}
        lines = []
        for field in form:
            value = answer.get(field.name)
            if value is None:
                continue
            value = ", ".join(value) if isinstance(value, list) else value
            lines.append(f"{labels.get(field.name, field.label)}: {value}")
        return "\n".join(lines)

    def staff_addresses(self):
        listed = [address.strip() for address in self.to_address.split(",") if address.strip()]
        return listed or list(settings.STAFF_NOTIFICATION_EMAILS)

    def process_form_submission(self, form):
        """Store the answer first; then tell staff, logging (not raising) a mail failure."""
        submission = self.get_submission_class().objects.create(
            form_data={**form.cleaned_data, "language": self.locale.language_code}, page=self
        )
        self.record_campaign(submission)
        addresses = self.staff_addresses()
        if addresses:
            try:
                source = source_page(self)
                send_mail(
                    source.subject or str(source.title),
                    self.render_email(form),
                    addresses,
                    self.from_address or None,
                )
            except Exception:
                logger.exception("Could not e-mail questionnaire answer %s", submission.pk)
        return submission

    def structured_data(self, request):
        return [{"@type": "WebPage", "name": self.title, "url": absolute(self.get_url(request))}]
