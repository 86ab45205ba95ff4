"""Honeypots: a form field people never see (off screen, aria-hidden) and bots fill in.

A post that fills it in is answered as if it had succeeded, and nothing is stored or sent.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

# On form-builder pages editors name the fields, and a name made from a label never ends with
# "_" (Wagtail's safe_snake_case strips it), so this one cannot clash with theirs.
FORM_PAGE_FIELD = "website_"


class HoneypotField(forms.CharField):
    """Templates render it with includes/honeypot.html (they recognise it by `is_honeypot`)."""

    is_honeypot = True

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Leave this field empty"))
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
        )
        super().__init__(**kwargs)


def is_filled(data, name):
    return bool(data.get(name))


class HoneypotForm(BaseForm):
    def clean(self):
        cleaned = super().clean()
        cleaned.pop(FORM_PAGE_FIELD, None)  # not an answer: never stored with the answers
        return cleaned


class HoneypotFormBuilder(FormBuilder):
    """Wagtail's form builder, with the honeypot after the editor's fields."""

    def get_form_class(self):
        fields = {**self.formfields, FORM_PAGE_FIELD: HoneypotField()}
        return type("WagtailForm", (HoneypotForm,), fields)
