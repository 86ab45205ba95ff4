"""A local herb: a page type written by the recipe and nothing else (README: "Layout")."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from borgo.blocks import BodyBlock
from borgo.pages import BasePage
from borgo.public_urls import absolute


class HerbPage(BasePage):
    summary = models.TextField("summary", blank=True)
    body = StreamField(BodyBlock(), verbose_name="body", blank=True)

    parent_page_types = ["borgo.HomePage"]

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    def structured_data(self, request):
        url = absolute(self.get_url(request))
        return [
            {
                "@type": "Article",
                "@id": f"{url}#herb",
                "headline": self.title,
                "description": self.seo_description(),
                "url": url,
                "inLanguage": self.locale.language_code,
            }
        ]
