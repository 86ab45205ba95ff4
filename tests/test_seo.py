"""Head metadata, JSON-LD, sitemaps, robots.txt, redirects and site search."""

import re
from html import unescape
from pathlib import Path

import pytest
import xmlschema
from wagtail.models import Locale, Page

from tests.conftest import LANGUAGE_CODES

from .attractions.factories import AttractionIndexPageFactory, AttractionPageFactory
from .conftest import publish_translation
from .factories import ContentPageFactory, ImageFactory
from .json_ld import json_ld

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).resolve().parent / "schemas"
SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.BASE_URL = "https://www.castelmora.example"


def head_links(body):
    """{hreflang: href} of the page's <link rel="alternate">."""
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', body))


def meta(body, attribute, name):
    """The content of a meta tag as a reader gets it: entities such as &#x27; are one letter."""
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', body)
    return unescape(match.group(1)) if match else None


def canonical(body):
    return re.search(r'<link rel="canonical" href="([^"]+)">', body).group(1)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?page=2", "?page=2"),
        ("?page=2&utm_source=newsletter", "?page=2"),
        ("?page=1", ""),
        ("?utm_source=newsletter", ""),
    ],
)
def test_a_paginated_index_is_canonical_under_its_own_page_number(client, homes, query, expected):
    index = AttractionIndexPageFactory(parent=homes["it"])
    for _ in range(14):  # two pages of results
        AttractionPageFactory(parent=index)
    body = client.get(index.url + query).content.decode()
    assert canonical(body) == f"https://www.castelmora.example{index.url}{expected}"


def test_content_page_head_has_canonical_alternates_and_cards(client, guide):
    guide["it"].image = ImageFactory(width=1600, height=1000)
    guide["it"].save_revision().publish()
    body = client.get("/it/trasferirsi-qui/").content.decode()
    assert (
        '<link rel="canonical" href="https://www.castelmora.example/it/trasferirsi-qui/">' in body
    )
    assert head_links(body) == {
        "it": "https://www.castelmora.example/it/trasferirsi-qui/",
        "en": "https://www.castelmora.example/en/moving-here/",
        "x-default": "https://www.castelmora.example/it/trasferirsi-qui/",
    }
    assert meta(body, "name", "description") == "Tutto quello che serve sapere."
    assert meta(body, "property", "og:title") == "Trasferirsi qui"
    assert meta(body, "property", "og:url") == "https://www.castelmora.example/it/trasferirsi-qui/"
    assert meta(body, "property", "og:locale") == "it_IT"
    assert meta(body, "property", "og:locale:alternate") == "en_GB"
    image = meta(body, "property", "og:image")
    assert image.startswith("https://www.castelmora.example/media/images/")
    assert "1200x627" in image
    assert meta(body, "name", "twitter:card") == "summary_large_image"
    assert "<title>Trasferirsi qui · " in body


def test_editor_description_wins_over_summary(client, guide):
    guide["en"].search_description = "A practical guide for remote workers."
    guide["en"].save_revision().publish()
    body = client.get("/en/moving-here/").content.decode()
    assert meta(body, "name", "description") == "A practical guide for remote workers."


def test_noindex_pages_ask_robots_to_stay_away_and_leave_the_sitemap(client, guide):
    guide["en"].noindex = True
    guide["en"].save_revision().publish()
    body = client.get("/en/moving-here/").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in body
    sitemap = client.get("/sitemap-en.xml").content.decode()
    assert "/en/moving-here/" not in sitemap
    # Nor is it offered as an alternate of the Italian page: alternates must be reciprocal.
    assert "/en/moving-here/" not in client.get("/sitemap-it.xml").content.decode()


def test_home_describes_the_website_and_the_municipality(client, homes, municipality):
    graph = json_ld(client.get("/de/").content.decode())
    website = next(o for o in graph if o["@type"] == "WebSite")
    assert website["inLanguage"] == "de"
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert (
        action["target"]["urlTemplate"]
        == "https://www.castelmora.example/de/suche/?q={search_term_string}"
    )
    organization = next(o for o in graph if o["@type"] == "GovernmentOrganization")
    assert organization["name"] == "Comune di Castelmora"
    assert website["publisher"] == {"@id": organization["@id"]}


def test_other_pages_carry_their_breadcrumb_trail(client, guide):
    child = ContentPageFactory(parent=guide["it"], title="Il medico", slug="il-medico")
    graph = json_ld(client.get(child.url).content.decode())
    trail = next(o for o in graph if o["@type"] == "BreadcrumbList")["itemListElement"]
    assert [(item["position"], item["name"]) for item in trail] == [
        (1, "Castelmora"),
        (2, "Trasferirsi qui"),
        (3, "Il medico"),
    ]
    assert trail[-1]["item"] == "https://www.castelmora.example/it/trasferirsi-qui/il-medico/"


def test_sitemap_index_lists_one_valid_sitemap_per_language(client, guide):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xmlschema.XMLSchema(SCHEMAS / "siteindex.xsd").validate(response.content.decode())
    locations = re.findall(r"<loc>([^<]+)</loc>", response.content.decode())
    assert locations == [
        f"https://www.castelmora.example/sitemap-{code}.xml" for code in LANGUAGE_CODES
    ]


