"""The words of the index pages' own routes, per language (see listings.models.pages).

Apart from the page types because the listings' slugs must avoid them too (reserved_slugs),
and the listing models sit below the pages that serve them.
"""

from django.utils.translation import get_language

# The offer form's URL words per language: (form, thank-you page). Another language's word
# under an index page is an ordinary listing slug there; only the page's own is reserved.
OFFER_WORDS = {
    "it": ("offri", "grazie"),
    "en": ("offer", "thanks"),
    "de": ("anbieten", "danke"),
    "fr": ("proposer", "merci"),
}
FORM_WORDS = "|".join(form for form, _thanks in OFFER_WORDS.values())
THANKS_WORDS = "|".join(thanks for _form, thanks in OFFER_WORDS.values())


def offer_words(language_code=None):
    """(form, thank-you) URL words of a language (the active one by default)."""
    return OFFER_WORDS.get(language_code or get_language(), OFFER_WORDS["en"])


def offer_path(language_code=None, thanks=False):
    """The offer form's path under an index page ("offri/"), or its thank-you page's."""
    form, thanks_word = offer_words(language_code)
    return f"{form}/{thanks_word}/" if thanks else f"{form}/"
