"""Site search over the pages of the visitor's language.

Whatever arrives in the query string, the visitor gets a page: over-long queries are cut,
a page number that is not a number or out of range shows the first or last page. Aliases
(copies of untranslated pages in the other language trees) are not results: their text is
another language's. The search backend cannot filter on alias_of, so they are dropped after.
"""

import re

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail import hooks
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 100
# Apps add what pages do not cover (e.g. listings) with this Wagtail hook, in their
# `wagtail_hooks.py`: `provider(query, language)` returns [(title, url, summary)], found with a
# constant number of queries. Pages of any type are found without it (their `search_fields`).
SEARCH_HOOK = "borgo_site_search"
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
    found = [
        (page.title, page.url, page.search_description)
        for page in results[:200]
        if page.alias_of_id is None
    ]
    if query:
        language = Locale.get_active().language_code
        for provider in hooks.get_hooks(SEARCH_HOOK):
            found.extend(provider(query, language))
    page_of_results = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    terms = [term for term in query.split() if len(term) > 1]
    hits = [
        {"url": url, "title": highlight(title, terms), "summary": highlight(summary, terms)}
        for title, url, summary in page_of_results
    ]
    return render(
        request,
        "borgo/search.html",
        {
            "query": query,
            "notice": notice,
            "hits": hits,
            "page_of_results": page_of_results,
            "seo": {"title": _("Search"), "noindex": True},
        },
    )
