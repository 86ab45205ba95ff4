import pytest

from tests.conftest import LANGUAGE_CODES, publish_translation

from .factories import (
    ActivityIndexPageFactory,
    AttractionIndexPageFactory,
    AttractionPageFactory,
    ServiceIndexPageFactory,
)

INDEX_SLUGS = {"it": "vedere", "en": "see", "de": "sehenswertes", "fr": "a-voir"}


@pytest.fixture
def see(homes):
    """The attractions index in every language: {language code: page}."""
    italian = AttractionIndexPageFactory(parent=homes["it"])
    pages = {"it": italian}
    for code in LANGUAGE_CODES[1:]:
        pages[code] = publish_translation(italian, code, slug=INDEX_SLUGS[code])
    return pages


@pytest.fixture
def do(homes):
    return ActivityIndexPageFactory(parent=homes["it"])


@pytest.fixture
def services(homes):
    return ServiceIndexPageFactory(parent=homes["it"])


@pytest.fixture
def church(see):
    """An Italian church with an English translation."""
    italian = AttractionPageFactory(
        parent=see["it"], title="Chiesa Madre", slug="chiesa-madre", phone="+39 0971 000001"
    )
    english = publish_translation(italian, "en", title="Mother Church", slug="mother-church")
    return {"it": italian, "en": english}
