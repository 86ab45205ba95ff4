"""The days a co-working space is closed: Italy's national holidays and the staff's own.

The `holidays` package was considered and left out: it pins python-dateutil below 3, which
the project already has at 4, and the national list is short and fixed by law. Easter comes
from dateutil. San Francesco (4 October) is a national holiday again from 2026 (law
151/2025). A town's patron saint day is not national: staff add it as a closure day of the
space (Booking tab), with any other day the space is closed.
"""

from datetime import date, timedelta

from dateutil.easter import easter
from django.utils.translation import gettext_lazy as _

from .models import ClosureDay

# (month, day, name) of the fixed national holidays.
FIXED_HOLIDAYS = [
    (1, 1, _("New Year's Day")),
    (1, 6, _("Epiphany")),
    (4, 25, _("Liberation Day")),
    (5, 1, _("Labour Day")),
    (6, 2, _("Republic Day")),
    (8, 15, _("Assumption Day")),
    (11, 1, _("All Saints' Day")),
    (12, 8, _("Immaculate Conception")),
    (12, 25, _("Christmas Day")),
    (12, 26, _("St Stephen's Day")),
]
SAN_FRANCESCO_SINCE = 2026


def national_holidays(year):
    """{date: name} of Italy's national public holidays in `year`."""
    days = {date(year, month, day): name for month, day, name in FIXED_HOLIDAYS}
    days[easter(year) + timedelta(days=1)] = _("Easter Monday")
    if year >= SAN_FRANCESCO_SINCE:
        days[date(year, 10, 4)] = _("St Francis of Assisi, patron saint of Italy")
    return days


def closed_days(space, first, last):
    """{date: reason} of the days between `first` and `last` (inclusive) the space is closed.

    The staff's closure days are read from every translation of the page, so a day added in
    one language closes the space in all of them before the translations are synchronised.
    """
    closed = {}
    if space.closed_on_public_holidays:
        for year in range(first.year, last.year + 1):
            closed.update(
                (day, name) for day, name in national_holidays(year).items() if first <= day <= last
            )
    rows = ClosureDay.objects.filter(
        page__translation_key=space.translation_key, date__range=(first, last)
    ).values_list("date", "reason", "page__locale_id")
    # The space's own language first, so its wording of the reason wins.
    for day, reason, _locale in sorted(rows, key=lambda row: row[2] != space.locale_id):
        closed.setdefault(day, reason or _("Closed"))
    return closed
