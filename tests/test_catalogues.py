"""Every interface string exists, translated, in all four languages of every catalogue.

The project's catalogue is locale/; each app may keep its own in <app>/locale/.
"""

from pathlib import Path

import polib
import pytest
from django.utils import translation

from tests.conftest import LANGUAGE_CODES

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = LANGUAGE_CODES
CATALOGUE_DIRS = [ROOT / "locale"] + sorted(
    path for path in ROOT.glob("*/locale") if not path.parent.name.startswith(".")
)


def catalogue(locale_dir, code):
    return polib.pofile(str(locale_dir / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("locale_dir", CATALOGUE_DIRS, ids=lambda path: path.parent.name)
@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_is_complete(locale_dir, code):
    entries = catalogue(locale_dir, code)
    assert len(entries) > 0
    assert entries.untranslated_entries() == []
    assert entries.fuzzy_entries() == []


@pytest.mark.parametrize("locale_dir", CATALOGUE_DIRS, ids=lambda path: path.parent.name)
def test_catalogues_hold_the_same_strings(locale_dir):
    ids = {code: {entry.msgid for entry in catalogue(locale_dir, code)} for code in LANGUAGES}
    assert ids["it"] == ids["en"] == ids["de"] == ids["fr"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("it", "Salta al contenuto principale"),
        ("de", "Zum Hauptinhalt springen"),
        ("fr", "Aller au contenu principal"),
    ],
)
def test_compiled_catalogues_are_used(code, expected):
    with translation.override(code):
        assert translation.pgettext("public site", "Skip to main content") == expected
