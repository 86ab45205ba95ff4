"""Shared form behaviour: errors announced to screen readers next to their fields."""

from django import forms


class AccessibleFormMixin:
    """After validation, link each invalid field to its error message (aria-describedby)."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                attrs["aria-describedby"] = f"{self[name].auto_id}-error"


class HoneypotField(forms.CharField):
    """A field people never see (hidden with CSS) and bots fill in."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
        )
        super().__init__(**kwargs)
