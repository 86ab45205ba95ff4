"""Search-engine fields every page type carries (add SeoFields to a page model's bases)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from borgo.page_forms import PageForm


class SeoFields(models.Model):
    """Wagtail's promote fields (slug, SEO title, search description) plus these.

    Every page type has these fields, so it also gets the project's page form from here
    (form-builder pages from `borgo.form_pages`)."""

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
    # SeoFields comes before Page in every page type's bases, so this is their Promote tab.
    promote_panels = Page.promote_panels + seo_panels

    class Meta:
        abstract = True
