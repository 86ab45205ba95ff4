"""Template tags for the chrome of every page (header, breadcrumbs, footer)."""

from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.utils.translation import get_language

from borgo import navigation, sections
from borgo.memo import memoize
from borgo.models import MunicipalitySettings

register = template.Library()


@register.inclusion_tag("includes/header.html", takes_context=True)
def site_header(context):
    request, page = context["request"], context.get("page")
    home = navigation.home_page(request, page)
    return {
        "request": request,
        "page": page,
        "home": home,
        "menu_pages": navigation.menu_pages(request, home),
        "section_path": navigation.section_path(page),
        "language_links": navigation.language_links(request, page, context.get("language_urls")),
        # What a view shows that means the same in every language (a plan's dates), kept when
        # the visitor switches language; hreflang and canonical links leave it out.
        "switch_query": context.get("language_switch_query", ""),
        "municipality": MunicipalitySettings.load(request_or_site=request),
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    return {"request": context["request"], "page": page, "ancestors": navigation.breadcrumbs(page)}


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    municipality = MunicipalitySettings.load(request_or_site=request)
    return {
        "request": request,
        "municipality": municipality,
        "footer_pages": navigation.footer_pages(municipality, context.get("page")),
    }


@register.filter
def in_current_language(page, shown=None):
    """The live translation of a page in the visitor's language, or the page itself.

    `shown`, the page being viewed, spares the query for a page of its language (see
    navigation.localized_pages): one per call to action otherwise.
    """
    if not page:
        return page
    translated = memoize(
        f"localized:{page.pk}:{get_language()}",
        lambda: navigation.localized_pages([page], shown),
    )
    return translated[0] if translated else page


@register.inclusion_tag("includes/map.html")
def place_map(map_data, map_id="map-data"):
    """A map of markers and lines, drawn only when the visitor asks (see static/js/map.js)."""
    return {
        "map_data": map_data,
        "map_id": map_id,
        "map_settings": {
            "tile_url": settings.MAP_TILE_URL,
            "tile_host": urlsplit(settings.MAP_TILE_URL).hostname,
            "attribution": settings.MAP_ATTRIBUTION,
        },
    }


@register.inclusion_tag("includes/home_sections.html", takes_context=True)
def home_sections(context):
    request = context["request"]
    return {"request": request, "sections": sections.home_sections(request, context["page"])}


@register.inclusion_tag("includes/nearby.html", takes_context=True)
def nearby(context, origin, limit=5):
    """What the apps list near a located object (see borgo.sections)."""
    return {"request": context["request"], "lists": sections.nearby_lists(origin, limit)}
