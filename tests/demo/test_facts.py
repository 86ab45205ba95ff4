"""The demo says each municipal fact one way: on every page, in every language, in the JSON-LD.

The facts come from one file (borgo/demo_data/village.yaml); this reads what visitors and search
engines get: every live page's text and structured data.
"""

import re

import pytest
from django.test import Client
from django.utils.html import strip_tags
from wagtail.models import Page

from attractions.models import ServiceIndexPage, ServicePage
from borgo.demo import village
from borgo.demo.data import day_of_year
from coworking.models import ClosureDay
from tests.json_ld import json_ld

pytestmark = pytest.mark.usefixtures("seeded_demo", "db")

POSTAL_CODE_IN_TEXT = re.compile(r"\b(\d{5}) (?:Castelmora|Piano dei Mulini|San Vito)\b")
MUNICIPAL_PHONE_IN_TEXT = re.compile(r"\+39 0973[\d ]*\d")
# "una farmacia in Piazza …", "a pharmacy at …", "eine Apotheke an der …", "une pharmacie sur la …"
PHARMACY_STREET = re.compile(
    r"(?:farmacia|pharmacy|Apotheke|pharmacie)\b.{0,12}?\b((?:Via|Corso|Piazza) [\w ]+?)(?=[,.;])"
)


def nodes(value):
    """Every JSON-LD object inside `value`, nested ones included."""
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from nodes(item)
    elif isinstance(value, list):
        for item in value:
            yield from nodes(item)


@pytest.fixture(scope="module")
def demo_pages(seeded_demo, django_db_blocker):
    """(url, text, JSON-LD nodes) of every live page of the demo, read once for the module."""
    client = Client()
    pages = []
    with django_db_blocker.unblock():
        for page in Page.objects.live().filter(depth__gt=1):
            body = client.get(page.url).content.decode()
            pages.append((page.url, strip_tags(body), list(nodes(json_ld(body)))))
    return pages


def test_one_postal_code_across_pages_and_json_ld(demo_pages):
    codes = {}
    for url, text, graph in demo_pages:
        found = set(POSTAL_CODE_IN_TEXT.findall(text))
        found |= {node["postalCode"] for node in graph if "postalCode" in node}
        for code in found:
            codes.setdefault(code, url)
    assert set(codes) == {village.POSTAL_CODE}, codes


def test_one_municipal_phone_across_pages_and_json_ld(demo_pages):
    phones = {}
    for url, text, graph in demo_pages:
        found = set(MUNICIPAL_PHONE_IN_TEXT.findall(text))
        found |= {
            node["telephone"]
            for node in graph
            if node.get("@type") == "GovernmentOrganization" and "telephone" in node
        }
        for phone in found:
            phones.setdefault(phone, url)
    assert set(phones) == {village.PHONE}, phones


@pytest.mark.parametrize(
    "kind, address, phone",
    [
        ("town_hall", village.TOWN_HALL_ADDRESS, village.PHONE),
        ("pharmacy", village.PHARMACY_ADDRESS, None),
    ],
)
def test_the_town_hall_and_the_pharmacy_have_one_address(client, kind, address, phone):
    places = ServicePage.objects.live().filter(kind=kind)
    assert places.count() == 4
    for place in places:
        graph = list(nodes(json_ld(client.get(place.url).content.decode())))
        assert {node["streetAddress"] for node in graph if "streetAddress" in node} == {address}
        if phone:
            assert place.phone == phone


def test_every_page_gives_the_pharmacys_own_address(demo_pages):
    mentions = [
        (url, street)
        for url, text, _graph in demo_pages
        for street in PHARMACY_STREET.findall(text)
    ]
    assert mentions, "the guides say where the pharmacy is"
    assert {street for _url, street in mentions} == {village.PHARMACY_ADDRESS}, mentions


TABLE_ROW = re.compile(r"<tr>\s*<t[hd][^>]*>([^<]+)</t[hd]>\s*(.*?)</tr>", re.S)
CELL = re.compile(r"<td>([^<]*)</td>")
# "almeno 4 mesi senza", "at least 4 months without", "mindestens 4 Monate bleiben, ohne",
# "au moins 4 mois sans": the stay the register of the temporary population asks for.
REGISTER_MONTHS = re.compile(r"(\d+) (?:mesi senza|months without|Monate bleiben, ohne|mois sans)")


def rows(html):
    """{row header: [cells]} of every table of the page; a code after a name is left out."""
    found = {}
    for header, cells in TABLE_ROW.findall(html):
        found[re.sub(r" \([A-Z]{3}\)$", "", header.strip())] = CELL.findall(cells)
    return found


def minutes(duration):
    """The minutes "2 h 40 min" or "2 Std. 40 Min." stand for (160); "25 min" is 25."""
    *hours, rest = map(int, re.findall(r"\d+", duration))
    return sum(hours) * 60 + rest


@pytest.mark.parametrize("language", ["it", "en", "de", "fr"])
def test_the_guide_and_the_facts_for_newcomers_agree(client, language):
    """Distances, times by car and the register's months are the same in the moving guide and
    in the facts the services index shows (both from borgo/demo_data/village.yaml)."""
    guide = Page.objects.live().get(
        locale__language_code=language,
        translation_key=Page.objects.get(
            locale__language_code="it", slug="trasferirsi-a-castelmora"
        ).translation_key,
    )
    index = ServiceIndexPage.objects.live().get(locale__language_code=language)
    guide_html = client.get(guide.url).content.decode()
    index_html = client.get(index.url).content.decode()
    guide_rows, hub_rows = rows(guide_html), rows(index_html)
    shared = set(guide_rows) & set(hub_rows)
    assert len(shared) >= 3, (guide_rows, hub_rows)  # the nearest station and both airports
    for name in shared:
        distance, by_car = guide_rows[name][:2]
        _kind, hub_distance, hub_by_car = hub_rows[name][:3]
        assert (hub_distance, minutes(hub_by_car)) == (distance, minutes(by_car)), name
    months = {village.TEMPORARY_REGISTER_MONTHS}
    assert set(map(int, REGISTER_MONTHS.findall(guide_html))) == months
    assert set(map(int, REGISTER_MONTHS.findall(index_html))) == months


@pytest.mark.parametrize("language", ["it", "en", "de", "fr"])
def test_the_guide_gives_the_patron_feast_on_the_day_the_spaces_close(client, language):
    """The "Living in Castelmora" guide and the co-working spaces' closure days name one date for
    San Rocco (borgo/demo_data/village.yaml), written as each language writes dates."""
    guide = Page.objects.live().get(
        locale__language_code=language,
        translation_key=Page.objects.get(
            locale__language_code="it", slug="vivere-a-castelmora"
        ).translation_key,
    )
    closed = {
        (day.month, day.day)
        for day in ClosureDay.objects.filter(locale__language_code=language).values_list(
            "date", flat=True
        )
    }
    assert closed == {village.PATRON_FEAST}
    text = strip_tags(client.get(guide.url).content.decode())
    assert text.count(day_of_year(village.PATRON_FEAST, language)) == 2  # the list and a caption
