"""Every interface string exists, translated, in all four catalogues."""

from pathlib import Path

import polib
import pytest
from django.utils import translation

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("code", ["it", "en", "de", "fr"])
def test_catalogue_is_complete(code):
    catalogue = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 50
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("it", "Vai al contenuto principale"),
        ("de", "Zum Hauptinhalt springen"),
        ("fr", "Aller au contenu principal"),
    ],
)
def test_compiled_catalogues_are_used(code, expected):
    with translation.override(code):
        assert translation.gettext("Skip to main content") == expected


def test_catalogues_hold_the_same_strings():
    ids = {
        code: {
            entry.msgid
            for entry in polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
        }
        for code in ["it", "en", "de", "fr"]
    }
    assert ids["it"] == ids["en"] == ids["de"] == ids["fr"]
