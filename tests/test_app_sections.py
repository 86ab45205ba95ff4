"""Apps add home sections and nearby lists through borgo.app_sections' hooks, in hook order."""

from types import SimpleNamespace

import pytest
from wagtail import hooks

from borgo import app_sections
from borgo.app_sections import HOME_SECTION_HOOK, NEARBY_HOOK, NearbyProvider
from borgo.place_facts import Distance
from coworking.models import EventIndexPage

from .coworking.test_events import add_event


@pytest.fixture
def clean_registry(monkeypatch):
    """Only the hooks a test registers: the apps' own are set aside."""
    hooks.search_for_hooks()
    monkeypatch.setitem(hooks._hooks, HOME_SECTION_HOOK, [])
    monkeypatch.setitem(hooks._hooks, NEARBY_HOOK, [])


@pytest.mark.django_db
def test_home_shows_registered_sections_in_order(client, homes, clean_registry):
    with (
        hooks.register_temporarily(HOME_SECTION_HOOK, lambda request, home: None),
        hooks.register_temporarily(
            HOME_SECTION_HOOK, lambda request, home: ("includes/nearby.html", {"lists": []})
        ),
    ):
        found = app_sections.home_sections(None, homes["it"])
        assert found == [("includes/nearby.html", {"lists": []})]
        assert client.get("/it/").status_code == 200


def test_nearby_lists_skip_empty_providers_and_unlocated_origins(clean_registry):
    item = SimpleNamespace(title="Castello")
    places = NearbyProvider("Luoghi", "t.html", lambda origin, limit: [(item, Distance(0.4))])
    stays = NearbyProvider("Alloggi", "t.html", lambda origin, limit: [])
    with (
        hooks.register_temporarily(NEARBY_HOOK, places),
        hooks.register_temporarily(NEARBY_HOOK, stays),
    ):
        lists = app_sections.nearby_lists(SimpleNamespace(has_coordinates=True))
        assert [(provider.heading, items[0][0]) for provider, items in lists] == [("Luoghi", item)]
        assert app_sections.nearby_lists(SimpleNamespace(has_coordinates=False)) == []


@pytest.mark.django_db
def test_the_home_sections_are_rendered_once_while_the_content_stays(
    client, homes, settings, django_capture_on_commit_callbacks
):
    settings.CHROME_MEMO_SECONDS = 600
    events = homes["it"].add_child(instance=EventIndexPage(title="Eventi", slug="eventi"))
    events.save_revision().publish()
    add_event(events, "Corso digitale", 5)
    first, again = client.get("/it/"), client.get("/it/")
    section = "coworking/includes/home_events.html"
    assert section in {template.name for template in first.templates}
    assert section not in {template.name for template in again.templates}
    assert again.content == first.content and "Corso digitale" in first.content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # a new generation on commit
        add_event(events, "Mercato contadino", 2)
    assert "Mercato contadino" in client.get("/it/").content.decode()
