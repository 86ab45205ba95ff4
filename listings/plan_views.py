"""The "Plan your stay" page: the dates (GET, so a plan is a link), the plan, the form that
sends it (POST, then a 303 to `?sent=<reference>`)."""

import re
from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from wagtail.models import Locale

from borgo.campaigns.models import record_lead
from borgo.honeypot import is_filled
from borgo.page_views import serves
from borgo.public_urls import absolute
from borgo.ratelimit import limit_posts

from .models.plan import REFERENCE_PATTERN, PlanStayPage, new_reference
from .plan import build_plan
from .plan_emails import send_plan_emails
from .plan_request import SendPlanForm, earlier_request, store_plan
from .stay_dates import StayDatesForm

SENT_PARAMETER = "sent"


@serves(PlanStayPage, "page")
def plan_page(page, request):
    if request.method == "POST":
        limit_posts(request, "plan")
        if is_filled(request.POST, "website"):  # the honeypot: thanked, nothing stored or sent
            return _thank(request, page, new_reference())
        dates_form = StayDatesForm(request.POST)
    else:
        dates_form = StayDatesForm(request.GET or None)
    plan = send_form = None
    if dates_form.dates:
        plan = build_plan(request, Locale.get_active(), *dates_form.dates)
        send_form = SendPlanForm(request.POST or None, plan=plan)
        if request.method == "POST" and send_form.is_valid():
            plan_request = earlier_request(send_form) or _store(request, send_form, page)
            if plan_request:
                return _thank(request, page, plan_request.reference)
    sent = request.GET.get(SENT_PARAMETER, "")
    context = {
        "dates_form": dates_form,
        "plan": plan,
        "send_form": send_form,
        "sent_reference": sent if re.match(REFERENCE_PATTERN, sent) else None,
        "language_switch_query": dates_query(dates_form),
    }
    return TemplateResponse(
        request, page.get_template(request), {**page.get_context(request), **context}
    )


def dates_query(dates_form):
    """ "?arrival=…&departure=…" of a valid plan, for the language switcher: the same plan in
    another language. Search engines get the page alone (canonical and hreflang links)."""
    if not dates_form.dates:
        return ""
    fields = {name: dates_form.cleaned_data.get(name) for name in dates_form.fields}
    return "?" + urlencode({name: value for name, value in fields.items() if value is not None})


def _store(request, form, page):
    plan_request = store_plan(form)
    if plan_request:
        record_lead(request, plan_request.enquiry)
        send_plan_emails(plan_request, form.cleaned_data, absolute(page.url))
    return plan_request


def _thank(request, page, reference):
    url = f"{page.get_url(request)}?{SENT_PARAMETER}={reference}#sent"
    return HttpResponseRedirect(url, status=303)
