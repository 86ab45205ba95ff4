"""What the site search reads of a page besides its text fields: labels in its own language.

Choice labels (a place's category, a connection's technology, a room's amenities) are
translated strings, not stored text: a page lists them in `search_label_values()`, and
`search_labels()` renders them in the page's own language, so that the German page is found by
"Wandern" or "Glasfaser" and the French one by "Randonnée" or "Fibre".
"""

from django.utils import translation
from wagtail.search import index


class SearchLabels:
    """Mixin for pages: add `SEARCH_LABELS` to `search_fields`, list labels in the method."""

    def search_label_values(self):
        return []

    def search_labels(self):
        with translation.override(self.locale.language_code):
            return " ".join(str(label) for label in self.search_label_values() if label)


SEARCH_LABELS = index.SearchField("search_labels")
