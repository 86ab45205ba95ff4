"""One plan for a stay of weeks or months (issue 17): where to sleep, where to work, what
happens meanwhile, and what it costs month by month.

Built from the other modules' answers: the stays free for the nights and their quote
(listings.stay_dates, listings.stay_quote), the desk passes that cover the working days at each
co-working space (coworking.passes), the walking time between them (borgo.place_facts) and the
events of the period. A handful of queries whatever the number of stays: the stays in one, the
tax settings once, then a few per co-working space and one for the events.
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.utils import timezone

from borgo import page_cache
from borgo.place_facts import distance_between
from coworking.models import CoworkingSpacePage, EventPage
from coworking.models.events import localize_spaces
from coworking.passes import pass_cover

from .models import Accommodation, AccommodationIndexPage, TouristTaxSettings
from .plan_budget import monthly_budget
from .stay_dates import free_between
from .stay_quote import quote


@dataclass(frozen=True)
class Walk:
    space: CoworkingSpacePage
    distance: object  # borgo.place_facts.Distance

    @property
    def minutes(self):
        return self.distance.walking_minutes


@dataclass(frozen=True)
class StayOption:
    stay: Accommodation
    url: str
    quote: object  # listings.stay_quote.Quote
    walks: list


@dataclass(frozen=True)
class DeskOption:
    space: CoworkingSpacePage
    cover: object  # coworking.passes cover (.items, .total_price, .open_days) or None


@dataclass
class Plan:
    arrival: object
    departure: object
    stays: list = field(default_factory=list)
    desks: list = field(default_factory=list)
    events: list = field(default_factory=list)
    cheapest_desk: DeskOption = None  # of the desks that cover the dates
    budget: object = None  # plan_budget.Budget for the cheapest stay and desk, or None

    @property
    def nights(self):
        return (self.departure - self.arrival).days

    @property
    def covered_desks(self):
        return [desk for desk in self.desks if desk.cover]

    def stay(self, pk):
        return next((option for option in self.stays if option.stay.pk == pk), None)

    def desk(self, pk):
        return next((option for option in self.covered_desks if option.space.pk == pk), None)


def desk_days(arrival, departure):
    """The days a desk is wanted: from the arrival to the last full day before departure."""
    return arrival, departure - timedelta(days=1)


def build_plan(request, locale, arrival, departure):
    plan = Plan(arrival, departure)
    spaces = list(CoworkingSpacePage.objects.live().filter(locale=locale).order_by("path"))
    # Pass bookings retire their space's tag: the cached plan goes with the space pages.
    page_cache.tag(request, *(space.bookings_cache_tag() for space in spaces))
    first_day, last_day = desk_days(arrival, departure)
    plan.desks = [DeskOption(space, pass_cover(space, first_day, last_day)) for space in spaces]
    plan.stays = _stays(locale, arrival, departure, spaces)
    plan.events = _events(locale, arrival, departure)
    plan.cheapest_desk = min(plan.covered_desks, key=lambda d: d.cover.total_price, default=None)
    if plan.stays:
        cover = plan.cheapest_desk.cover if plan.cheapest_desk else None
        plan.budget = monthly_budget(arrival, departure, plan.stays[0], cover)
    return plan


def _stays(locale, arrival, departure, spaces):
    """The stays free for the nights that have a price for them, cheapest first."""
    queryset = Accommodation.objects.visible().filter(locale=locale)
    stays = free_between(queryset, arrival, departure).order_by("title")
    url = AccommodationIndexPage.listing_urls()
    tax_settings = TouristTaxSettings.current()
    options = []
    for stay in stays:
        price = quote(stay, arrival, departure, settings=tax_settings)
        if price is not None:
            walks = [Walk(space, _distance(stay, space)) for space in spaces]
            located = [walk for walk in walks if walk.distance]
            options.append(StayOption(stay, url(stay, locale.language_code), price, located))
    return sorted(options, key=lambda option: option.quote.total)


def _distance(stay, space):
    point = stay.public_point
    if not (point.has_coordinates and space.has_coordinates):
        return None
    return distance_between(point, space)


def _events(locale, arrival, departure):
    """The events of the language that take place, at least in part, during the stay."""
    start = timezone.make_aware(datetime.combine(arrival, time.min))
    end = timezone.make_aware(datetime.combine(departure, time.max))
    events = (
        EventPage.objects.live()
        .filter(locale=locale, start__lte=end, end__gte=start)
        .select_related("space")
        .order_by("start")
    )
    return localize_spaces(list(events))
