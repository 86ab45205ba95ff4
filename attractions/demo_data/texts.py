"""Shapes of the demo texts: one Texts per language for each place."""

from typing import NamedTuple


class Texts(NamedTuple):
    title: str
    slug: str
    summary: str
    alt: str  # alternative text of the place's picture
    prices: str = ""
    notes: str = ""  # seasonal notes (attractions, activities) or what newcomers must know


class Place(NamedTuple):
    key: str
    category: str
    kind: str
    lat: str
    lng: str
    address: str
    locality: str
    hours: list  # [(days, opens, closes)]
    texts: dict  # language code → Texts
    phone: str = ""
    access: tuple = (False, False, False)  # step-free, accessible toilet, disabled parking
    by_appointment: bool = False
    featured: bool = False
    extra: dict = {}  # type-specific fields, e.g. difficulty of an activity


WEEKDAYS = ["Mo", "Tu", "We", "Th", "Fr"]
MON_SAT = [*WEEKDAYS, "Sa"]
EVERY_DAY = [*MON_SAT, "Su"]
