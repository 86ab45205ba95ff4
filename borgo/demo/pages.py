"""The demo village's home and content pages, in Italian and translated into every language.

Pages are found by their Italian slug under their parent; an existing page is left as it is,
so re-running the seed never overwrites an editor's work.
"""

import copy

from django.conf import settings
from wagtail.models import Locale

from borgo.models import ContentPage, HomePage, MunicipalitySettings
from borgo.site_setup import ensure_home_page

from . import content
from .images import get_or_create_image, paint, paint_logo
from .translation import publish_translation


class DemoPages:
    """Builds the village's pages; apps' seeders then add theirs (see seed_demo.app_seeders).

    `pages` maps content keys ("home", "guide", "privacy", ...) to the Italian pages, `images`
    image keys to Wagtail images; `translate()` publishes a translation of a page.
    """

    def __init__(self, stdout):
        self.stdout = stdout
        self.images = {}
        self.pages = {}  # content key → Italian page

    def build(self):
        self._images()
        home = ensure_home_page(title=content.HOME["it"]["title"])
        self.pages["home"] = home
        new_pages = []
        for spec in content.PAGES:
            parent = self.pages[spec["parent"]] if spec["parent"] else home
            page, created = self._content_page(parent, spec)
            self.pages[spec["key"]] = page
            if created:
                new_pages.append((page, spec))
        # Bodies link to each other, so they are written once every page exists.
        for page, spec in new_pages:
            page.body = self._body(spec["texts"]["it"]["body"], "it")
            page.save_revision().publish()
        self._fill_home(home)
        self._translate_all()
        self._municipality()

    # Images ---------------------------------------------------------------------------------

    def _images(self):
        for key, spec in content.IMAGES.items():
            self.images[key] = get_or_create_image(
                spec["title"], f"{key}.jpg", paint(key), description=spec["alt"]["it"]
            )
        self.logo = get_or_create_image("Stemma del Comune", "stemma.png", paint_logo())

    def image_block_value(self, key, language):
        # A copy per use: ImageBlock keeps the block's alt text on the image instance itself.
        return {
            "image": copy.copy(self.images[key]),
            "alt_text": content.IMAGES[key]["alt"][language],
            "decorative": False,
        }

    # Bodies ----------------------------------------------------------------------------------

    def _body(self, blocks, language):
        """StreamField data from the data file's blocks, each `{block type: value}`."""
        return [
            self._block(block_type, value, language)
            for block in blocks
            for block_type, value in block.items()
        ]

    def _block(self, block_type, value, language):
        if block_type == "image":
            return (
                "image",
                {
                    "image": self.image_block_value(value["image"], language),
                    "caption": value["caption"],
                    "credit": value["credit"],
                },
            )
        if block_type == "cta":
            target = self.pages[value["page"]]
            return (
                "cta",
                {**{k: value[k] for k in ("title", "text", "label")}, "page": target, "url": ""},
            )
        if block_type == "table":
            return (
                "table",
                {
                    "data": value["rows"],
                    "table_caption": value["caption"],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            )
        return (block_type, value)

    def _fields(self, spec, language):
        texts = spec["texts"][language]
        return {
            "title": texts["title"],
            "slug": texts["slug"],
            "search_description": texts["search_description"],
            "summary": texts["summary"],
            "image": self.images.get(spec["image"]) if spec["image"] else None,
            "show_in_menus": spec["show_in_menus"],
        }

    # Italian sources -------------------------------------------------------------------------

    def _fill_home(self, home):
        """Turn the bootstrap home page of a fresh database into the demo home page."""
        if home.body:
            return
        texts = content.HOME["it"]
        home.title = texts["title"]
        home.hero_title = texts["hero_title"]
        home.intro = texts["intro"]
        home.search_description = texts["search_description"]
        home.hero_image = self.images["piazza"]
        home.body = self._body(texts["body"], "it")
        home.save_revision().publish()

    def _content_page(self, parent, spec):
        slug = spec["texts"]["it"]["slug"]
        existing = ContentPage.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing, False
        page = parent.add_child(instance=ContentPage(**self._fields(spec, "it")))
        self.stdout.write(f"  + {page.url_path}")
        return page, True

    # Translations ----------------------------------------------------------------------------

    def _translate_all(self):
        home = self.pages["home"]
        for locale in self.other_locales():
            self.translate(home, self._unsaved_home(locale.language_code), locale)
            language = locale.language_code
            for spec in content.PAGES:
                page = self.pages[spec["key"]]
                unsaved = ContentPage(
                    **self._fields(spec, language),
                    body=self._body(spec["texts"][language]["body"], language),
                )
                self.translate(page, unsaved, locale)

    @staticmethod
    def other_locales():
        """The locales demo content is translated into (every language but Italian)."""
        return [Locale.objects.get(language_code=code) for code, _name in settings.LANGUAGES[1:]]

    def _unsaved_home(self, language):
        texts = content.HOME[language]
        return HomePage(
            title=texts["title"],
            slug=f"home-{language}",
            hero_title=texts["hero_title"],
            intro=texts["intro"],
            search_description=texts["search_description"],
            hero_image=self.images["piazza"],
            body=self._body(texts["body"], language),
        )

    def translate(self, source_page, unsaved, locale):
        """Publish `unsaved` (same structure, translated texts) as source_page's translation."""
        existing = source_page.get_translation_or_none(locale)
        if existing is not None and getattr(existing, "alias_of_id", None) is None:
            return  # translated already; an alias left by tree synchronisation gets replaced
        translated = publish_translation(source_page, locale, unsaved)
        self.stdout.write(f"  + {getattr(translated, 'url_path', translated)}")

    # Settings --------------------------------------------------------------------------------

    def _municipality(self):
        municipality = MunicipalitySettings.load()
        if municipality.pec:
            return
        facts = content.MUNICIPALITY
        for field in ("name", "address", "pec", "phone", "email"):
            setattr(municipality, field, facts[field])
        for network, url in facts["social"].items():
            setattr(municipality, network, url)
        municipality.logo = self.logo
        municipality.social_image = self.images["piazza"]
        municipality.privacy_page = self.pages["privacy"]
        municipality.accessibility_page = self.pages["accessibility"]
        municipality.save()
