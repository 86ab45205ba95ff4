"""Per-language sitemaps with reciprocal hreflang alternates, behind one sitemap index.

Wagtail's own sitemap has no alternates, so this builds on Django's sitemaps framework and on
Wagtail's page protocol: each live, public page contributes `get_sitemap_urls(request)` (a
routable index page adds its sub-pages, e.g. listing details, each entry optionally carrying
its own "alternates": {language: absolute url}). Pages that ask search engines not to index
them (`noindex`) are left out, and so are aliases (the copies of untranslated pages that
wagtail-localize keeps in the other language trees): their text is another language's, so
they are neither entries nor alternates; an alias index's sub-pages wait with it for the
index's translation. Alternates of pages come from their live translations: every language's
indexable pages are read at once, for the entries of one and the alternates of all.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.models import Locale, Page, Site

from .urls import absolute, hreflang_alternates


class LanguageSitemap(Sitemap):
    limit = 50_000  # the protocol's maximum per file; beyond it Django paginates (?p=2)

    def __init__(self, language_code):
        self.language_code = language_code
        self.request = None

    def get_urls(self, page=1, site=None, protocol=None):
        # Entries carry absolute URLs on the public address already: used as they are.
        entries = self.paginator.page(page).object_list
        self.latest_lastmod = max((e["lastmod"] for e in entries if e.get("lastmod")), default=None)
        return [
            {
                "location": entry["location"],
                "lastmod": entry.get("lastmod"),
                "alternates": [
                    {"lang_code": code, "location": url} for code, url in entry["alternates"]
                ],
            }
            for entry in entries
        ]

    def items(self):
        pages = indexable_pages(self.request)
        entries = []
        for page in pages.of_language[self.language_code]:
            for entry in page.get_sitemap_urls(self.request):
                alternates = entry.get("alternates") or pages.urls[page.translation_key]
                entries.append(
                    {
                        **entry,
                        "location": absolute(entry["location"]),
                        "alternates": hreflang_alternates(alternates),
                    }
                )
        return entries


class IndexablePages:
    """The live, public pages of every language that search engines may index (no aliases),
    read at once for all the sitemaps of a request: one query, and one per page type, whatever
    the number of pages."""

    def __init__(self, request):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        self.of_language = defaultdict(list)
        self.urls = defaultdict(dict)  # {translation key: {language: url}}
        pages = (
            Page.objects.live()
            .public()
            .filter(depth__gte=2, alias_of=None)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
        for page in pages:
            if not getattr(page, "noindex", False):
                language = languages[page.locale_id]
                self.of_language[language].append(page)
                self.urls[page.translation_key][language] = page.get_url(request)


def indexable_pages(request):
    if not hasattr(request, "indexable_pages"):
        request.indexable_pages = IndexablePages(request)
    return request.indexable_pages


def language_sitemaps(request):
    """The sections of the sitemap index, one per language, bound to this request."""
    sitemaps = {code: LanguageSitemap(code) for code, _name in settings.LANGUAGES}
    for sitemap in sitemaps.values():
        sitemap.request = request
    Site.find_for_request(request)  # cached on the request for every get_full_url() after
    return sitemaps


def sitemap_index(request):
    """The index of every language's sitemap (and of its further pages, past 50,000 URLs)."""
    entries = []
    for section, sitemap in language_sitemaps(request).items():
        location = absolute(reverse("sitemap_section", kwargs={"section": section}))
        entries.append({"location": location})
        entries += [{"location": f"{location}?p={n}"} for n in sitemap.paginator.page_range[1:]]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


def sitemap_section(request, section):
    return sitemap_views.sitemap(request, language_sitemaps(request), section=section)
