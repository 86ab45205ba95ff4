"""Crawl the demo village as a search engine would: every sitemap URL in every language."""

import io
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
import xmlschema
from django.core.management import call_command

from .test_seo import SCHEMAS, head_links, meta

pytestmark = pytest.mark.django_db
BASE = "https://www.castelmora.example"


class HeadingCounter(HTMLParser):
    def __init__(self):
        super().__init__()
        self.h1 = 0

    def handle_starttag(self, tag, attrs):
        self.h1 += tag == "h1"


def sitemap_urls(client):
    """{location: {hreflang: href}} from every language sitemap, each validated."""
    schema = xmlschema.XMLSchema(SCHEMAS / "sitemap.xsd")
    index = client.get("/sitemap.xml").content.decode()
    urls = {}
    for section in re.findall(r"<loc>([^<]+)</loc>", index):
        document = client.get(urlsplit(section).path).content.decode()
        schema.validate(document)
        for block in re.findall(r"<url>(.*?)</url>", document, re.S):
            location = re.search(r"<loc>([^<]+)</loc>", block).group(1)
            alternates = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', block))
            urls[location] = alternates
    return urls


def test_every_sitemap_url_is_a_complete_page(client, settings):
    settings.BASE_URL = BASE
    call_command("seed_demo", stdout=io.StringIO())
    urls = sitemap_urls(client)
    assert len(urls) >= 32  # 8 pages × 4 languages at least
    for location, alternates in urls.items():
        response = client.get(urlsplit(location).path)
        assert response.status_code == 200, location
        body = response.content.decode()
        assert f'<link rel="canonical" href="{location}">' in body, location
        # The page names the same translations as the sitemap, and each names it back.
        assert head_links(body) == alternates, location
        assert {"it", "en", "de", "fr", "x-default"} <= set(alternates), location
        for code, href in alternates.items():
            if code != "x-default":
                assert urls[href][code] == href and location in urls[href].values()
        counter = HeadingCounter()
        counter.feed(body)
        assert counter.h1 == 1, location
        description = meta(body, "name", "description")
        assert description and 50 <= len(description) <= 160, (location, description)
        for card in ("og:title", "og:description", "og:url", "og:image", "og:locale", "og:type"):
            assert meta(body, "property", card), (location, card)
        assert meta(body, "name", "twitter:card") == "summary_large_image"
