"""The facts for newcomers of the demo: the temporary register, healthcare, airports and
stations (newcomer.yaml). Distances and months are the village's facts, like the guide's.
"""

from borgo.demo.data import load

_NEWCOMER = load("attractions", "newcomer")
REGISTER_OFFICE = _NEWCOMER["register_office"]
REGISTRATION = _NEWCOMER["registration"]
BENEFITS = _NEWCOMER["benefits"]
HEALTHCARE = _NEWCOMER["healthcare"]
HUBS = _NEWCOMER["hubs"]
