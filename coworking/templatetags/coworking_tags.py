"""Template helpers of the co-working pages."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from borgo.local_formats import local_date

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


@register.simple_tag
def slot_cells(table, day, cells, book_url):
    """The cells of one day of an availability table (coworking.availability).

    Made here rather than with template tags: a table has hundreds of cells, and a handful of
    tags per cell were about 15 ms of the space page's render time.
    """
    closure = table.closed.get(day)
    if closure:
        text = _("closed: %(closure)s") % {"closure": closure}
        return format_html(
            '<td class="slot slot--closed" colspan="{}">{}</td>', len(table.times), text
        )
    closed, unavailable, full = _("closed"), _("not bookable"), _("full")
    day_iso, day_label, link = (
        day.isoformat(),
        local_date(day),
        f"{book_url}?resource={table.resource.pk}",
    )
    free_texts = {}
    html = []
    for cell in cells:
        if not cell.start:
            html.append(format_html('<td class="slot slot--closed">{}</td>', closed))
        elif cell.bookable:
            if cell.free not in free_texts:
                free_texts[cell.free] = ngettext("%(free)s free", "%(free)s free", cell.free) % {
                    "free": cell.free
                }
            html.append(
                format_html(
                    '<td class="slot slot--free"><a href="{}&amp;date={}&amp;start={}">{}'
                    '<span class="visually-hidden">, {} {}</span></a></td>',
                    link,
                    day_iso,
                    cell.clock,
                    free_texts[cell.free],
                    day_label,
                    cell.clock,
                )
            )
        elif cell.free:
            html.append(format_html('<td class="slot slot--unavailable">{}</td>', unavailable))
        else:
            html.append(format_html('<td class="slot slot--full">{}</td>', full))
    return mark_safe("".join(html))  # noqa: S308 (each piece made by format_html)
