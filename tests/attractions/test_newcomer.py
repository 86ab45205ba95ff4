"""The facts a newcomer decides on (issue 17): the temporary register and what it unlocks,
healthcare per group of visitors, airports and stations, and the languages services speak."""

import uuid

import pytest
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from attractions.models import NewcomerFacts, TravelHub
from tests.conftest import LANGUAGE_CODES, publish_translation
from tests.json_ld import described_thing
from tests.staff import staff_user

from .factories import ServicePageFactory, TravelHubFactory, add_newcomer_facts

pytestmark = pytest.mark.django_db

SERVICES_SLUGS = {"it": "servizi", "en": "services", "de": "dienste", "fr": "services"}
# What the page says around the facts, in each language.
REGISTRATION = {
    "it": "Iscrizione temporanea in Comune",
    "en": "Temporary registration with the municipality",
    "de": "Vorübergehende Anmeldung bei der Gemeinde",
    "fr": "Inscription temporaire à la mairie",
}
MINIMUM_STAY = {"it": "4 mesi", "en": "4 months", "de": "4 Monate", "fr": "4 mois"}
HUBS_CAPTION = {
    "it": "Gli aeroporti e le stazioni più vicini",
    "en": "The nearest airports and stations",
    "de": "Die nächsten Flughäfen und Bahnhöfe",
    "fr": "Les aéroports et gares les plus proches",
}
NON_EU = {
    "it": "Cittadini di altri Paesi",
    "en": "Citizens of other countries",
    "de": "Bürgerinnen und Bürger anderer Länder",
    "fr": "Citoyens d&#x27;autres pays",
}


@pytest.fixture
def services_everywhere(services):
    """The services index and its town hall in every language."""
    town_hall = ServicePageFactory(
        parent=services,
        title="Municipio",
        slug="municipio",
        category="public_offices",
        kind="town_hall",
    )
    indexes, halls = {"it": services}, {"it": town_hall}
    for code in LANGUAGE_CODES[1:]:
        indexes[code] = publish_translation(services, code, slug=SERVICES_SLUGS[code])
        halls[code] = publish_translation(town_hall, code, title=f"Town hall {code}")
    return indexes, halls


def facts_everywhere(halls, **counts):
    """The facts in every language, linking to the Italian town hall: wagtail-localize copies
    page links unchanged into the translations of a snippet."""
    key = uuid.uuid4()
    for code in LANGUAGE_CODES:
        add_newcomer_facts(code, key, office=halls["it"], **counts)


def hubs_everywhere(count=1):
    key_hubs = [uuid.uuid4() for _ in range(count)]
    for code in LANGUAGE_CODES:
        for number, key in enumerate(key_hubs):
            TravelHubFactory(
                locale=Locale.objects.get(language_code=code),
                translation_key=key,
                name=f"[{code}] hub {number}",
                minutes_by_car=60 + number,
            )


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_services_index_shows_the_facts_in_every_language(client, services_everywhere, code):
    indexes, halls = services_everywhere
    facts_everywhere(halls)
    hubs_everywhere()
    body = client.get(indexes[code].url).content.decode()
    assert REGISTRATION[code] in body
    assert f"[{code}] Ask at the registry office." in body
    assert f"<li>[{code}] identity card</li>" in body
    assert f"<td>{MINIMUM_STAY[code]}</td>" in body
    assert f"<h3>{NON_EU[code]}</h3>" in body
    assert f"[{code}] non_eu cover 0" in body
    # The office, and where each group goes for healthcare, in the visitor's language.
    facts = body[body.index('id="temporary-register-title"') :]
    assert facts.count(f'<a href="{halls[code].url}">{halls[code].title}</a>') == 3
    assert f"<caption>{HUBS_CAPTION[code]}" in body
    assert f"[{code}] hub 0 (BRI)" in body
    for other in LANGUAGE_CODES:
        if other != code:
            assert f"[{other}]" not in body


def test_each_category_shows_the_facts_that_concern_it(client, services_everywhere):
    indexes, halls = services_everywhere
    facts_everywhere(halls)
    hubs_everywhere()
    health = client.get("/it/servizi/salute/").content.decode()
    assert REGISTRATION["it"] in health and HUBS_CAPTION["it"] not in health
    transport = client.get("/it/servizi/trasporti/").content.decode()
    assert REGISTRATION["it"] not in transport and HUBS_CAPTION["it"] in transport
    shops = client.get("/it/servizi/negozi/").content.decode()
    assert REGISTRATION["it"] not in shops and HUBS_CAPTION["it"] not in shops


def test_without_facts_the_index_shows_none(client, services_everywhere):
    body = client.get("/en/services/").content.decode()
    assert REGISTRATION["en"] not in body and HUBS_CAPTION["en"] not in body


