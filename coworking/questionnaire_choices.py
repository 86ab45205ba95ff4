"""Language-neutral keys for the questionnaire's choices.

Wagtail's form builder stores the text of the chosen label, so the same answer was stored
four ways (one per language). Here each choice has a key, made from the source-language
(Italian) label at the same position: translations list their choices in the same order.
Forms offer (key, label in the page's language) pairs, so a submission stores the key, and
the summary, the e-mail and the export read one answer one way in every language.
"""

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from borgo.form_pages import PublicFormBuilder

CHOICE_TYPES = {"dropdown", "radio", "checkboxes", "multiselect"}


def choice_labels(field):
    """The question's choices, one a line (or comma-separated), as the form builder reads them."""
    separator = "\n" if "\n" in field.choices else ","
    return [choice.strip() for choice in field.choices.split(separator) if choice.strip()]


def keys_for(labels):
    """A slug per label, unique within the question ("Entro tre mesi" → "entro-tre-mesi")."""
    keys = []
    for position, label in enumerate(labels, start=1):
        key = slugify(label) or str(position)
        keys.append(key if key not in keys else f"{key}-{position}")
    return keys


def source_page(page):
    """The questionnaire in its source language (the oldest page of its translations)."""
    return page.get_translations(inclusive=True).order_by("pk").first().specific


def source_choices(page):
    """{clean name: [(key, source label)]} of the questionnaire's choice questions."""
    source = source_page(page)
    return {
        field.clean_name: list(zip(keys_for(labels), labels, strict=True))
        for field in source.form_fields.all()
        if field.field_type in CHOICE_TYPES
        for labels in [choice_labels(field)]
    }


class KeyedChoicesFormBuilder(PublicFormBuilder):
    """Choices as (source key, label in the page's language); dropdowns start unselected."""

    def __init__(self, fields, keys):
        super().__init__(fields)
        self.keys = keys  # {clean name: [(key, source label)]}

    def get_formatted_field_choices(self, field):
        keys = [key for key, _label in self.keys.get(field.clean_name, [])]
        labels = choice_labels(field)
        if len(keys) != len(labels):  # a translation out of step: its own labels as keys
            keys = keys_for(labels)
        return list(zip(keys, labels, strict=True))

    def create_dropdown_field(self, field, options):
        options["choices"] = [("", _("Choose…"))] + self.get_formatted_field_choices(field)
        return forms.ChoiceField(**options)


def labelled(form_data, choices):
    """The answer with each key replaced by its source-language label (for staff)."""
    labels = {name: dict(pairs) for name, pairs in choices.items()}
    readable = dict(form_data)
    for name, by_key in labels.items():
        value = form_data.get(name)
        if isinstance(value, list):
            readable[name] = [by_key.get(key, key) for key in value]
        elif value is not None:
            readable[name] = by_key.get(value, value)
    return readable
