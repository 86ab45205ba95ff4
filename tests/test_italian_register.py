"""The project's Italian addresses its readers with *Lei*, staff and visitors alike (README,
"Admin language"): no *tu* and no *voi* in the Italian catalogues.

The check is a list of tell-tale forms: second-person words that cannot be anything else
(tuo, hai, puoi, vostro…) and *tu*/*voi* imperatives that differ from the third person (Scegli,
Aggiungi, Iscriviti, Lasciate…). Labels such as "Cerca", "Invia" or "Prenota" read the same in
the third person and are the usual button labels, so they are not flagged."""

import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = [ROOT / "locale"] + sorted(ROOT.glob("*/locale"))
TU_WORDS = (
    "tu tuo tua tuoi tue ti hai puoi devi vuoi sai vostro vostra vostri vostre potete "
    "dovete volete avete siete"
)
TU_IMPERATIVES = (
    "scegli inserisci aggiungi lascia descrivi scrivi chiedi riprova scopri clicca compila leggi "
    "vieni vai iscriviti registrati accedi indica controlla usa spunta riparti apri imposta "
    "lasciate spuntate scrivete telefonate scegliete inserite indicate aggiungete controllate "
    "compilate usate provate annullate inviatelo indicatelo"
)
WORD = re.compile(r"\b(" + "|".join(TU_WORDS.split()) + r")\b", re.IGNORECASE)
# An imperative opens its sentence (or a label): at the start, or after . : ; ! ? or a dash.
# "Imposta di soggiorno" is the tourist tax, a noun.
IMPERATIVE = re.compile(
    r"(?:^|[.:;!?–—]\s+)(" + "|".join(TU_IMPERATIVES.split()) + r")\b(?! di soggiorno)",
    re.IGNORECASE,
)


def tu_forms(text):
    return WORD.findall(text) + IMPERATIVE.findall(text)


@pytest.mark.parametrize("locale_dir", CATALOGUES, ids=lambda path: path.parent.name)
def test_italian_strings_use_lei(locale_dir):
    catalogue = polib.pofile(str(locale_dir / "it" / "LC_MESSAGES" / "django.po"))
    offending = [
        (entry.msgid, entry.msgstr)
        for entry in catalogue
        for text in [entry.msgstr, *entry.msgstr_plural.values()]
        if text and tu_forms(text)
    ]
    assert offending == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Scegli una pagina o un link.", True),
        ("Abbiamo ricevuto il tuo messaggio.", True),
        ("Iscriviti", True),
        ("Spuntate se i visitatori devono prenotare.", True),
        ("Scelga una pagina o un link.", False),
        ("Se vuota, si usa l'immagine principale.", False),
        ("Cerca", False),
        ("Le regole d'uso della sala", False),
        ("Le date sono cambiate: inviatelo di nuovo.", True),
        ("Imposta il calendario.", True),
        ("Imposta di soggiorno", False),
    ],
)
def test_the_check_tells_tu_from_lei(text, flagged):
    assert bool(tu_forms(text)) is flagged
