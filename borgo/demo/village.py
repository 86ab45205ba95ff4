"""The demo village's facts, one value each, read from borgo/demo_data/village.yaml.

Every page, setting and listing of the demo takes the municipality's postal code, phone and
addresses from that file (through the placeholders of borgo/demo/data.py), so the pages and
their JSON-LD cannot contradict each other (tests/demo/test_facts.py checks it). The constants
below are the same facts for Python code and tests.
"""

# by_road and placeholders are made where the files are read; the demo's code and tests find
# them here with the facts.
from .data import by_road, placeholders, read  # noqa: F401

FACTS = read("borgo", "village")

LOCALITY = FACTS["locality"]
POSTAL_CODE = FACTS["postal_code"]
PROVINCE = FACTS["province"]
PHONE = FACTS["phone"]
EMAIL = FACTS["email"]
TOWN_HALL_ADDRESS = FACTS["town_hall_address"]
PHARMACY_ADDRESS = FACTS["pharmacy_address"]
FWA_DOWNLOAD_MBPS = FACTS["fwa_download_mbps"]
TEMPORARY_REGISTER_MONTHS = FACTS["temporary_register_months"]
PATRON_FEAST = tuple(FACTS["patron_feast"])  # (month, day)
# (km by road, minutes by car) from the village.
VALLE_SAURO_STATION, POTENZA, NAPLES_AIRPORT, BARI_AIRPORT, SALERNO = (
    tuple(FACTS["by_road"][place])
    for place in ("valle_sauro_station", "potenza", "naples_airport", "bari_airport", "salerno")
)