def cold_queries(client, url):
    cache.clear()  # the facts are kept with the chrome (borgo.memo): count them read
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_facts_cost_the_same_queries_however_many(client, services_everywhere):
    indexes, halls = services_everywhere
    without = cold_queries(client, "/it/servizi/")
    facts_everywhere(halls)
    hubs_everywhere()
    few = cold_queries(client, "/it/servizi/")
    NewcomerFacts.objects.all().delete()
    TravelHub.objects.all().delete()
    facts_everywhere(halls, benefits=6, healthcare=4)
    hubs_everywhere(count=8)
    many = cold_queries(client, "/it/servizi/")
    assert few == many
    # The facts, their benefits, healthcare entries, the pages they link to, the hubs.
    assert many - without <= 5


def test_tags_take_the_level_of_their_headings(services_everywhere):
    indexes, halls = services_everywhere
    facts_everywhere(halls)
    hubs_everywhere()
    request = RequestFactory().get("/en/")
    template = Template("{% load newcomer %}{% newcomer_facts level=3 %}{% travel_hubs level=4 %}")
    with translation.override("en"):
        body = template.render(Context({"request": request}))
    assert f'<h3 id="temporary-register-title">{REGISTRATION["en"]}</h3>' in body
    assert f"<h4>{NON_EU['en']}</h4>" in body
    assert '<h4 id="travel-hubs-title">' in body


@pytest.mark.parametrize(
    ("code", "labels"),
    [
        ("it", "Italiano, Inglese"),
        ("en", "Italian, English"),
        ("de", "Italienisch, Englisch"),
        ("fr", "Italien, Anglais"),
    ],
)
def test_a_service_says_which_languages_it_speaks(client, services_everywhere, code, labels):
    indexes, _halls = services_everywhere
    doctor = ServicePageFactory(
        parent=indexes["it"], category="health", kind="doctor", languages=["en", "it"]
    )
    page = doctor if code == "it" else publish_translation(doctor, code)
    body = client.get(page.url).content.decode()
    assert f"<dd>{labels}</dd>" in body
    assert described_thing(body)["knowsLanguage"] == ["it", "en"]


def test_a_station_shows_its_languages_but_schema_org_has_no_property_for_them(client, services):
    station = ServicePageFactory(
        parent=services, category="transport", kind="train", languages=["it", "de"]
    )
    body = client.get(station.url).content.decode()
    assert "<dd>Italiano, Tedesco</dd>" in body
    assert "knowsLanguage" not in described_thing(body)


@pytest.mark.parametrize("model", [NewcomerFacts, TravelHub])
def test_editors_edit_the_facts_in_the_admin(client, django_user_model, services_everywhere, model):
    _indexes, halls = services_everywhere
    facts_everywhere(halls)
    hubs_everywhere()
    client.force_login(staff_user(django_user_model, "Editors"))
    viewset = model.snippet_viewset
    instance = model.objects.filter(locale__language_code="it").first()
    assert client.get(reverse(viewset.get_url_name("edit"), args=[instance.pk])).status_code == 200
    assert client.get(reverse(viewset.get_url_name("add"))).status_code == 200


def test_services_can_be_filtered_by_language_spoken(client, services_everywhere):
    indexes, _halls = services_everywhere
    ServicePageFactory(parent=indexes["it"], title="Farmacia", languages=["it", "de"])
    ServicePageFactory(parent=indexes["it"], title="Ufficio Bianchi", languages=["it"])
    everything = client.get("/it/servizi/").content.decode()
    assert "Farmacia" in everything and "Ufficio Bianchi" in everything
    german = client.get("/it/servizi/?language=de").content.decode()
    assert "Farmacia" in german and "Ufficio Bianchi" not in german
    assert '<option value="de" selected>Tedesco</option>' in german
    # Along a category, too.
    pharmacies = client.get("/it/servizi/farmacie/?language=de").content.decode()
    assert "Farmacia" in pharmacies and "Municipio" not in pharmacies


def test_pages_of_a_filtered_list_keep_the_filter(client, services):
    for number in range(13):
        ServicePageFactory(parent=services, title=f"Farmacia {number:02d}", languages=["en"])
    body = client.get("/it/servizi/?language=en").content.decode()
    assert 'href="?language=en&amp;page=2" rel="next"' in body


def test_an_unknown_language_is_ignored_with_a_message_in_the_visitors_language(
    client, services_everywhere
):
    indexes, _halls = services_everywhere
    ServicePageFactory(parent=indexes["it"], title="Ufficio Bianchi", languages=["it"])
    response = client.get("/de/dienste/?language=xx")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'role="alert"' in body
    assert "Einige Filter waren ungültig und wurden ignoriert:" in body
    assert "Town hall de" in body  # the list, unfiltered
