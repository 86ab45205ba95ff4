"""The one mechanism that puts schema.org JSON-LD into pages.

A page type describes itself by defining ``structured_data(request)``, returning a list of
schema.org objects (dicts without "@context"). A view that is not a page (e.g. a listing served
by a routable page) puts the same list into its template context as ``structured_data``.
``{% structured_data %}`` in the base template renders whatever the current page or view
described, as one ``@graph``.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

# Characters that could end the <script> element or start markup, escaped inside JSON strings.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def objects_for(context):
    if "structured_data" in context:
        return context["structured_data"]
    page = context.get("page")
    describe = getattr(page, "structured_data", None)
    return describe(context["request"]) if describe else []


def render_json_ld(objects):
    if not objects:
        return ""
    document = {"@context": "https://schema.org", "@graph": objects}
    payload = json.dumps(document, ensure_ascii=False, default=str).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


def absolute_url(request, url):
    """An absolute URL for a path (schema.org and social cards need them)."""
    return request.build_absolute_uri(url)
