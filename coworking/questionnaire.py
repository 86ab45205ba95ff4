"""Counting questionnaire answers by profile and need, across every language."""

from collections import Counter

from wagtail.contrib.forms.models import FormSubmission

from .models.questionnaire import QuestionnairePage
from .questionnaire_choices import source_choices

SUMMARISED_FIELDS = ["profile", "need"]


def summary(source_page):
    """[(question label, [(choice, count)])] for the source page's summarised questions.

    Answers are stored as language-neutral keys (coworking.questionnaire_choices), so an
    answer in any language counts under the source language's choice with that key.
    """
    pages = source_page.get_translations(inclusive=True)
    choices = source_choices(source_page)
    counts = {name: Counter() for name in SUMMARISED_FIELDS}
    submissions = FormSubmission.objects.filter(page__in=pages)
    for submission in submissions.only("form_data"):
        for name in SUMMARISED_FIELDS:
            answer = submission.form_data.get(name)
            counts[name].update(answer if isinstance(answer, list) else [answer])
    source_fields = {f.clean_name: f for f in source_page.specific.form_fields.all()}
    return [
        (source_fields[name].label, [(label, counts[name][key]) for key, label in choices[name]])
        for name in SUMMARISED_FIELDS
        if name in choices
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
