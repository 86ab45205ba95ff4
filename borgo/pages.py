"""The base of every public page type: its search-engine fields and how it describes itself.

`seo/` (head metadata, JSON-LD, sitemaps, the SEO report) reads a page only through the
methods below, so that it knows Wagtail and this class, never the concrete page types: a type
that has more to say overrides a method (a place's first photo is its sharing picture, a
co-working room is a LocalBusiness). The defaults read the fields the project's page types
name alike (`summary_fields`, `picture_fields`, a `body` StreamField); a type whose fields are
named otherwise sets those attributes or overrides the method.

Decision: this module imports nothing from `seo/`, and `seo/` imports no concrete page or
settings module of `borgo/`: the dependency runs one way (seo → this interface), what only
the site knows (its municipality, its language links) reaches `seo/` from the page types and
the base template.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from .navigation import ancestors_below_root
from .page_forms import PageForm

# What the site search reads of a page besides its text fields: add it to `search_fields`.
SEARCH_LABELS = index.SearchField("search_labels")


def described(image):
    """(image, its alt text) or None."""
    return (image, image.description) if image else None


def first_body_image(page):
    """(image, alt text) of the first image block of the page's body, or None."""
    for block in getattr(page, "body", None) or []:
        if block.block_type == "image" and block.value["image"]:
            return block.value["image"], block.value["image"].contextual_alt_text
    return None


class BasePage(Page):
    """Wagtail's promote fields (slug, SEO title, search description) plus these, and the
    project's page form (form-builder pages get theirs from `borgo.form_pages`).

    Sitemap entries are Wagtail's `get_sitemap_urls(request)` (a routable index page adds its
    sub-pages); `noindex` leaves the page out of the sitemap."""

    base_form_class = PageForm

    noindex = models.BooleanField(
        _("hide from search engines"),
        default=False,
        help_text=_(
            "Asks search engines not to list this page and leaves it out of the sitemap, e.g. "
            "for campaign landing pages or pages still being prepared."
        ),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image for social networks"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when the page is shared on LinkedIn, Facebook and the like; cropped to "
            "1200×627. When empty, the page's own main image is used."
        ),
    )

    seo_panels = [
        MultiFieldPanel(
            [FieldPanel("noindex"), FieldPanel("social_image")], heading=_("Search and sharing")
        )
    ]
    promote_panels = Page.promote_panels + seo_panels

    # Where the default methods look, most specific first.
    summary_fields = ("summary", "intro")
    picture_fields = ("hero_image", "image")

    class Meta:
        abstract = True

    def _first_filled(self, names):
        return next((value for name in names if (value := getattr(self, name, None))), None)

    def seo_description(self):
        """The description search results and cards show: the editor's search description,
        else the page's summary or introduction ("" when it has none)."""
        return self.search_description or self._first_filled(self.summary_fields) or ""

    def main_image(self):
        """The page's hero or list image, or None."""
        return self._first_filled(self.picture_fields)

    def main_picture(self, request):
        """(image, alt text) that shows the page best, or None: its hero or list image, else
        the first image of its body. Types with a gallery put their first photo first."""
        return described(self.main_image()) or first_body_image(self)

    def sharing_picture(self, request):
        """(image, alt text) the page is shared with: the editor's sharing image, else its
        main picture. None leaves it to the site's default image."""
        return described(self.social_image) or self.main_picture(request)

    def structured_data(self, request):
        """The schema.org objects (dicts without "@context") describing the page, for its
        JSON-LD; the breadcrumb trail is added by `seo`."""
        return []

    def search_label_values(self):
        """Choice labels the site search should find the page by (a place's category, a
        connection's technology, a room's amenities): translated strings, not stored text."""
        return []

    def search_labels(self):
        """`search_label_values()` in the page's own language, indexed by SEARCH_LABELS: the
        German page is found by "Wandern" or "Glasfaser", the French one by "Randonnée"."""
        with translation.override(self.locale.language_code):
            return " ".join(str(label) for label in self.search_label_values() if label)

    def breadcrumb_pages(self):
        """The pages from the language's home down to this page's parent."""
        return ancestors_below_root(self)
