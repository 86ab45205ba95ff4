"""The demo's homes to rent or buy and the one-euro houses' conditions:
listings/demo_data/homes.yaml."""

from borgo.demo.data import load

_HOMES = load("listings", "homes")
ONE_EURO_CONDITIONS = _HOMES["one_euro_conditions"]
EXEMPTION = _HOMES["exemption"]
HOMES = _HOMES["homes"]
