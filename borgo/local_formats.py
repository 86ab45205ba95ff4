"""Dates and prices in each language's own format, the one way the site writes them.

Django's `date_format` and `number_format` give the words (Montag, décembre) and the separators
(36.000 in German and Italian, 36,000 in English, 36 000 in French) of the active language; the
patterns below say in which order each language puts them, since Django's locale formats have
no weekday. Templates use the `local_date` and `price` filters (borgo_tags); code calls these.
"""

from datetime import datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import get_language, pgettext

PATTERNS = {
    # "Montag, 7. Dezember 2026", "lunedì 7 dicembre 2026", "Monday 7 December 2026"
    "long": {"it": "l j F Y", "en": "l j F Y", "de": "l, j. F Y", "fr": "l j F Y"},
    "long_time": {
        "it": "l j F Y, H:i",
        "en": "l j F Y, H:i",
        "de": "l, j. F Y, H:i",
        "fr": "l j F Y, H:i",
    },
    # "Mo., 7. Dez.", "mar. 8 déc.": the days of the availability table
    "day": {"it": "D j M", "en": "D j M", "de": "D, j. M", "fr": "D j M"},
    # "7. Dezember 2026", "8 décembre 2026": a date without its weekday (speed tests)
    "date": {"it": "j F Y", "en": "j F Y", "de": "j. F Y", "fr": "j F Y"},
    # "16. August", "16 août": a day of every year (a feast)
    "day_month": {"it": "j F", "en": "j F", "de": "j. F", "fr": "j F"},
    # "März 2027", "mars 2027": the months of a budget
    "month": {"it": "F Y", "en": "F Y", "de": "F Y", "fr": "F Y"},
}
# Italian and French write the names of days and months in lower case (Django's catalogues
# capitalise some of them): "martedì 8 dicembre", "mardi 8 décembre".
LOWER_CASE_NAMES = {"it", "fr"}


def local_date(value, kind="long"):
    if not value:
        return ""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)  # the site's time, as Django's `date` filter shows it
    patterns = PATTERNS[kind]
    language = (get_language() or "it").split("-")[0]
    text = date_format(value, patterns.get(language, patterns["it"]))
    return text.lower() if language in LOWER_CASE_NAMES else text


def price(amount):
    """ "36.000 €", "€36,000", "8,50 €": euros with the language's separators and sign."""
    if amount is None or amount == "":
        return ""
    amount = Decimal(str(amount))
    digits = 0 if amount == amount.to_integral_value() else 2
    number = number_format(amount, decimal_pos=digits, force_grouping=True)
    return pgettext("price in euros; the amount is already formatted", "%(amount)s €") % {
        "amount": number
    }
