"""The admin an Italian editor opens speaks Italian (README, "Admin language").

Each English string here was once shown to Italian staff, each for its own reason: "Upload" was
the project's speed-test column shadowing Wagtail's translation; "1-4 of 4 pagine" is a Wagtail
8 string its Italian catalogue lacks (the project's catalogue supplies it); "Submit to
Moderators approval" named Wagtail's default workflow, renamed in Italian; the Territory menu
items had no label at all; dates read "04 Dicembre 2026" (borgo/formats/)."""

import json
import re

import pytest
from django.urls import reverse
from wagtail.models import Task, Workflow

from borgo.staff import WAGTAIL_DEFAULT_NAME, name_workflow_in_italian
from tests.factories import ContentPageFactory
from tests.listings.factories import AccommodationFactory, RealEstateFactory

pytestmark = pytest.mark.django_db
ENGLISH = [
    "Upload",
    "More actions",
    "Save Selected",
    "Submit to",
    "Moderators approval",
    "December",
    "Save draft",
    "Choose",
]
ENGLISH_PAGINATION = re.compile(r"\d+-\d+ of \d+")


def visible_text(response):
    """The page's text and its attributes' values, without scripts and style sheets."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.DOTALL)
    return html


@pytest.fixture
def italian_pages(listing_editor, homes):
    page = ContentPageFactory(parent=homes["it"], title="Trasferirsi qui")
    page.save_revision().publish()
    AccommodationFactory(expires_on="2026-12-04")
    RealEstateFactory()
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer": reverse("wagtailadmin_explore", args=[homes["it"].pk]),
        "page edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "accommodation": reverse("wagtailsnippets_listings_accommodation:list"),
        "properties": reverse("wagtailsnippets_listings_realestate:list"),
        "image upload": reverse("wagtailimages:add_multiple"),
        "image add": reverse("wagtailimages:add"),
        "image chooser": reverse("wagtailimages_chooser:choose"),
    }


def test_admin_pages_have_no_english(listing_editor, italian_pages):
    for name, url in italian_pages.items():
        response = listing_editor.get(url)
        assert response.status_code == 200, name
        text = visible_text(response)
        found = [word for word in ENGLISH if re.search(rf"(?<![\w-]){word}(?![\w-])", text)]
        found += ENGLISH_PAGINATION.findall(text)
        assert found == [], name


def test_italian_replaces_each_english_string(listing_editor, italian_pages):
    explorer = listing_editor.get(italian_pages["explorer"]).content.decode()
    assert re.search(r"1-1 di 1 pagin", explorer)
    edit = listing_editor.get(italian_pages["page edit"]).content.decode()
    assert "Invia a Moderazione" in edit
    stays = listing_editor.get(italian_pages["accommodation"]).content.decode()
    assert "4 dicembre 2026" in stays  # not "04 Dicembre 2026" (Django's Italian format)
    upload = listing_editor.get(italian_pages["image add"]).content.decode()
    assert ">Carica</em>" in upload


def test_territory_menu_items_have_labels(listing_editor):
    body = listing_editor.get(reverse("wagtailadmin_home")).content.decode()
    props = re.search(r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', body, re.S)
    sidebar = json.dumps(json.loads(props.group(1)), ensure_ascii=False)
    for label in ("Attrazioni", "Attività", "Servizi"):
        assert f'"label": "{label}"' in sidebar


def test_wagtails_default_workflow_is_renamed_once():
    Workflow.objects.update(name=WAGTAIL_DEFAULT_NAME)
    name_workflow_in_italian(Workflow, Task)
    name_workflow_in_italian(Workflow, Task)
    assert set(Workflow.objects.values_list("name", flat=True)) == {"Moderazione"}
    assert not Task.objects.filter(name=WAGTAIL_DEFAULT_NAME).exists()
