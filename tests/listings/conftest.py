import pytest

from listings.models import AccommodationIndexPage, PlanStayPage, RealEstateIndexPage
from tests.conftest import OTHER_LANGUAGE_CODES, publish_translation

INDEX_SLUGS = {
    AccommodationIndexPage: {
        "it": "dormire",
        "en": "stay",
        "de": "uebernachten",
        "fr": "sejourner",
    },
    RealEstateIndexPage: {"it": "case", "en": "homes", "de": "wohnen", "fr": "se-loger"},
}


def _index(homes, page_class, title):
    italian = homes["it"].add_child(
        instance=page_class(title=title, slug=INDEX_SLUGS[page_class]["it"], show_in_menus=True)
    )
    italian.save_revision().publish()
    pages = {"it": italian}
    for code in OTHER_LANGUAGE_CODES:
        pages[code] = publish_translation(
            italian, code, title=f"{title} {code}", slug=INDEX_SLUGS[page_class][code]
        )
    return pages


@pytest.fixture
def stays_index(homes):
    """The accommodation index in every language."""
    return _index(homes, AccommodationIndexPage, "Dormire")


@pytest.fixture
def homes_index(homes):
    """The real-estate index in every language."""
    return _index(homes, RealEstateIndexPage, "Case")


PLAN_SLUGS = {"en": "plan-your-stay", "de": "aufenthalt-planen", "fr": "planifier-son-sejour"}


@pytest.fixture
def plan_pages(homes):
    """The "Plan your stay" page in every language."""
    italian = homes["it"].add_child(instance=PlanStayPage(title="Pianifica", slug="pianifica"))
    italian.save_revision().publish()
    pages = {"it": italian}
    for code, slug in PLAN_SLUGS.items():
        pages[code] = publish_translation(italian, code, title=f"Plan {code}", slug=slug)
    return pages


@pytest.fixture
def plan_world(homes, plan_pages, stays_index):
    """Stays, a co-working space with passes and events around a two-month stay (plan_world)."""
    from .plan_world import build_world

    return build_world(homes)
