"""Shared form behaviour: help texts and errors announced to screen readers with their
fields, and the honeypot field (borgo.honeypot, re-exported for the listings' forms)."""

from borgo.honeypot import HoneypotField

__all__ = ["AccessibleFormMixin", "HoneypotField"]


class AccessibleFormMixin:
    """Link each field to its help text and, after validation, to its error message
    (aria-describedby; includes/field.html gives them the ids used here)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.describe_fields()

    def full_clean(self):
        super().full_clean()
        self.describe_fields()

    def describe_fields(self):
        errors = self._errors or {}
        for name, field in self.fields.items():
            auto_id = field.get_bound_field(self, name).auto_id  # self[name] would be cached
            described_by = [f"{auto_id}-error"] if name in errors else []
            if field.help_text:
                described_by.append(f"{auto_id}-help")
            if name in errors:
                field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)
