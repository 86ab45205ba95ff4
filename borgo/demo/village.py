"""The demo village's facts, one value each.

Every page, setting and listing of the demo (borgo/demo, attractions/demo_data, coworking/demo*,
listings/demo_content) takes the municipality's postal code, phone and addresses from here, so
the pages and their JSON-LD cannot contradict each other (tests/demo/test_facts.py checks it).
"""

LOCALITY = "Castelmora"
POSTAL_CODE = "85040"
PROVINCE = "PZ"
PHONE = "+39 0973 555 100"
TOWN_HALL_ADDRESS = "Piazza del Municipio 1"
PHARMACY_ADDRESS = "Piazza del Municipio 5"
# Il Frantoio, in Piano dei Mulini, is reached by fixed wireless (FWA), not by fibre.
FWA_DOWNLOAD_MBPS = 100
# Months of stay before one may join the register of the temporary population (art. 32 DPR
# 223/1989), which also gives the free hot desk at the co-working rooms.
TEMPORARY_REGISTER_MONTHS = 4
# Arriving: (km by road, minutes by car) from the village, as the guide's table gives them.
VALLE_SAURO_STATION = (18, 25)
POTENZA = (62, 65)
NAPLES_AIRPORT = (165, 130)
BARI_AIRPORT = (210, 160)
SALERNO = (112, 90)


def by_road(place):
    """(km, minutes) → ["18 km", "25 min"] or ["62 km", "1 h 5 min"], as the site writes
    durations (attractions' `duration` filter)."""
    km, minutes = place
    hours, rest = divmod(minutes, 60)
    return [f"{km} km", f"{hours} h {rest} min" if hours else f"{rest} min"]
