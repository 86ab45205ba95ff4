"""Home page, generic content pages and the municipality's site settings."""

from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock
from .memo import memoize
from .page_pictures import prefetch_renditions
from .pages import BasePage
from .public_urls import absolute


class HomePage(BasePage):
    """The root of each language tree (/it/, /en/...: one per settings.LANGUAGES)."""

    hero_title = models.CharField(
        _("hero title"),
        max_length=120,
        help_text=_("The large sentence at the top of the home page."),
    )
    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["wagtailcore.Page"]
    # Open: each section's index page (territory, co-working, stays...) names HomePage as its
    # parent, so the apps add their sections without editing this model.
    subpage_types = None

    content_panels = [
        TitleFieldPanel("title"),
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("intro"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_title"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        prefetch_renditions(self)
        return super().get_context(request, *args, **kwargs)

    def structured_data(self, request):
        """What the site is: the WebSite, searchable, published by the municipality."""
        municipality = MunicipalitySettings.load(request_or_site=request)
        home_url = absolute(self.get_url(request))
        organization = {
            "@type": "GovernmentOrganization",
            "@id": absolute("/#municipality"),
            "name": municipality.name,
            "url": home_url,
            "email": municipality.email,
            "telephone": municipality.phone,
            "address": " ".join(municipality.address.split()),
            "sameAs": [url for _name, url in municipality.social_links],
        }
        if municipality.logo:
            organization["logo"] = absolute(municipality.logo.get_rendition("max-512x512").url)
        website = {
            "@type": "WebSite",
            "@id": f"{home_url}#website",
            "url": home_url,
            "name": municipality.name,
            "inLanguage": get_language(),
            "publisher": {"@id": organization["@id"]},
            "potentialAction": {
                "@type": "SearchAction",
                "target": {
                    "@type": "EntryPoint",
                    "urlTemplate": absolute(reverse("search")) + "?q={search_term_string}",
                },
                "query-input": "required name=search_term_string",
            },
        }
        return [website, organization]


class ContentPage(BasePage):
    """Guides, FAQ, incentives, privacy notice, accessibility statement: curated blocks.

    A content page with children (e.g. "Guides") lists them below its body.
    """

    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences, shown under the title and in lists of pages."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when this page appears in a list."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["borgo.HomePage", "borgo.ContentPage"]
    subpage_types = ["borgo.ContentPage"]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")

    def get_context(self, request, *args, **kwargs):
        prefetch_renditions(self)
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = ContentPage.objects.child_of(self).live().select_related("image")
        return context


@register_setting(icon="site")
class MunicipalitySettings(BaseGenericSetting):
    """Who runs the site: shown in the header and footer of every page."""

    # Loaded on every page: fetch what the header and footer use in the same query.
    select_related = ["logo", "social_image", "privacy_page", "accessibility_page"]

    @classmethod
    def load(cls, request_or_site=None):
        """The settings, kept between requests until the content changes (see borgo.memo)."""
        if request_or_site is None:
            return super().load()
        parent = super()
        return memoize("municipality", lambda: parent.load(request_or_site))

    name = models.CharField(_("municipality name"), max_length=120, default="Comune")
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default image for social networks"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when a page without an image of its own is shared."),
    )
    address = models.TextField(_("address"), max_length=300, blank=True)
    pec = models.EmailField(
        _("PEC"),
        blank=True,
        help_text=_("Certified e-mail address (posta elettronica certificata)."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    facebook = models.URLField(_("Facebook"), blank=True)
    instagram = models.URLField(_("Instagram"), blank=True)
    linkedin = models.URLField(_("LinkedIn"), blank=True)
    youtube = models.URLField(_("YouTube"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every footer, in the visitor's language."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every footer, in the visitor's language."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("logo"),
                FieldPanel("social_image"),
                FieldPanel("address"),
            ],
            heading=_("Municipality"),
        ),
        MultiFieldPanel(
            [FieldPanel("pec"), FieldPanel("phone"), FieldPanel("email")], heading=_("Contacts")
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook"),
                FieldPanel("instagram"),
                FieldPanel("linkedin"),
                FieldPanel("youtube"),
            ],
            heading=_("Social networks"),
        ),
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("accessibility_page")],
            heading=_("Footer pages"),
        ),
    ]

    class Meta:
        verbose_name = _("municipality")

    @property
    def social_links(self):
        """(network name, url) pairs that are filled in, in a fixed order."""
        networks = [
            ("Facebook", self.facebook),
            ("Instagram", self.instagram),
            ("LinkedIn", self.linkedin),
            ("YouTube", self.youtube),
        ]
        return [(name, url) for name, url in networks if url]
