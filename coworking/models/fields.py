"""Model fields shared by the co-working page types."""

from django import forms
from django.db import models


class MultipleChoiceJSONField(models.JSONField):
    """A list of choice keys, edited as checkboxes (works on SQLite and PostgreSQL alike)."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def labels(self, values):
        """The translated labels of the chosen keys, in the order of the choices."""
        return [label for key, label in self.item_choices if key in (values or [])]
