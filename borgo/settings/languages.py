"""The site's languages, from LANGUAGES alone (every other module and template derives them
from here), time zone, formats and translation."""

from django.core.exceptions import ImproperlyConfigured

from .environment import BASE_DIR, env

# Languages: Italian first and default. LANGUAGES may narrow the set (e.g. "it,en").
LANGUAGE_NAMES = {
    "it": "Italiano",
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
}
LANGUAGE_CODE = "it"
LANGUAGES = [
    (code, LANGUAGE_NAMES[code]) for code in env.list("LANGUAGES", default=["it", "en", "de", "fr"])
]
if LANGUAGES[0][0] != LANGUAGE_CODE:
    raise ImproperlyConfigured("LANGUAGES must start with Italian (it), the default language.")
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin speaks every language the project has catalogues for, whatever LANGUAGES narrows.
WAGTAILADMIN_PERMITTED_LANGUAGES = list(LANGUAGE_NAMES.items())
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Rome")
USE_I18N = True
USE_TZ = True
# Italian dates as Italian writes them ("4 dicembre 2026"): borgo/formats/.
FORMAT_MODULE_PATH = ["borgo.formats"]

# A new translation starts as a draft, whoever creates it: it goes live when it is translated
# and published through moderation (borgo/translation_views.py), never as an untranslated copy.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in wagtail-localize's editor: off unless a service is configured.
# DeepL (EU-based) with DEEPL_AUTH_KEY, or a self-hosted LibreTranslate with LIBRETRANSLATE_URL.
if env.str("DEEPL_AUTH_KEY", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env.str("DEEPL_AUTH_KEY"), "FORMALITY": "prefer_more"},
    }
elif env.str("LIBRETRANSLATE_URL", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env.str("LIBRETRANSLATE_URL"),
            "API_KEY": env.str("LIBRETRANSLATE_API_KEY", default=""),
        },
    }
