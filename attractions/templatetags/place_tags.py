"""Display helpers for place facts: days of the week and durations."""

from django import template
from django.utils.translation import gettext as _

from borgo.place_facts import WEEKDAYS

register = template.Library()
DAY_ORDER = [code for code, _label in WEEKDAYS]
DAY_NAMES = dict(WEEKDAYS)


@register.filter
def weekdays(codes):
    """["Mo", "Tu", "We", "Fr"] → "Monday–Wednesday, Friday": consecutive days as ranges."""
    indexes = sorted(DAY_ORDER.index(code) for code in codes if code in DAY_NAMES)
    runs = []
    for index in indexes:
        if runs and index == runs[-1][1] + 1:
            runs[-1][1] = index
        else:
            runs.append([index, index])
    parts = []
    for first, last in runs:
        first_name, last_name = DAY_NAMES[DAY_ORDER[first]], DAY_NAMES[DAY_ORDER[last]]
        if first == last:
            parts.append(str(first_name))
        elif last == first + 1:
            parts += [str(first_name), str(last_name)]
        else:
            parts.append(f"{first_name}–{last_name}")
    return ", ".join(parts)


@register.filter
def duration(minutes):
    """150 → "2 h 30 min"."""
    if not minutes:
        return ""
    hours, rest = divmod(int(minutes), 60)
    if not hours:
        return _("%(minutes)d min") % {"minutes": rest}
    if not rest:
        return _("%(hours)d h") % {"hours": hours}
    return _("%(hours)d h %(minutes)d min") % {"hours": hours, "minutes": rest}
