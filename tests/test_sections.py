"""Apps add home sections and nearby lists through borgo.sections, in registration order."""

from types import SimpleNamespace

import pytest

from borgo import sections
from borgo.place_facts import Distance


@pytest.fixture
def clean_registry(monkeypatch):
    monkeypatch.setattr(sections, "HOME_SECTIONS", [])
    monkeypatch.setattr(sections, "NEARBY_PROVIDERS", [])


@pytest.mark.django_db
def test_home_shows_registered_sections_in_order(client, homes, clean_registry):
    sections.register_home_section(lambda request, home: None)
    sections.register_home_section(lambda request, home: ("includes/nearby.html", {"lists": []}))
    assert sections.home_sections(None, homes["it"]) == [("includes/nearby.html", {"lists": []})]
    assert client.get("/it/").status_code == 200


def test_nearby_lists_skip_empty_providers_and_unlocated_origins(clean_registry):
    item = SimpleNamespace(title="Castello")
    sections.register_nearby("Luoghi", "t.html", lambda origin, limit: [(item, Distance(0.4))])
    sections.register_nearby("Alloggi", "t.html", lambda origin, limit: [])
    located = SimpleNamespace(has_coordinates=True)
    lists = sections.nearby_lists(located)
    assert [(provider.heading, items[0][0]) for provider, items in lists] == [("Luoghi", item)]
    assert sections.nearby_lists(SimpleNamespace(has_coordinates=False)) == []
