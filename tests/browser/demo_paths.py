"""Paths of the demo village (seed_demo) that the keyboard tests start from, built from the
demo's own texts so a renamed slug moves the tests with it."""

from attractions.demo_data.indexes import INDEXES
from coworking.demo_content import INDEX as COWORKING_INDEX
from coworking.demo_content import SPACES
from listings.demo_content.common import INDEX_PAGES


def place_index(section, language):
    """ "see", "do" or "services": an index of places with category links and a map."""
    return f"/{language}/{INDEXES[section][language]['slug']}/"


def listing_index(kind, language):
    """ "stays" or "homes": a listing index with its GET filter form."""
    return f"/{language}/{INDEX_PAGES[kind][language]['slug']}/"


def coworking_space(language):
    """The first co-working space: a page with bookable slots."""
    index = COWORKING_INDEX[language]["slug"]
    return f"/{language}/{index}/{SPACES[0]['texts'][language]['slug']}/"
