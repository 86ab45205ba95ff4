"""How the apps add to pages they do not own, without those pages knowing them.

- Home sections: an app's `home_section(request, home)` returns (template name, context) for a
  block of the home page (next events, featured stays...), or None to show nothing.
- Nearby: an app's `nearby(origin, limit)` returns [(object, Distance)] of its things closest
  to a located object (places, stays...), to be listed on place, co-working and listing pages.

Apps register in their AppConfig.ready(); the order of registration is the order on the page.
Each provider must cost a constant number of queries, whatever the amount of data.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class NearbyProvider:
    heading: Any  # a lazy translated string, e.g. _("Places nearby")
    template: str  # renders `items`: [(object, Distance)]
    find: Callable


HOME_SECTIONS: list[Callable] = []
NEARBY_PROVIDERS: list[NearbyProvider] = []


def register_home_section(section):
    HOME_SECTIONS.append(section)
    return section


def register_nearby(heading, template, find):
    NEARBY_PROVIDERS.append(NearbyProvider(heading, template, find))


def home_sections(request, home):
    rendered = (section(request, home) for section in HOME_SECTIONS)
    return [section for section in rendered if section is not None]


def nearby_lists(origin, limit=5):
    """(provider, items) for each provider with something near `origin`."""
    if not getattr(origin, "has_coordinates", False):
        return []
    found = ((provider, provider.find(origin, limit)) for provider in NEARBY_PROVIDERS)
    return [(provider, items) for provider, items in found if items]
