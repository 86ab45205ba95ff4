"""Demo of "Plan your stay": the page's texts in every language (listings.demo publishes it),
and events next spring, so that a visitor planning March and April sees what happens meanwhile
(the co-working demo's events are all in the coming weeks). The texts and events are
listings/demo_data/plan.yaml."""

from datetime import date

from django.utils import timezone

from borgo.demo.data import load
from coworking import demo_content as coworking_content
from coworking.demo import add_events
from coworking.demo_events import INDEX as EVENTS_INDEX
from coworking.models import CoworkingSpacePage, EventIndexPage

PAGE = load("listings", "plan")["page"]
# (month, day) next spring, start, end, kind, space key, capacity: see coworking.demo_events.
SPRING_EVENTS = load("listings", "plan")["spring_events"]


def next_spring(today=None):
    """The first of March to come (a visitor plans the spring ahead)."""
    today = today or timezone.localdate()
    march = date(today.year, 3, 1)
    return march if today < march else date(today.year + 1, 3, 1)


def spring_events(today=None):
    """SPRING_EVENTS placed as coworking.demo places events: in days from today."""
    today = today or timezone.localdate()
    spring = next_spring(today)
    return [
        {**spec, "when": ((date(spring.year, *spec["spring_day"]) - today).days, *spec["times"])}
        for spec in SPRING_EVENTS
    ]


def seed_spring_events(demo):
    home = demo.pages["home"]
    index = EventIndexPage.objects.child_of(home).get(slug=EVENTS_INDEX["it"]["slug"])
    spaces = {
        spec["key"]: CoworkingSpacePage.objects.get(
            locale__language_code="it", slug=spec["texts"]["it"]["slug"]
        )
        for spec in coworking_content.SPACES
    }
    add_events(demo, index, spring_events(), spaces)
