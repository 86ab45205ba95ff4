"""What using a co-working space costs, in words of the active language.

One source for the space page, the booking forms, their confirmation pages and e-mails: the
space's desk passes (coworking.models.passes), free for residents if so.
"""

from django.utils.translation import gettext as _

from borgo.local_formats import price as euros


def pass_line(desk_pass):
    """e.g. "Week pass: 30 €"."""
    return _("%(name)s: %(price)s") % {"name": desk_pass.name, "price": euros(desk_pass.price)}


def price_lines(space, passes=None):
    """The space's prices as sentences, e.g. ["Free for residents…", "Day pass: 8 €"].

    `passes`: the space's desk passes when the caller has them already (a cached list).
    """
    lines = [_("Free for residents of the municipality.")] if space.resident_free else []
    passes = space.desk_passes.all() if passes is None else passes
    lines.extend(pass_line(desk_pass) for desk_pass in passes)
    if not lines:
        lines.append(_("Free of charge."))
    return lines
