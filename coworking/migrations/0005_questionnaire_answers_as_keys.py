"""Questionnaire answers stored as translated labels become language-neutral keys.

Each label is looked up in the choices of the page it was given on; its position gives the
key of the source (oldest) page's choice there (the rule of coworking.questionnaire_choices,
copied here because a migration must not change when the app does). A label no longer among
the choices stays as it was. Every answer also records the language of its page.
"""

from django.db import migrations
from django.utils.text import slugify

CHOICE_TYPES = {"dropdown", "radio", "checkboxes", "multiselect"}


def split(choices):
    separator = "\n" if "\n" in choices else ","
    return [choice.strip() for choice in choices.split(separator) if choice.strip()]


def keys_for(labels):
    keys = []
    for position, label in enumerate(labels, start=1):
        key = slugify(label) or str(position)
        keys.append(key if key not in keys else f"{key}-{position}")
    return keys


def labels_to_keys(apps, schema_editor):
    QuestionnairePage = apps.get_model("coworking", "QuestionnairePage")
    QuestionnaireField = apps.get_model("coworking", "QuestionnaireField")
    FormSubmission = apps.get_model("wagtailforms", "FormSubmission")
    pages = list(QuestionnairePage.objects.select_related("locale").order_by("pk"))
    fields = {}  # page id -> {clean name: labels}
    for field in QuestionnaireField.objects.filter(field_type__in=CHOICE_TYPES):
        fields.setdefault(field.page_id, {})[field.clean_name] = split(field.choices)
    source_of = {}
    for page in pages:  # the oldest page of each translation family is its source
        source_of.setdefault(page.translation_key, page.pk)
    for page in pages:
        source_keys = {
            name: keys_for(labels)
            for name, labels in fields.get(source_of[page.translation_key], {}).items()
        }
        mapping = {
            name: dict(zip(labels, source_keys.get(name, [])))
            for name, labels in fields.get(page.pk, {}).items()
        }
        for submission in FormSubmission.objects.filter(page_id=page.pk):
            data = dict(submission.form_data)
            for name, by_label in mapping.items():
                value = data.get(name)
                if isinstance(value, list):
                    data[name] = [by_label.get(label, label) for label in value]
                elif value is not None:
                    data[name] = by_label.get(value, value)
            data.setdefault("language", page.locale.language_code)
            if data != submission.form_data:
                submission.form_data = data
                submission.save(update_fields=["form_data"])


class Migration(migrations.Migration):
    dependencies = [
        ("coworking", "0004_event_price"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    operations = [migrations.RunPython(labels_to_keys, migrations.RunPython.noop)]
