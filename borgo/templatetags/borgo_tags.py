"""Template tags for the chrome of every page (header, breadcrumbs, footer)."""

from django import template

from borgo import navigation
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
        "language_links": navigation.language_links(request, page),
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
        "footer_pages": navigation.localized_pages(
            [municipality.privacy_page, municipality.accessibility_page]
        ),
    }


@register.filter
def in_current_language(page):
    """The live translation of a page in the visitor's language, or the page itself."""
    translated = navigation.localized_pages([page]) if page else []
    return translated[0] if translated else page
