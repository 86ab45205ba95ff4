"""The URL words of a space page's booking routes, in each language."""

# The booking routes' URL words per language. Every language's word works on every page (old
# links with "book/" and "cancel/" keep working); links are made with the page's own word.
ROUTE_WORDS = {
    "book": {"it": "prenota", "en": "book", "de": "buchen", "fr": "reserver"},
    "booked": {"it": "prenotazione", "en": "booking", "de": "buchung", "fr": "reservation"},
    "cancel": {"it": "annulla", "en": "cancel", "de": "stornieren", "fr": "annuler"},
    "pass": {"it": "abbonamento", "en": "pass", "de": "pass", "fr": "forfait"},
    "pass_booked": {
        "it": "abbonamento-prenotato",
        "en": "pass-booking",
        "de": "pass-buchung",
        "fr": "forfait-reserve",
    },
    "pass_cancel": {
        "it": "annulla-abbonamento",
        "en": "cancel-pass",
        "de": "pass-stornieren",
        "fr": "annuler-forfait",
    },
}


def route_word(route, language_code):
    words = ROUTE_WORDS[route]
    return words.get(language_code, words["en"])


def route_pattern(route):
    return "|".join(sorted(set(ROUTE_WORDS[route].values())))
