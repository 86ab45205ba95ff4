"""A village to plan a two-month stay in, in every language: two free stays and a taken one,
a co-working space selling day, week and month passes, an event during the stay and one after."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale

from coworking.models import CoworkingIndexPage, EventIndexPage
from listings.models import Accommodation, BookedPeriod, TouristTaxSettings
from tests.conftest import LANGUAGE_CODES, publish_translation
from tests.coworking.conftest import DESKS, PASSES, make_space, name_passes
from tests.coworking.test_events import add_event

from .factories import AccommodationFactory
from .test_pages import translate

OTHER_LANGUAGES = LANGUAGE_CODES[1:]
NIGHTS = 60
IBAN = "IT60X0542811101000000123456"


@dataclass
class PlanWorld:
    arrival: date
    departure: date
    fornaio: Accommodation  # 650 € a month, measured Wi-Fi, 300 m from the space
    camera: Accommodation  # 40 € a night only
    taken: Accommodation
    space: object
    event: object
    later_event: object

    def month_pass(self, language="it"):
        """The name of the space's month pass in `language` (two of them cover the stay)."""
        space = self.space.get_translation(Locale.objects.get(language_code=language))
        return space.desk_passes.get(length_days=30).name

    def query(self, arrival=None, departure=None):
        arrival, departure = arrival or self.arrival, departure or self.departure
        return f"?arrival={arrival.isoformat()}&departure={departure.isoformat()}"


def tax_settings():
    settings = TouristTaxSettings.load()
    settings.charged = True
    settings.rate_per_night = Decimal("2.00")
    settings.max_nights = 10
    settings.save()


def _stays(arrival, departure):
    fornaio = AccommodationFactory(
        title="Casa del Fornaio",
        slug="casa-del-fornaio",
        contact_email="fornaio@example.org",
        latitude=Decimal("40.190000"),
        monthly_price=650,
        wifi_download_mbps=480,
        wifi_measured_on=date(2026, 11, 2),
    )
    camera = AccommodationFactory(
        title="Camera Vista Valle", slug="camera-vista-valle", monthly_price=None,
        price_per_night_from=40,
    )  # fmt: skip
    taken = AccommodationFactory(title="Casa Occupata", slug="casa-occupata")
    BookedPeriod.objects.create(
        accommodation=taken, arrival=arrival + timedelta(days=9), departure=arrival + timedelta(10)
    )
    for stay in (fornaio, camera, taken):
        for code in OTHER_LANGUAGES:
            translate(stay, code)
    return fornaio, camera, taken


def _space(homes):
    index = homes["it"].add_child(instance=CoworkingIndexPage(title="Coworking", slug="coworking"))
    index.save_revision().publish()
    space = make_space(
        index, resources=[DESKS], iban=IBAN, bank_account_holder="Comune di Castelmora"
    )
    for code in OTHER_LANGUAGES:
        publish_translation(index, code, slug=f"coworking-{code}")
        translated = publish_translation(space, code, slug=f"ex-scuola-{code}")
        name_passes(translated, [f"{desk_pass['name']} ({code})" for desk_pass in PASSES])
    return space


def _events(homes, space, arrival):
    index = homes["it"].add_child(instance=EventIndexPage(title="Eventi", slug="eventi"))
    index.save_revision().publish()
    days_to = (arrival - timezone.localdate()).days
    event = add_event(index, "Aperitivo di benvenuto", days_to + 12, space=space)
    later = add_event(index, "Festa d'estate", days_to + NIGHTS + 30, space=space)
    for code in OTHER_LANGUAGES:
        publish_translation(index, code, slug=f"eventi-{code}")
        for page in (event, later):
            publish_translation(page, code, title=f"{page.title} ({code})")
    return event, later


def build_world(homes):
    tax_settings()
    arrival = timezone.localdate() + timedelta(days=20)
    departure = arrival + timedelta(days=NIGHTS)
    fornaio, camera, taken = _stays(arrival, departure)
    space = _space(homes)
    event, later = _events(homes, space, arrival)
    return PlanWorld(arrival, departure, fornaio, camera, taken, space, event, later)
