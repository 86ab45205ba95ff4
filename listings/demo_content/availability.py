"""Who has booked which demo stay in spring 2027, a platform calendar feed, and the village's
tourist tax: so that a visitor planning 1 March – 30 April 2027 sees the date filter at work.

Periods are (arrival, departure, source, note); departure is the morning the guests leave.
"""

from datetime import date
from decimal import Decimal

BOOKED = {
    # A researcher's two months: the flat on Via del Forno is gone for the whole spring.
    "DEMO-A01": [(date(2027, 2, 20), date(2027, 4, 18), "owner", "Ricercatrice, due mesi")],
    "DEMO-A04": [
        (date(2027, 3, 12), date(2027, 3, 19), "staff", "Famiglia da Torino"),
        (date(2027, 4, 24), date(2027, 5, 2), "staff", "Ponte del 25 aprile"),
    ],
    "DEMO-A07": [(date(2027, 4, 1), date(2027, 4, 8), "feed", "Reserved")],
}
# The feed the A07 period above came from. The address is on a reserved domain: seeding never
# fetches it, and `import_stay_calendars` run on the demo shows what staff see of a bad feed.
FEEDS = {
    "DEMO-A07": {"name": "Airbnb", "url": "https://www.airbnb.example/calendar/ical/a07.ics"},
}
FEED_UID = "demo-a07-2027-04@airbnb.example"

# Realistic for a small village of Basilicata: the national law (D.Lgs. 23/2011, art. 4) allows
# up to 5 € a night, and small municipalities ask 1–2 €.
TOURIST_TAX = {
    "charged": True,
    "rate_per_night": Decimal("1.50"),
    "max_nights": 10,
    "exempt_under_age": 14,
    "other_exemptions": (
        "Residenti nel Comune di Castelmora; persone con disabilità e un accompagnatore; "
        "chi assiste un ricoverato nelle strutture sanitarie del territorio."
    ),
}
