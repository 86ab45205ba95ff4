"""What using a co-working space costs, in words of the active language.

One source for the booking form, its confirmation page and e-mail: a booking of any length
is covered by the space's day pass (or its week or month pass), free for residents if so.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from borgo.local_formats import price as euros

PASSES = (
    ("day_price", gettext_noop("Day pass: %(price)s")),
    ("week_price", gettext_noop("Week pass: %(price)s")),
    ("month_price", gettext_noop("Month pass: %(price)s")),
)


def price_lines(space):
    """The space's prices as sentences, e.g. ["Free for residents…", "Day pass: 8 €"]."""
    lines = [_("Free for residents of the municipality.")] if space.resident_free else []
    for field, sentence in PASSES:
        price = getattr(space, field)
        if price is not None:
            lines.append(_(sentence) % {"price": euros(price)})
    if not lines:
        lines.append(_("Free of charge."))
    return lines
