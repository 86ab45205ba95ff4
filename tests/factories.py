"""Factories for the project's models (wagtail-factories builds pages into the tree)."""

import factory
import wagtail_factories

from borgo.models import ContentPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Castelmora"
    hero_title = "Vivere e lavorare in un borgo"
    intro = "Fibra ottica, silenzio e sale di co-working."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guida {n}")
    slug = factory.Sequence(lambda n: f"guida-{n}")
    summary = "Tutto quello che serve sapere."

    class Meta:
        model = ContentPage


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Foto {n}")
