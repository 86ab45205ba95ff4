"""Categories of places in the site search: "Wanderung" finds the hiking category.

A category (/de/erleben/wandern/) is a page of its own for visitors and search engines, but not
a Wagtail page, so the search backend does not know it. It is found when a word of the query
begins a word of its name or of its keywords (PlacePage.CATEGORY_KEYWORDS), in the visitor's
language, accents and case aside. The categories of a language (their words, titles, links and
summaries) are read once and kept while the content stays the same (borgo.memo): a search asks
the database nothing for them.
"""

import re
import unicodedata

from django.utils import translation
from wagtail.models import Page

from borgo.memo import memoize

from .models import ActivityIndexPage, AttractionIndexPage, ServiceIndexPage

WORD = re.compile(r"\w+")
INDEX_MODELS = (AttractionIndexPage, ActivityIndexPage, ServiceIndexPage)
MIN_PREFIX = 4


def words(text):
    """The words of a text, lower-case and without accents ("Randonnée" → "randonnee")."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return WORD.findall(plain.lower())


def matches(query_words, text):
    found = words(text)
    return any(
        word == candidate or (len(word) >= MIN_PREFIX and candidate.startswith(word))
        for word in query_words
        for candidate in found
    )


def search_categories(query, language):
    """[(title, url, summary)] of the place categories of `language` that `query` names."""
    query_words = words(query)
    return [
        (title, url, summary)
        for text, title, url, summary in memoize(
            f"site-search-categories:{language}", lambda: categories(language)
        )
        if matches(query_words, text)
    ]


def categories(language):
    """[(name and keywords, title, url, summary)] of every place category of `language`."""
    indexes = (
        Page.objects.live()
        .public()
        .type(*INDEX_MODELS)
        .filter(locale__language_code=language, alias_of=None)
        .specific()
    )
    found = []
    with translation.override(language):
        for index_page in indexes:
            model = index_page.place_model
            for key, label in model.CATEGORIES:
                text = f"{label} {model.CATEGORY_KEYWORDS.get(key, '')}"
                title = f"{label} – {index_page.title}"
                found.append((text, title, index_page.category_url(None, key), index_page.intro))
    return found
