"""The co-working spaces of the demo (Castelmora) and their index page, in every language:
coworking/demo_data/spaces.yaml. The seeding code is coworking/demo.py.
"""

from borgo.demo.data import load

_SPACES = load("coworking", "spaces")
INDEX = _SPACES["index"]
SPACES = _SPACES["spaces"]
PATRON_FEAST_NAMES = _SPACES["patron_feast_names"]
