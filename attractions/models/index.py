"""The index page of each place type: cards, category filters as links, and a map.

Each category has a clean URL below the index (/it/vedere/cultura/, /en/see/culture/), whose
last part is translated with the interface; the list is paginated with ?page=.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Max
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from borgo.blocks import BodyBlock
from borgo.gallery import with_gallery
from borgo.pages import SEARCH_LABELS, BasePage

PER_PAGE = 12


class PlaceIndexPage(RoutablePageMixin, BasePage):
    """Lists the live places below it; `place_model` says which type."""

    intro = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("A few sentences shown under the title, above the list."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("text below the list"),
        blank=True,
        help_text=_("Optional: practical advice shown after the places."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        SEARCH_LABELS,
    ]
    parent_page_types = ["borgo.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    place_model = None  # set by each concrete index

    def get_template(self, request, *args, **kwargs):
        # One template for the three indexes (Wagtail would look for one per page type).
        return "attractions/place_index_page.html"

    # Routes ---------------------------------------------------------------------------------

    def route(self, request, path_components):
        # A category URL is answered without looking for a child page first (one query less);
        # anything else is looked up among the places, before the category routes.
        if len(path_components) == 1 and self.category_for_slug(path_components[0]):
            return super().route(request, path_components)
        if path_components:
            try:
                return Page.route(self, request, path_components)
            except Http404:
                pass
        return super().route(request, path_components)

    @path("")
    def all_places(self, request):
        return self.render_places(request, category=None)

    @re_path(r"^(?P<category_slug>[-\w]+)/$")
    def places_in_category(self, request, category_slug):
        category = self.category_for_slug(category_slug)
        if category is None:
            raise Http404
        return self.render_places(
            request,
            category=category,
            language_urls=self.category_urls(request, category),
        )

    # Categories -----------------------------------------------------------------------------

    def search_label_values(self):
        keywords = self.place_model.CATEGORY_KEYWORDS
        return [
            text
            for key, label in self.place_model.CATEGORIES
            for text in (label, keywords.get(key))
        ]

    def category_for_slug(self, slug):
        """The category whose slug, in the active language, is `slug`; None if there is none."""
        for key, category_slug in self.place_model.CATEGORY_SLUGS.items():
            if str(category_slug) == slug:
                return key
        return None

    def category_url(self, request, category):
        return self.get_url(request) + str(self.place_model.CATEGORY_SLUGS[category]) + "/"

    def live_translations(self):
        """This index in every language it is translated into (aliases are no translations)."""
        return self.get_translations(inclusive=True).live().filter(alias_of=None)

    def category_urls(self, request, category, translations=None):
        """{language: URL of the same category in that language} for the language switcher."""
        slug = self.place_model.CATEGORY_SLUGS[category]
        urls = {}
        for page in translations or self.live_translations().select_related("locale"):
            with translation.override(page.locale.language_code):
                urls[page.locale.language_code] = f"{page.get_url(request)}{slug}/"
        return urls

    def get_sitemap_urls(self, request=None):
        """The index and each category that has places: a category is a page of its own for
        search engines (visitors search for "hiking" or "pharmacy"), with its translations.
        One query for the categories, one for the translations, whatever the number of places."""
        entries = super().get_sitemap_urls(request)
        latest = dict(
            self.places()
            .order_by()
            .values_list("category")
            .annotate(latest=Max("last_published_at"))
        )
        translations = list(self.live_translations().select_related("locale"))
        language = next(page.locale for page in translations if page.pk == self.pk).language_code
        for category, _label in self.place_model.CATEGORIES:
            if category in latest:
                urls = self.category_urls(request, category, translations)
                entries.append(
                    {
                        "location": urls[language],
                        "lastmod": latest[category],
                        "alternates": urls,
                    }
                )
        return entries

    def category_links(self, request, current):
        """(label, url, is_current) for "all" and each category, as plain links."""
        links = [(_("All"), self.get_url(request), current is None)]
        for key, label in self.place_model.CATEGORIES:
            links.append((label, self.category_url(request, key), key == current))
        return links

    # Listing --------------------------------------------------------------------------------

    def places(self, category=None):
        places = self.place_model.objects.child_of(self).live()
        if category is not None:
            places = places.filter(category=category)
        return places.order_by("title")

    def map_data(self, request, rows):
        """Markers of every result of the filter (not only the current page of cards)."""
        base_url = self.get_url(request)
        markers = [
            {"lat": float(lat), "lng": float(lng), "title": title, "url": f"{base_url}{slug}/"}
            for _pk, title, slug, lat, lng in rows
            if lat is not None and lng is not None
        ]
        return {"markers": markers, "lines": []}

    def filter_places(self, request, places):
        """(places, context) narrowed by the query string's filters, if the type has any."""
        return places, {}

    def render_places(self, request, category, language_urls=None):
        places, filter_context = self.filter_places(request, self.places(category))
        # One light query for all results (map markers and pagination), one for the cards.
        rows = list(places.values_list("pk", "title", "slug", "latitude", "longitude"))
        paginator = Paginator(rows, PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage) as error:
            raise Http404(str(error)) from error
        cards = with_gallery(
            self.place_model.objects.filter(pk__in=[row[0] for row in results])
            .select_related("locale")
            .order_by("title"),
            "gallery_images",
        )
        context = {
            "results": results,
            "places": cards,
            "category": category,
            "category_label": dict(self.place_model.CATEGORIES).get(category),
            "category_links": self.category_links(request, category),
            "map_data": self.map_data(request, rows),
            **filter_context,
        }
        if language_urls is not None:
            context["language_urls"] = language_urls
        return self.render(request, context_overrides=context)
