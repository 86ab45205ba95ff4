"""Counting questionnaire answers by profile and need, across every language."""

from collections import Counter

from wagtail.contrib.forms.models import FormSubmission

from .models.questionnaire import QuestionnairePage

SUMMARISED_FIELDS = ["profile", "need"]


def _choices(field):
    separator = "\n" if "\n" in field.choices else ","
    return [choice.strip() for choice in field.choices.split(separator) if choice.strip()]


def summary(source_page):
    """[(question label, [(choice, count)])] for the source page's summarised questions.

    Translations list their choices in the same order, so an answer in any language is
    counted under the source language's choice at the same position.
    """
    pages = list(
        source_page.get_translations(inclusive=True).specific().prefetch_related("form_fields")
    )
    position = {}  # (page id, clean name, choice text) -> index
    for page in pages:
        for field in page.form_fields.all():
            if field.clean_name in SUMMARISED_FIELDS:
                for index, choice in enumerate(_choices(field)):
                    position[(page.pk, field.clean_name, choice)] = index
    counts = {name: Counter() for name in SUMMARISED_FIELDS}
    submissions = FormSubmission.objects.filter(page__in=[page.pk for page in pages])
    for submission in submissions.only("page_id", "form_data"):
        for name in SUMMARISED_FIELDS:
            answer = submission.form_data.get(name)
            for choice in answer if isinstance(answer, list) else [answer]:
                index = position.get((submission.page_id, name, choice))
                if index is not None:
                    counts[name][index] += 1
    source_fields = {f.clean_name: f for f in source_page.specific.form_fields.all()}
    return [
        (
            source_fields[name].label,
            [(choice, counts[name][i]) for i, choice in enumerate(_choices(source_fields[name]))],
        )
        for name in SUMMARISED_FIELDS
        if name in source_fields
    ]


def source_questionnaires():
    """Questionnaires that are not translations of another (one per translation family)."""
    pages = QuestionnairePage.objects.order_by("pk")
    seen, sources = set(), []
    for page in pages:
        if page.translation_key not in seen:
            seen.add(page.translation_key)
            sources.append(page)
    return sources
