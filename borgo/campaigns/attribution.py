"""First-party campaign attribution, without cookies.

A LinkedIn or search ad links to a page with utm_* (and gclid / li_fat_id) in its URL; the
forms of that page carry them on as hidden fields (`{% load campaign_tags %}`,
`{% campaign_fields %}`); the view that stores the enquiry, booking or submission calls
`record_lead(request, stored_object)` (borgo.campaigns.models).

This module reads the request only and imports no model, so that the template tag and the Lead
model both build on it without an import cycle.
"""

import re

PARAMETERS = {
    "utm_source": "source",
    "utm_medium": "medium",
    "utm_campaign": "campaign",
    "utm_term": "term",
    "utm_content": "content",
    "gclid": "gclid",
    "li_fat_id": "li_fat_id",
}
MAX_LENGTH = 200
UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f]")


def campaign_from(request):
    """The campaign parameters of a request (query string, or form on POST), cleaned."""
    data = request.POST if request.method == "POST" else request.GET
    found = {}
    for parameter in PARAMETERS:
        value = UNPRINTABLE.sub("", data.get(parameter, "")).strip()[:MAX_LENGTH]
        if value:
            found[parameter] = value
    return found
