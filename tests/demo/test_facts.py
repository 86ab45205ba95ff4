"""The demo says each municipal fact one way: on every page, in every language, in the JSON-LD.

The facts come from one module (borgo/demo/village.py); this reads what visitors and search
engines get: every live page's text and structured data.
"""

import re

import pytest
from django.test import Client
from django.utils.html import strip_tags
from wagtail.models import Page

from attractions.models import ServicePage
from borgo.demo import village
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