def test_language_sitemap_is_valid_with_reciprocal_alternates(client, guide):
    schema = xmlschema.XMLSchema(SCHEMAS / "sitemap.xsd")
    documents = {code: client.get(f"/sitemap-{code}.xml").content.decode() for code in ["it", "en"]}
    for document in documents.values():
        schema.validate(document)
    italian = documents["it"]
    assert "<loc>https://www.castelmora.example/it/trasferirsi-qui/</loc>" in italian
    assert "<lastmod>" in italian
    for document in documents.values():
        assert (
            '<xhtml:link rel="alternate" hreflang="en" href="https://www.castelmora.example/en/moving-here/"/>'
            in document
        )
        assert (
            '<xhtml:link rel="alternate" hreflang="x-default" '
            'href="https://www.castelmora.example/it/trasferirsi-qui/"/>' in document
        )


def test_drafts_and_private_pages_stay_out_of_the_sitemap(client, guide):
    draft = ContentPageFactory(parent=guide["it"], slug="bozza")
    draft.unpublish()
    assert "/it/trasferirsi-qui/bozza/" not in client.get("/sitemap-it.xml").content.decode()


@pytest.fixture
def german_alias(guide, homes):
    """The guide in the German tree as wagtail-localize's tree sync leaves it: an alias."""
    return guide["it"].create_alias(
        parent=homes["de"],
        update_locale=Locale.objects.get(language_code="de"),
        reset_translation_key=False,  # as wagtail-localize does
    )


def test_an_alias_is_neither_a_sitemap_entry_nor_an_alternate(client, german_alias):
    assert german_alias.live and german_alias.url == "/de/trasferirsi-qui/"
    for section in ("de", "it"):  # as an entry, as the Italian page's alternate
        assert german_alias.url not in client.get(f"/sitemap-{section}.xml").content.decode()


def test_an_alias_is_shown_as_not_translated(client, german_alias):
    body = client.get("/it/trasferirsi-qui/").content.decode()
    assert "de" not in head_links(body)
    assert 'lang="de">Deutsch <small>' in body


def test_an_alias_is_no_search_result(client, german_alias):
    body = client.get("/de/suche/", {"q": "Trasferirsi"}).content.decode()
    assert german_alias.url not in body.split("<main")[1]


def test_unknown_sitemap_section_is_a_404(client, homes):
    assert client.get("/sitemap-xx.xml").status_code == 404


def test_robots_txt_names_the_sitemap_and_fences_off_admin_and_search(client, homes):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: https://www.castelmora.example/sitemap.xml" in lines
    for path in ["/admin/", "/it/cerca/", "/en/search/", "/de/suche/", "/fr/recherche/"]:
        assert f"Disallow: {path}" in lines


@pytest.mark.parametrize("code", ["it", "en"])
def test_changing_a_slug_leaves_a_permanent_redirect(
    client, guide, code, django_capture_on_commit_callbacks
):
    page = guide[code]
    old_url = page.url
    with django_capture_on_commit_callbacks(execute=True):
        page.slug = f"{page.slug}-nuovo"
        page.save_revision().publish()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith(f"/{code}/{page.slug}/")


def test_moving_a_page_leaves_a_permanent_redirect(
    client, guide, django_capture_on_commit_callbacks
):
    home = guide["en"].get_parent()
    section = ContentPageFactory(parent=home, title="Guides", slug="guides")
    publish_translation(section, "it", slug="guide-sezione")  # irrelevant translation
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=guide["en"].pk).move(section, pos="last-child")
    response = client.get("/en/moving-here/")
    assert response.status_code == 301
    assert response["Location"].endswith("/en/guides/moving-here/")


def test_search_finds_pages_in_the_visitors_language_with_highlights(client, guide):
    response = client.get("/en/search/", {"q": "moving"})
    body = response.content.decode()
    assert response.status_code == 200
    assert '<a href="/en/moving-here/"><mark>Moving</mark> here</a>' in body
    assert "/it/trasferirsi-qui/" not in body.split("<main")[1]
    assert '<meta name="robots" content="noindex, follow">' in body


@pytest.mark.parametrize(
    "params",
    [
        {"q": "<script>alert(1)</script>"},
        {"q": "x" * 5000},
        {"q": "' OR 1=1 --", "page": "-3"},
        {"q": "moving", "page": "999999999999999999999"},
        {"q": "moving", "page": "abc"},
        {"q": "\x00\x01"},
        {"q": 'AND OR NOT ( ) " *'},
    ],
)
def test_search_survives_hostile_queries(client, guide, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Short  and\nclean.", "Short and clean."),
        ("Fibra fino a casa nel centro storico", "Fibra fino a…"),
        ("Fibra fino a casa", "Fibra fino a casa"),
        ("Fibra fino a, casa nostra", "Fibra fino a…"),
    ],
)
def test_descriptions_are_cut_at_a_whole_word(text, expected):
    from seo.metadata import shorten

    length = 17
    assert shorten(text, length) == expected
    assert len(shorten(text, length)) <= length
