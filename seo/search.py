"""Site search over the pages of the visitor's language.

Whatever arrives in the query string, the visitor gets a page: over-long queries are cut,
a page number that is not a number or out of range shows the first or last page.
"""

import re

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 100
WORD = re.compile(r"\w+")
RESULTS_PER_PAGE = 10


def highlight(text, terms):
    """Escaped text with each search term wrapped in <mark>."""
    escaped = escape(text or "")
    if not terms:
        return mark_safe(escaped)
    pattern = re.compile("|".join(re.escape(escape(term)) for term in terms), re.IGNORECASE)
    return mark_safe(pattern.sub(lambda match: f"<mark>{match.group(0)}</mark>", escaped))


@require_safe
def search(request):
    # Only words reach the search backend: its query syntax (quotes, operators) is not for
    # visitors, and a stray quote must not become a database error.
    query = " ".join(WORD.findall(request.GET.get("q", "")))
    notice = None
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH]
        notice = _("Your search was long, so only its first %(count)s characters were used.") % {
            "count": MAX_QUERY_LENGTH
        }
    results = (
        Page.objects.live().public().filter(locale=Locale.get_active()).search(query)
        if query
        else Page.objects.none()
    )
    page_of_results = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    terms = [term for term in query.split() if len(term) > 1]
    hits = [
        {
            "page": page,
            "title": highlight(page.title, terms),
            "summary": highlight(page.search_description, terms),
        }
        for page in page_of_results
    ]
    return render(
        request,
        "seo/search.html",
        {
            "query": query,
            "notice": notice,
            "hits": hits,
            "page_of_results": page_of_results,
            "seo": {"title": _("Search"), "noindex": True},
        },
    )
