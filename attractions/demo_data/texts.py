"""Shapes of the demo places: one Place per place, one Texts per language, built from the
section's data file (attractions/demo_data/<section>.yaml, read by borgo.demo.data)."""

from typing import NamedTuple

from borgo.demo.data import load


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


def places(section, name):
    """The Places listed under `name` in the section's file; a field left out takes its
    default above."""
    return [
        Place(
            **{
                **spec,
                "texts": {language: Texts(**texts) for language, texts in spec["texts"].items()},
            }
        )
        for spec in load("attractions", section)[name]
    ]
