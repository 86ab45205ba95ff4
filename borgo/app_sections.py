"""What apps add to pages they do not own, without those pages knowing them: Wagtail hooks.

- `borgo_home_section`: `section(request, home)` returns (template name, context) for a block of
  the home page (next events, featured stays...), or None to show nothing.
- `borgo_nearby`: a `NearbyProvider` whose `find(origin, limit)` returns [(object, Distance)] of
  the app's things closest to a located object (places, stays...), listed on place, co-working
  and listing pages under its `heading`.

An app registers them in its own `wagtail_hooks.py`, with the functions in its `home_sections.py`
(e.g. `hooks.register("borgo_home_section", featured_places)`); borgo names no app. The order on
the page is Wagtail's hook order: INSTALLED_APPS order, then registration order within an app
(`order=` moves one). Each provider must cost a constant number of queries, whatever the amount
of data.

Decision: hooks rather than lists filled in AppConfig.ready(): Wagtail already finds every
app's `wagtail_hooks.py`, the project's other extension points (admin, seo report, site search)
are hooks too, and a test swaps them with `hooks.register_temporarily`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wagtail import hooks

HOME_SECTION_HOOK = "borgo_home_section"
NEARBY_HOOK = "borgo_nearby"


@dataclass(frozen=True)
class NearbyProvider:
    heading: Any  # a lazy translated string, e.g. _("Places nearby")
    template: str  # renders `items`: [(object, Distance)]
    find: Callable


def home_sections(request, home):
    rendered = (section(request, home) for section in hooks.get_hooks(HOME_SECTION_HOOK))
    return [section for section in rendered if section is not None]


def nearby_lists(origin, limit=5):
    """(provider, items) for each provider with something near `origin`."""
    if not getattr(origin, "has_coordinates", False):
        return []
    found = ((provider, provider.find(origin, limit)) for provider in hooks.get_hooks(NEARBY_HOOK))
    return [(provider, items) for provider, items in found if items]
