"""Six activities around Castelmora; the first has a GPX track (activities.yaml)."""

from borgo.demo.data import load

from .texts import places

ACTIVITIES = places("activities", "activities")
MILLS_TRAIL_POINTS = load("attractions", "activities")["mills_trail_points"]
