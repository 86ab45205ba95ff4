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
