import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from borgo.models import ContentPage, HomePage

from .conftest import publish_translation
from .factories import ContentPageFactory, ImageFactory


class PageTypeTests(WagtailPageTestCase):
    def test_home_page_lives_only_at_the_tree_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_content_pages_live_under_home_or_other_content_pages(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})

    def test_only_section_pages_that_ask_for_home_go_under_it(self):
        creatable = HomePage.creatable_subpage_models()
        assert ContentPage in creatable
        for page_type in creatable:
            assert page_type.parent_page_types, f"{page_type} may go anywhere"


class PageRenderingTests(WagtailPageTestCase):
    def setUp(self):
        from borgo.site_setup import ensure_home_page

        self.home = ensure_home_page(title="Castelmora")
        self.page = ContentPageFactory(
            parent=self.home,
            title="Domande frequenti",
            body=[
                ("heading", {"text": "Internet", "level": "h2"}),
                ("paragraph", "<p>La fibra arriva a <b>1 Gbit/s</b>.</p>"),
                ("faq", {"items": [{"question": "Serve l'auto?", "answer": "<p>No.</p>"}]}),
                (
                    "table",
                    {
                        "data": [["Luogo", "Km"], ["Stazione", "18"]],
                        "table_caption": "Distanze",
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                    },
                ),
                (
                    "cta",
                    {"title": "Vieni", "text": "", "page": self.home, "url": "", "label": "Home"},
                ),
            ],
        )

    def test_pages_render_and_preview(self):
        self.assertPageIsRenderable(self.home)
        self.assertPageIsRenderable(self.page)
        body = streamfield(
            [
                ("heading", {"text": "Internet", "level": "h2"}),
                ("paragraph", rich_text("<p>Fibra ottica.</p>")),
            ]
        )
        self.assertPageIsPreviewable(
            self.page,
            post_data=nested_form_data(
                {"title": "FAQ", "slug": "faq", "summary": "", "body": body}
            ),
        )
        self.assertPageIsPreviewable(
            self.home,
            post_data=nested_form_data(
                {"title": "Castelmora", "slug": "home", "hero_title": "Benvenuti", "body": body}
            ),
        )

    def test_content_blocks_render_accessibly(self):
        body = self.client.get(self.page.url).content.decode()
        assert body.count("<h1>") == 1
        assert "<h2>Internet</h2>" in body
        assert "<b>1 Gbit/s</b>" in body
        assert "<summary>Serve l&#x27;auto?</summary>" in body
        assert "<caption>Distanze</caption>" in body
        assert '<th scope="col">Luogo</th>' in body
        assert "<td>Stazione</td>" in body
        assert f'<a class="button" href="{self.home.url}">Home</a>' in body

    def test_section_page_lists_its_live_children(self):
        ContentPageFactory(parent=self.page, title="Sottopagina visibile")
        hidden = ContentPageFactory(parent=self.page, title="Sottopagina in bozza")
        hidden.unpublish()
        body = self.client.get(self.page.url).content.decode()
        assert "Sottopagina visibile" in body
        assert "Sottopagina in bozza" not in body


@pytest.mark.django_db
def test_image_block_renders_modern_formats_with_dimensions(client, homes):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Piazza", file=get_test_image_file(size=(1200, 800)))
    page = ContentPageFactory(
        parent=homes["it"],
        body=[
            (
                "image",
                {
                    "image": {
                        "image": image,
                        "alt_text": "La piazza al tramonto",
                        "decorative": False,
                    },
                    "caption": "La piazza",
                    "credit": "Foto: Comune",
                },
            )
        ],
    )
    body = client.get(page.url).content.decode()
    assert 'type="image/avif"' in body
    assert 'type="image/webp"' in body
    assert 'alt="La piazza al tramonto"' in body
    assert 'loading="lazy"' in body
    assert 'width="' in body and 'height="' in body
    assert (
        '<figcaption>La piazza <span class="figure__credit">Foto: Comune</span></figcaption>'
        in body
    )


def test_call_to_action_needs_a_page_or_a_link():
    from django.core.exceptions import ValidationError

    from borgo.blocks import CallToActionBlock

    block = CallToActionBlock()
    value = block.to_python({"title": "Vieni", "label": "Vai", "page": None, "url": ""})
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "page" in error.value.block_errors
    linked = block.to_python({"title": "Vieni", "label": "Vai", "url": "https://example.org/"})
    assert block.clean(linked)["url"] == "https://example.org/"


def call_to_action(page):
    return ("cta", {"title": "Vieni", "text": "", "page": page, "url": "", "label": "Vai"})


def cold_queries(client, url):
    client.get(url)  # renditions and the like are made once
    for alias in caches:
        caches[alias].clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_calls_to_action_link_the_chosen_page_in_the_language_shown(client, homes, guide):
    one = ContentPageFactory(parent=guide["it"], body=[call_to_action(guide["it"])])
    chosen = [guide["it"], homes["it"], one]
    three = ContentPageFactory(parent=guide["it"], body=[call_to_action(p) for p in chosen])
    assert 'class="button" href="/it/trasferirsi-qui/"' in client.get(three.url).text
    # A page of the language shown is its own translation: no query per call to action.
    assert cold_queries(client, three.url) == cold_queries(client, one.url)
    # A translation that still chooses the Italian page links the English one.
    english = publish_translation(one, "en", slug="come")
    assert 'class="button" href="/en/moving-here/"' in client.get(english.url).text


def image_block(image):
    alt = {"image": image, "alt_text": "Foto", "decorative": False}
    return ("image", {"image": alt, "caption": "", "credit": ""})


def test_a_page_reads_the_renditions_of_all_its_pictures_at_once(client, homes):
    hero, first, second = ImageFactory(), ImageFactory(), ImageFactory()
    home = homes["it"]
    home.hero_image = hero
    home.body = [image_block(first), image_block(second)]
    home.save_revision().publish()
    client.get(home.url)  # the renditions are made on the first view
    for alias in caches:
        caches[alias].clear()
    with CaptureQueriesContext(connection) as queries:
        body = client.get(home.url).text
    # The hero, its crop for sharing and both body images: one query.
    assert sum('"wagtailimages_rendition"' in q["sql"] for q in queries) == 1
    assert body.count("<picture") == 3
    assert 'property="og:image"' in body
