"""Factories for the territory's pages."""

from datetime import time

import factory
import wagtail_factories

from attractions.models import (
    ActivityIndexPage,
    ActivityPage,
    AttractionIndexPage,
    AttractionPage,
    ServiceIndexPage,
    ServicePage,
)
from tests.factories import ImageFactory


class AttractionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Vedere"
    slug = "vedere"
    show_in_menus = True

    class Meta:
        model = AttractionIndexPage


class ActivityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Fare"
    slug = "fare"

    class Meta:
        model = ActivityIndexPage


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Servizi"
    slug = "servizi"

    class Meta:
        model = ServiceIndexPage


class PlaceFactory(wagtail_factories.PageFactory):
    summary = "Un luogo da non perdere."
    locality = "Castelmora"
    latitude = factory.Sequence(lambda n: f"{40.1873 + n * 0.001:.6f}")
    longitude = "15.873100"
    opening_hours = factory.LazyFunction(
        lambda: [
            ("rule", {"days": ["Mo", "Tu", "We"], "opens": time(9, 0), "closes": time(12, 30)})
        ]
    )


class AttractionPageFactory(PlaceFactory):
    title = factory.Sequence(lambda n: f"Attrazione {n:03d}")
    slug = factory.Sequence(lambda n: f"attrazione-{n}")
    category = "culture"
    kind = "church"

    class Meta:
        model = AttractionPage


class ActivityPageFactory(PlaceFactory):
    title = factory.Sequence(lambda n: f"Attività {n:03d}")
    slug = factory.Sequence(lambda n: f"attivita-{n}")
    category = "hiking"
    difficulty = "easy"
    duration_minutes = 150
    distance_km = "8.5"

    class Meta:
        model = ActivityPage


class ServicePageFactory(PlaceFactory):
    title = factory.Sequence(lambda n: f"Servizio {n:03d}")
    slug = factory.Sequence(lambda n: f"servizio-{n}")
    category = "pharmacy"
    kind = "pharmacy"

    class Meta:
        model = ServicePage


def add_picture(page, alt_text="La facciata in pietra"):
    gallery_model = type(page)._meta.get_field("gallery_images").related_model
    return gallery_model.objects.create(
        page=page, image=ImageFactory(), alt_text=alt_text, locale=page.locale, sort_order=0
    )
