"""Who has booked which demo stay in spring 2027, a platform calendar feed, and the village's
tourist tax: listings/demo_data/availability.yaml.
"""

from borgo.demo.data import load

_AVAILABILITY = load("listings", "availability")
BOOKED = _AVAILABILITY["booked"]
FEEDS = _AVAILABILITY["feeds"]
FEED_UID = _AVAILABILITY["feed_uid"]
TOURIST_TAX = _AVAILABILITY["tourist_tax"]
