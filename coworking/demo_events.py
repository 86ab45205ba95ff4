"""The co-working demo's events and their index page: coworking/demo_data/events.yaml."""

from borgo.demo.data import load

_EVENTS = load("coworking", "events")
INDEX = _EVENTS["index"]
EVENTS = _EVENTS["events"]
