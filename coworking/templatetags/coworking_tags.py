"""Template helpers of the co-working pages."""

from django import template

register = template.Library()


@register.simple_tag
def described_widget(field):
    """The field's widget, pointing at its help text and errors (aria-describedby)."""
    described_by = []
    attrs = {}
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
        attrs["aria-invalid"] = "true"
    if field.help_text:
        described_by.append(f"{field.auto_id}-help")
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def closure_on(table, day):
    """Why the space is closed on `day` in an availability table, or an empty string."""
    return table.closed.get(day, "")
