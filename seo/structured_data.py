"""The one mechanism that puts schema.org JSON-LD into pages.

A page type describes itself by defining ``structured_data(request)``, returning a list of
schema.org objects (dicts without "@context"). A view that is not a page (e.g. a listing served
by a routable page) puts the same list into its template context as ``structured_data``.
``{% structured_data %}`` in the base template renders whatever the current page or view
described, as one ``@graph``, together with what the site says of every page: on a home page
the WebSite (with its search) and the municipality; everywhere else the breadcrumb trail.
"""

import json

from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from borgo.models import MunicipalitySettings
from borgo.navigation import ancestors_below_root

from .urls import absolute

# Characters that could end the <script> element or start markup, escaped inside JSON strings.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def objects_for(context):
    request, page = context["request"], context.get("page")
    if "structured_data" in context:
        objects = list(context["structured_data"])
    else:
        describe = getattr(page, "structured_data", None)
        objects = list(describe(request)) if describe else []
    if page is None:
        return objects
    if page.depth == 2 and "seo" not in context:
        return objects + site_objects(request, page)
    return objects + [breadcrumb_list(request, page, context.get("seo"))]


def site_objects(request, home):
    """The WebSite, searchable, published by the municipality."""
    municipality = MunicipalitySettings.load(request_or_site=request)
    home_url = absolute(home.get_url(request))
    organization = {
        "@type": "GovernmentOrganization",
        "@id": absolute_url(request, "/#municipality"),
        "name": municipality.name,
        "url": home_url,
        "email": municipality.email,
        "telephone": municipality.phone,
        "address": " ".join(municipality.address.split()),
        "sameAs": [url for _name, url in municipality.social_links],
    }
    if municipality.logo:
        organization["logo"] = absolute_url(
            request, municipality.logo.get_rendition("max-512x512").url
        )
    website = {
        "@type": "WebSite",
        "@id": f"{home_url}#website",
        "url": home_url,
        "name": municipality.name,
        "inLanguage": get_language(),
        "publisher": {"@id": organization["@id"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": absolute_url(request, reverse("search")) + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }
    return [website, organization]


def breadcrumb_list(request, page, shown_object=None):
    """Home, the ancestors and the page; a view's own object (listing, event) last."""
    trail = [(p.title, absolute(p.get_url(request))) for p in ancestors_below_root(page)]
    trail.append((page.title, absolute(page.get_url(request))))
    if shown_object and shown_object.get("title"):
        trail.append((shown_object["title"], absolute(request.path)))
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def render_json_ld(objects):
    if not objects:
        return ""
    document = {"@context": "https://schema.org", "@graph": objects}
    payload = json.dumps(document, ensure_ascii=False, default=str).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


def absolute_url(request, url):
    """An absolute URL on the public address (schema.org and social cards need them)."""
    return absolute(url)
