"""The languages a service may speak: wider than the site's four, the languages newcomers
arrive with (ISO 639-1 codes, also valid BCP 47 tags for schema.org)."""

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

# Named through Django's own catalogue of language names, translated in every site language.
SPOKEN_LANGUAGES = [
    (code, _(LANG_INFO[code]["name"]))
    for code in ("it", "en", "de", "fr", "es", "pt", "nl", "pl", "ro", "uk", "ar")
]
