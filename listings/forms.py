"""Shared form behaviour: errors announced to screen readers next to their fields, and the
honeypot field (borgo.honeypot, re-exported for the listings' forms)."""

from borgo.honeypot import HoneypotField

__all__ = ["AccessibleFormMixin", "HoneypotField"]


class AccessibleFormMixin:
    """After validation, link each invalid field to its error message (aria-describedby)."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                attrs["aria-describedby"] = f"{self[name].auto_id}-error"
