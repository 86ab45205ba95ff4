from datetime import time, timedelta

import pytest
from django.utils import timezone

from borgo.demo.pages import DemoPages
from coworking.demo import _questionnaire
from coworking.models import (
    BookableResource,
    CoworkingIndexPage,
    CoworkingSpacePage,
    DeskPass,
    QuestionnairePage,
)

EVERY_DAY = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
# The passes every test space sells: no approval needed for the day pass.
PASSES = (
    {"name": "Ingresso giornaliero", "length_days": 1, "price": 8, "requires_approval": False},
    {"name": "Abbonamento settimanale", "length_days": 7, "price": 30},
    {"name": "Abbonamento mensile", "length_days": 30, "price": 90},
)


def make_space(parent, slug="ex-scuola", resources=(), hours=None, passes=PASSES, **fields):
    """A published space open every day from 8 to 20, national holidays included.

    Tests book days counted from today; a space closed on holidays would make them fail on
    the days before 8 December or Christmas. The holiday tests close it themselves.
    """
    fields.setdefault("closed_on_public_holidays", False)
    space = CoworkingSpacePage(
        title=fields.pop("title", "Ex Scuola Elementare"),
        slug=slug,
        address="Via Roma 12",
        postal_code="85050",
        locality="Castelmora",
        latitude="40.187300",
        longitude="15.873100",
        download_mbps=940,
        upload_mbps=280,
        amenities=["monitors", "kitchen"],
        opening_hours=[
            ("hours", {"days": days, "opens": opens, "closes": closes})
            for days, opens, closes in (hours or [(EVERY_DAY, time(8), time(20))])
        ],
        **fields,
    )
    parent.add_child(instance=space)
    for order, resource in enumerate(resources):
        BookableResource.objects.create(
            page=space, sort_order=order, locale=space.locale, **resource
        )
    for order, desk_pass in enumerate(passes):
        DeskPass.objects.create(page=space, sort_order=order, locale=space.locale, **desk_pass)
    space.save_revision().publish()
    return CoworkingSpacePage.objects.get(pk=space.pk)


def name_passes(page, names):
    """Give a translated space's passes the names its translator would."""
    for desk_pass, name in zip(page.desk_passes.all(), names, strict=True):
        desk_pass.name = name
        desk_pass.save()


DESKS = {
    "name": "Open space",
    "kind": "desk_zone",
    "seats": 3,
    "slot_minutes": 60,
    "min_minutes": 60,
    "max_minutes": 240,
    "lead_time_hours": 1,
    "horizon_days": 14,
}
ROOM = {
    "name": "Sala riunioni",
    "kind": "meeting_room",
    "seats": 8,
    "slot_minutes": 60,
    "min_minutes": 60,
    "max_minutes": 120,
    "lead_time_hours": 24,
    "horizon_days": 7,
    "requires_approval": True,
}


@pytest.fixture
def coworking_index(homes):
    index = homes["it"].add_child(
        instance=CoworkingIndexPage(title="Coworking", slug="coworking", show_in_menus=True)
    )
    index.save_revision().publish()
    return index


@pytest.fixture
def space(coworking_index):
    return make_space(coworking_index, resources=[DESKS, ROOM])


@pytest.fixture
def desks(space):
    return space.resources.get(kind="desk_zone")


@pytest.fixture
def room(space):
    return space.resources.get(kind="meeting_room")


@pytest.fixture
def tomorrow():
    return timezone.localdate() + timedelta(days=1)


@pytest.fixture
def questionnaire(homes, settings):
    """The demo questionnaire, in every language."""
    settings.STAFF_NOTIFICATION_EMAILS = ["ufficio@comune.example"]
    demo = DemoPages(stdout=type("Out", (), {"write": lambda self, text: None})())
    demo.pages["home"] = homes["it"]
    _questionnaire(demo)
    return QuestionnairePage.objects.get(locale__language_code="it")
