"""Template tags for the chrome of every page (header, breadcrumbs, footer)."""

from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Page

from borgo import app_sections, navigation
from borgo.memo import memoize, memoize_html, values_key
from borgo.models import MunicipalitySettings

register = template.Library()


@register.simple_tag(takes_context=True)
def hreflang_urls(context):
    """{language: URL} of the current page or view in the languages it exists in, for the
    head's hreflang links (`{% seo_metadata %}`); the same as the header's language switcher."""
    links = navigation.language_links(
        context["request"], context.get("page"), context.get("language_urls")
    )
    return {link.code: link.url for link in links}


@register.simple_tag(takes_context=True)
def site_header(context):
    """The header; that of a published page is rendered once per language and kept while the
    content stays the same (borgo.memo): it cost a tenth of a page's render time.

    A view that passes its own language links (a routable page's sub-view: a listing, the offer
    form) has them in the key; one with a query for the switcher (a plan with its dates) has its
    header rendered each time: such keys are as many as visitors' queries.
    """
    request, page = context["request"], context.get("page")
    language_urls = context.get("language_urls")
    switch_query = context.get("language_switch_query", "")

    def render():
        home = navigation.home_page(request, page)
        return render_to_string(
            "includes/header.html",
            {
                "request": request,
                "page": page,
                "home": home,
                "menu_pages": navigation.menu_pages(request, home),
                "section_path": navigation.section_path(page),
                "language_links": navigation.language_links(request, page, language_urls),
                # What a view shows that means the same in every language (a plan's dates),
                # kept when the visitor switches language; hreflang and canonical links leave it
                # out.
                "switch_query": switch_query,
                "municipality": MunicipalitySettings.load(request_or_site=request),
            },
        )

    if not isinstance(page, Page) or not page.pk or switch_query:
        return render()
    links = values_key(sorted((language_urls or {}).items()))
    return memoize_html(request, f"header-html:{page.pk}:{links}", render)


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    return {"request": context["request"], "page": page, "ancestors": navigation.breadcrumbs(page)}


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, rendered once per language and kept while the content stays the same."""
    request, page = context["request"], context.get("page")
    shown = page if isinstance(page, Page) else None

    def render():
        municipality = MunicipalitySettings.load(request_or_site=request)
        footer_pages = navigation.footer_pages(municipality, shown)
        return render_to_string(
            "includes/footer.html",
            {"request": request, "municipality": municipality, "footer_pages": footer_pages},
        )

    return memoize_html(request, "footer-html", render)


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


@register.simple_tag(takes_context=True)
def home_sections(context):
    """The blocks the apps add to the home page, kept like the header (a third of the home
    page's render time): what changes with time alone (the next events) is bounded by the memo's
    lifetime, as it is by the page cache's."""
    request, home = context["request"], context["page"]

    def render():
        found = app_sections.home_sections(request, home)
        return render_to_string(
            "includes/home_sections.html", {"request": request, "sections": found}
        )

    return memoize_html(request, f"home-sections-html:{home.pk}", render)


@register.simple_tag(takes_context=True)
def nearby(context, origin, limit=5):
    """What the apps list near a located object (see borgo.app_sections), kept per object like the
    header: the distance queries and lists cost about a third of a place page's render time."""
    request = context["request"]

    def render():
        found = app_sections.nearby_lists(origin, limit)
        return render_to_string("includes/nearby.html", {"request": request, "lists": found})

    # A listing's public point names its listing, and may be moved from its address.
    source = getattr(origin, "source", origin)
    if source.pk is None:
        return render()
    where = f"{source._meta.label_lower}:{source.pk}:{origin.latitude}:{origin.longitude}"
    return memoize_html(request, f"nearby-html:{where}:{limit}", render)
