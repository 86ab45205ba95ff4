"""README's "How to add a page type", followed: a throw-away page type appears everywhere the
recipe promises, and no file outside its own app names it.

The type (`tests/throwaway_pages`: apps.py, models.py, its migration and template) is written
from the recipe alone and installed by tests/settings.py only. If a part of the site listed the
page types it knows (a sitemap, a search or a metadata path for known types), these tests fail.
"""

import os
import re
from html import unescape
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.rich_text import RichText

from tests.conftest import publish_translation
from tests.json_ld import described_thing, json_ld
from tests.settings import INSTALLED_APPS
from tests.test_code_shape import ROOT, SKIPPED_DIRS
from tests.throwaway_pages.models import HerbPage

pytestmark = pytest.mark.django_db

BASE_URL = "https://www.castelmora.example"
# The files the recipe writes, and the one line that installs its app for the tests.
THE_RECIPES_FILES = (
    "tests/throwaway_pages/",
    "tests/settings.py",
    "tests/test_page_type_recipe.py",
)
SOURCE_SUFFIXES = {".py", ".html", ".txt", ".js", ".css", ".toml", ".cfg", ".yaml", ".yml"}


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.BASE_URL = BASE_URL


@pytest.fixture
def herb(homes):
    """A herb page in Italian, translated into English (German and French are not)."""
    italian = homes["it"].add_child(
        instance=HerbPage(
            title="Origano dei calanchi",
            slug="origano",
            summary="Raccolto a luglio sui calanchi sotto il paese.",
            body=[("paragraph", RichText("<p>Si secca all'ombra.</p>"))],
        )
    )
    italian.save_revision().publish()
    english = publish_translation(
        italian,
        "en",
        title="Badlands oregano",
        slug="oregano",
        summary="Picked in July on the badlands below the village.",
    )
    return {"it": italian, "en": english}


def search_url(language_code):
    with translation.override(language_code):
        return reverse("search")


def meta(body, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', body)
    return unescape(match.group(1)) if match else None


def test_the_page_is_in_the_sitemap_with_its_translation(client, herb):
    italian = client.get("/sitemap-it.xml").content.decode()
    assert f"<loc>{BASE_URL}/it/origano/</loc>" in italian
    assert f'hreflang="en" href="{BASE_URL}/en/oregano/"' in italian
    assert f"<loc>{BASE_URL}/en/oregano/</loc>" in client.get("/sitemap-en.xml").content.decode()


def test_the_page_is_found_by_site_search_through_its_search_fields(client, herb):
    by_title = client.get(search_url("en"), {"q": "oregano"}).content.decode()
    assert '<a href="/en/oregano/">Badlands <mark>oregano</mark></a>' in by_title
    by_summary = client.get(search_url("it"), {"q": "calanchi"}).content.decode()
    assert '<a href="/it/origano/">' in by_summary
    assert "/en/oregano/" not in by_summary.split("<main")[1]  # the visitor's language only


def test_the_page_has_its_head_metadata(client, herb):
    body = client.get("/it/origano/").content.decode()
    assert "<title>Origano dei calanchi · " in body
    description = "Raccolto a luglio sui calanchi sotto il paese."
    assert meta(body, "name", "description") == description
    assert f'<link rel="canonical" href="{BASE_URL}/it/origano/">' in body
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', body))
    assert alternates == {
        "it": f"{BASE_URL}/it/origano/",
        "en": f"{BASE_URL}/en/oregano/",
        "x-default": f"{BASE_URL}/it/origano/",
    }
    assert meta(body, "property", "og:title") == "Origano dei calanchi"
    assert meta(body, "property", "og:description") == description
    assert meta(body, "property", "og:url") == f"{BASE_URL}/it/origano/"
    assert meta(body, "property", "og:locale:alternate") == "en_GB"


def test_the_page_describes_itself_in_json_ld(client, herb):
    body = client.get("/en/oregano/").content.decode()
    assert described_thing(body) == {
        "@type": "Article",
        "@id": f"{BASE_URL}/en/oregano/#herb",
        "headline": "Badlands oregano",
        "description": "Picked in July on the badlands below the village.",
        "url": f"{BASE_URL}/en/oregano/",
        "inLanguage": "en",
    }
    (trail,) = [node for node in json_ld(body) if node["@type"] == "BreadcrumbList"]
    assert trail["itemListElement"][-1]["item"] == f"{BASE_URL}/en/oregano/"


@pytest.mark.page_cache
def test_the_page_is_cached_and_retired_when_published(
    client, herb, django_capture_on_commit_callbacks
):
    assert client.get("/en/oregano/")["X-Page-Cache"] == "miss"
    assert client.get("/en/oregano/")["X-Page-Cache"] == "hit"
    herb["en"].title = "Wild oregano"
    with django_capture_on_commit_callbacks(execute=True):
        herb["en"].save_revision().publish()
    assert "Wild oregano" in client.get("/en/oregano/").content.decode()


def test_no_file_outside_the_recipes_own_names_the_page_type():
    """The recipe touches no other file: nothing of the project names the type or its app."""
    assert "tests.throwaway_pages" in INSTALLED_APPS
    names = re.compile(r"HerbPage|herb_page|throwaway_pages")
    naming = []
    for directory, subdirectories, files in os.walk(ROOT):
        subdirectories[:] = [
            name for name in subdirectories if not name.startswith(".") and name not in SKIPPED_DIRS
        ]
        for name in files:
            relative = (Path(directory) / name).relative_to(ROOT).as_posix()
            if Path(name).suffix not in SOURCE_SUFFIXES or relative.startswith(THE_RECIPES_FILES):
                continue
            if names.search((ROOT / relative).read_text(encoding="utf-8", errors="replace")):
                naming.append(relative)
    assert naming == []
