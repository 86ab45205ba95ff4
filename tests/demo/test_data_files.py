"""The demo's data files state each village fact once: in borgo/demo_data/village.yaml.

Every other file names a fact with a placeholder (borgo/demo/data.py); these tests read the
files as written, before the placeholders are filled in. test_facts.py checks the result on
the pages.
"""

import re

import pytest

from borgo.demo import data, village

FILES = sorted([*data.ROOT.glob("*/demo_data/*.yaml"), *data.ROOT.glob("*/*/demo_data/*.yaml")])
VILLAGE = data.path("borgo", "village")
OTHER_FILES = [path for path in FILES if path != VILLAGE]


def section(path):
    """(app folder, section) of a data file's path."""
    return path.parent.parent.relative_to(data.ROOT).as_posix(), path.stem


def strings(value):
    """Every string inside `value`, keys included."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, str):
        yield value


def written(path):
    """The file's strings as written, placeholders left in."""
    return list(strings(data.read(*section(path))))


def test_every_app_keeps_its_demo_in_data_files():
    assert {section(path)[0] for path in FILES} == {
        "attractions",
        "borgo",
        "borgo/campaigns",
        "coworking",
        "listings",
    }
    assert VILLAGE in FILES


# A fact as it would read if written out instead of named (in any of the ways the languages
# write it): not followed by another digit, so that "Piazza del Municipio 1" is not
# "Piazza del Municipio 12".
WRITTEN_OUT = {
    "postal_code": [village.POSTAL_CODE],
    "phone": [village.PHONE],
    "email": [village.EMAIL],
    "town_hall_address": [village.TOWN_HALL_ADDRESS],
    "pharmacy_address": [village.PHARMACY_ADDRESS],
    "fwa_download_mbps": [f"{village.FWA_DOWNLOAD_MBPS} Mbit/s"],
    "patron_feast_day": [
        data.day_of_year(village.PATRON_FEAST, language) for language in ("it", "en", "de", "fr")
    ],
    **{
        f"{place}_km": [village.by_road(distance)[0]]
        for place, distance in village.FACTS["by_road"].items()
    },
}


@pytest.mark.parametrize("fact", sorted(WRITTEN_OUT))
@pytest.mark.parametrize("path", OTHER_FILES, ids=lambda path: "/".join(section(path)))
def test_no_data_file_but_the_villages_states_a_fact(path, fact):
    ways = "|".join(re.escape(text) for text in WRITTEN_OUT[fact])
    pattern = re.compile(rf"(?<![\w.,])({ways})(?!\d)")
    found = [text for text in written(path) if pattern.search(text)]
    assert not found, f"write {{{fact}}} instead: {found[:3]}"


def test_the_village_file_states_each_fact_once():
    facts = [value for value in village.FACTS.values() if isinstance(value, str)]
    assert len(facts) == len(set(facts))
    assert set(WRITTEN_OUT) <= set(village.placeholders())


@pytest.mark.parametrize("path", OTHER_FILES, ids=lambda path: "/".join(section(path)))
def test_every_placeholder_is_a_fact(path):
    used = {name for text in written(path) for name in data.PLACEHOLDER.findall(text)}
    assert used <= set(village.placeholders()), used - set(village.placeholders())
    data.load(*section(path))  # and the file loads


def test_the_facts_are_named_in_the_data_files():
    used = {
        name
        for path in OTHER_FILES
        for text in written(path)
        for name in data.PLACEHOLDER.findall(text)
    }
    assert {"postal_code", "phone", "email", "town_hall_address", "pharmacy_address"} <= used
    assert {"fwa_download_mbps", "temporary_register_months", "valle_sauro_station_km"} <= used
    assert "patron_feast_day" in used


def test_a_misspelt_placeholder_is_an_error():
    facts = village.placeholders()
    assert data.fill({"a": ["CAP {postal_code}"]}, facts) == {"a": [f"CAP {village.POSTAL_CODE}"]}
    with pytest.raises(KeyError, match="postal_cod"):
        data.fill({"a": ["CAP {postal_cod}"]}, facts)


def test_a_value_that_is_only_a_placeholder_keeps_the_facts_type():
    facts = village.placeholders()
    assert data.fill("{fwa_download_mbps}", facts) == village.FWA_DOWNLOAD_MBPS
    assert data.fill("{potenza}", facts) == list(village.POTENZA)
    assert data.fill("{potenza_by_car}", facts) == "1 h 5 min"


def test_a_date_is_written_in_the_language_of_its_text():
    facts = village.placeholders()
    texts = {"it": "il {patron_feast_day}", "de": {"caption": ["am {patron_feast_day}"]}}
    assert data.fill({"page": texts}, facts) == {
        "page": {"it": "il 16 agosto", "de": {"caption": ["am 16. August"]}}
    }
    assert data.day_of_year((8, 16), "en") == "16 August"
    assert data.day_of_year((8, 16), "fr") == "16 août"
    with pytest.raises(KeyError, match="outside a language key"):
        data.fill({"page": "the {patron_feast_day}"}, facts)


DEMO_CODE = [
    path
    for pattern in ("borgo/demo/*.py", "*/demo*.py", "*/demo_data/*.py", "*/demo_content/*.py")
    for path in data.ROOT.glob(pattern)
] + [data.ROOT / "listings" / "plan_demo.py"]


@pytest.mark.parametrize("path", DEMO_CODE, ids=lambda path: str(path.relative_to(data.ROOT)))
def test_the_demos_python_only_loads_data(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400
