"""What a stay costs month by month: lodging, desk and tourist tax per calendar month.

Lodging and tax are shared out by the nights spent in each month, a desk pass falls in the
month it starts (it is paid then). Shares are rounded on the running total, so that the months
always add up to the plan's totals to the cent.
"""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class BudgetMonth:
    month: date  # its first day
    nights: int
    stay: Decimal
    desk: Decimal
    tax: Decimal

    @property
    def total(self):
        return self.stay + self.desk + self.tax


@dataclass(frozen=True)
class Budget:
    stay: object  # plan.StayOption the budget is for
    cover: object  # the desk passes' cover, or None
    months: list

    @property
    def total(self):
        return sum((month.total for month in self.months), Decimal(0))


def nights_per_month(arrival, departure):
    """[(first day of the month, nights in it)] for the nights of [arrival, departure)."""
    months = []
    day = arrival
    while day < departure:
        following = _next_month(day)
        months.append((day.replace(day=1), (min(following, departure) - day).days))
        day = following
    return months


def _next_month(day):
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def shares(amount, weights):
    """`amount` split in proportion to `weights`, to the cent, adding up to `amount`."""
    amount, whole = Decimal(amount), sum(weights)
    parts, done, running = [], Decimal(0), 0
    for weight in weights:
        running += weight
        upto = (amount * running / whole).quantize(CENT, ROUND_HALF_UP)
        parts.append(upto - done)
        done = upto
    return parts


def monthly_budget(arrival, departure, stay_option, cover):
    months = nights_per_month(arrival, departure)
    nights = [count for _month, count in months]
    stay = shares(stay_option.quote.lodging, nights)
    tax = shares(stay_option.quote.tax, nights)
    desk = {month: Decimal(0) for month, _count in months}
    for desk_pass, start in cover.items if cover else ():
        # Kept within the stay's months, whatever day a pass may start on.
        month = min(max(start.replace(day=1), months[0][0]), months[-1][0])
        desk[month] += Decimal(desk_pass.price)
    return Budget(
        stay_option,
        cover,
        [
            BudgetMonth(month, count, stay[n], desk[month], tax[n])
            for n, (month, count) in enumerate(months)
        ],
    )
