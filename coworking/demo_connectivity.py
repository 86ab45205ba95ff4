"""The demo's connectivity page: offers, hotspots, the method and the speed tests
(coworking/demo_data/connectivity.yaml).
"""

from datetime import timedelta

from borgo.demo.data import load

_CONNECTIVITY = load("coworking", "connectivity")
PAGE = _CONNECTIVITY["page"]
OFFERS = _CONNECTIVITY["offers"]
HOTSPOTS = _CONNECTIVITY["hotspots"]
METHOD = _CONNECTIVITY["method"]
SPEED_TESTS = _CONNECTIVITY["speed_tests"]


def tested_on(today, days_ago):
    return today - timedelta(days=days_ago)
