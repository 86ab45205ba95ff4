"""Reads the demo's data files: `<app>/demo_data/<section>.yaml`, one per section.

Every app keeps its demo content in YAML next to its code (borgo/demo_data, attractions/demo_data,
coworking/demo_data, listings/demo_data, borgo/campaigns/demo_data); the modules that seed the demo
only read them. A file is one mapping; its keys are the names the loading module exports.

Conventions, the same in every file:

- Translations are always keyed by language code (it, en, de, fr): one translated string is
  `alt: {it: …, en: …}`; the several texts of one page or place are one mapping of named fields
  per language, `texts: {it: {title: …, slug: …}, en: {…}}`; a file or entry that is one page
  only (home.yaml, an index page) is that mapping itself, `{it: {title: …}, en: {…}}`.
- Records are mappings with named fields; only short runs of facts stay lists (opening hours
  `[days, opens, closes]`, a booked period `[arrival, departure, source, note]`, a GPS point).
- The village's facts (postal code, phone, addresses, distances by road, …) are stated once, in
  borgo/demo_data/village.yaml. Other files name them with a placeholder, `{postal_code}`, filled
  in here; a value that is nothing but a placeholder takes the fact's own type (a number, a
  [km, minutes] pair). An unknown placeholder is an error, so a typo cannot reach a page.
  A fact that each language writes its own way (a date: `{patron_feast_day}` is "16 agosto",
  "16. August") is filled in with the language of the mapping key it sits under.
- `!time 09:00` is a time of day, `!decimal 2.50` an exact amount; dates are YAML dates.
"""

import datetime
import decimal
import functools
import re
from pathlib import Path

import yaml
from django.conf import settings
from django.utils import translation

from borgo.local_formats import local_date

ROOT = Path(__file__).resolve().parent.parent.parent
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


class Loader(yaml.SafeLoader):
    """YAML's safe loader with the demo's two tags."""


Loader.add_constructor(
    "!time", lambda loader, node: datetime.time.fromisoformat(loader.construct_scalar(node))
)
Loader.add_constructor(
    "!decimal", lambda loader, node: decimal.Decimal(loader.construct_scalar(node))
)


def path(app, section):
    return ROOT / app / "demo_data" / f"{section}.yaml"


def read(app, section):
    """The file as written, placeholders left in."""
    with path(app, section).open(encoding="utf-8") as file:
        return yaml.load(file, Loader=Loader)


@functools.cache
def load(app, section):
    """The file with the village's facts filled in. Cached: callers must not change it."""
    return fill(read(app, section), placeholders(), f"{app}/demo_data/{section}.yaml")


class InEachLanguage:
    """A fact each language writes its own way: `text(language)` gives it."""

    def __init__(self, text):
        self.text = text


def fill(value, facts, where="data", language=None):
    """`value` with every `{name}` replaced by the fact `name`; `language` is the language of the
    text, taken from the nearest mapping key that is a language code."""
    if isinstance(value, dict):
        codes = {code for code, _name in settings.LANGUAGES}
        return {
            key: fill(item, facts, where, key if key in codes else language)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [fill(item, facts, where, language) for item in value]
    if not isinstance(value, str):
        return value
    for name in PLACEHOLDER.findall(value):
        if name not in facts:
            raise KeyError(f"{where}: {{{name}}} is not a fact of borgo/demo_data/village.yaml")
        if isinstance(facts[name], InEachLanguage) and language is None:
            raise KeyError(f"{where}: {{{name}}} is written per language, outside a language key")

    def fact(name):
        found = facts[name]
        return found.text(language) if isinstance(found, InEachLanguage) else found

    whole = PLACEHOLDER.fullmatch(value)
    if whole:
        return fact(whole[1])
    return PLACEHOLDER.sub(lambda match: str(fact(match[1])), value)


def by_road(place):
    """(km, minutes) → ["18 km", "25 min"] or ["62 km", "1 h 5 min"], as the site writes
    durations (attractions' `duration` filter)."""
    km, minutes = place
    hours, rest = divmod(minutes, 60)
    return [f"{km} km", f"{hours} h {rest} min" if hours else f"{rest} min"]


def day_of_year(month_day, language):
    """[8, 16] → "16 agosto", "16 August", "16. August", "16 août", as the site writes dates."""
    with translation.override(language):
        return local_date(datetime.date(2000, *month_day), "day_month")


def placeholders():
    """{name: value} of every placeholder the data files may use: each fact; for each place by
    road `<place>` ([km, minutes]), `<place>_km` ("18 km") and `<place>_by_car` ("25 min"); and
    `patron_feast_day`, the feast's date in the text's language."""
    village = read("borgo", "village")
    facts = {name: value for name, value in village.items() if name != "by_road"}
    for place, distance in village["by_road"].items():
        facts[place] = distance
        facts[f"{place}_km"], facts[f"{place}_by_car"] = by_road(distance)
    facts["patron_feast_day"] = InEachLanguage(
        functools.partial(day_of_year, village["patron_feast"])
    )
    return facts
