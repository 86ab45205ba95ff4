"""Autocomplete tokens for the fields that ask for the visitor's own data (WCAG 1.3.5).

Browsers and assistive technology fill in a field marked `autocomplete="email"`, and phone
fields are `type="tel"` so phones open the number pad. Form-builder pages (questionnaire,
campaign landing pages) are built by editors: a field is recognised by its type (e-mail) or by
its clean name, which is the same in every language (made from the Italian label, or set by
the demo), so the common Italian and English names are listed here.
"""

from django import forms
from wagtail.contrib.forms.forms import FormBuilder

TOKENS_BY_CLEAN_NAME = {
    "name": "name",
    "full_name": "name",
    "your_name": "name",
    "nome": "name",
    "nome_e_cognome": "name",
    "first_name": "given-name",
    "cognome": "family-name",
    "last_name": "family-name",
    "email": "email",
    "e_mail": "email",
    "phone": "tel",
    "telephone": "tel",
    "telefono": "tel",
    "cellulare": "tel",
    "organisation": "organization",
    "organization": "organization",
    "azienda": "organization",
    "city": "address-level2",
    "citta": "address-level2",
    "country": "country-name",
    "paese": "country-name",
}


def tel_input(**attrs):
    """A text input for a phone number: `type="tel"`, filled in from the visitor's own."""
    return forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", **attrs})


def mark(widget, token):
    widget.attrs["autocomplete"] = token
    if token == "tel":
        widget.input_type = "tel"


class AutocompleteFormBuilder(FormBuilder):
    """Wagtail's form builder, with autocomplete tokens on the fields it recognises."""

    @property
    def formfields(self):
        formfields = super().formfields
        for field in self.fields:
            token = "email" if field.field_type == "email" else None
            token = token or TOKENS_BY_CLEAN_NAME.get(field.clean_name)
            if token and field.clean_name in formfields:
                mark(formfields[field.clean_name].widget, token)
        return formfields
