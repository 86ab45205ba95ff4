"""First-party campaign attribution, without cookies.

A LinkedIn or search ad links to a page with utm_* (and gclid / li_fat_id) in its URL; the
forms of that page carry them on as hidden fields (`{% campaign_fields %}`); the view that
stores the enquiry, booking or submission calls `record_lead(request, stored_object)`.
"""

import re

from .models import Lead

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


def record_lead(request, stored_object):
    """Remember which campaign brought `stored_object`; nothing when no campaign did."""
    campaign = campaign_from(request)
    if not campaign:
        return None
    return Lead.objects.create(
        subject=stored_object,
        **{PARAMETERS[parameter]: value for parameter, value in campaign.items()},
    )
