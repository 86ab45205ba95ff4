"""The one mechanism that puts schema.org JSON-LD into pages.

A page type describes itself by overriding ``structured_data(request)`` of
``borgo.pages.BasePage``, returning a list of schema.org objects (dicts without "@context"):
the home page says what the site is (the WebSite with its search, the municipality). A view
that is not a page (e.g. a listing served by a routable page) puts the same list into its
template context as ``structured_data``. ``{% structured_data %}`` in the base template renders
whatever the current page or view described, as one ``@graph``, with the breadcrumb trail
(from the page's ``breadcrumb_pages()``) on every page below a home page.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from borgo.public_urls import absolute

# Characters that could end the <script> element or start markup, escaped inside JSON strings.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def objects_for(context):
    request, page = context["request"], context.get("page")
    if "structured_data" in context:
        objects = list(context["structured_data"])
    elif page is not None:
        objects = list(page.structured_data(request))
    else:
        objects = []
    if page is None or (page.depth == 2 and "seo" not in context):
        return objects
    return objects + [breadcrumb_list(request, page, context.get("seo"))]


def breadcrumb_list(request, page, shown_object=None):
    """Home, the ancestors and the page; a view's own object (listing, event) last."""
    trail = [(p.title, absolute(p.get_url(request))) for p in page.breadcrumb_pages()]
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
