"""Factories for the territory's pages."""

from datetime import time

import factory
import wagtail_factories
from wagtail.models import Locale

from attractions.models import (
    ActivityIndexPage,
    ActivityPage,
    AttractionIndexPage,
    AttractionPage,
    HealthcareEntry,
    NewcomerFacts,
    RegistrationBenefit,
    ServiceIndexPage,
    ServicePage,
    TravelHub,
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


def add_newcomer_facts(language, translation_key, *, office=None, benefits=1, healthcare=1):
    """Facts for newcomers in `language` (one translation of `translation_key`), their texts
    marked with the language, with `benefits` benefits and `healthcare` entries per group."""
    locale = Locale.objects.get(language_code=language)
    facts = NewcomerFacts.objects.create(
        locale=locale,
        translation_key=translation_key,
        register_min_months=4,
        register_valid_months=12,
        register_office=office,
        register_documents=f"[{language}] identity card\n[{language}] tenancy",
        register_how=f"[{language}] Ask at the registry office.",
        residence_difference=f"[{language}] Residence is for good.",
    )
    for number in range(benefits):
        RegistrationBenefit.objects.create(
            facts=facts,
            locale=locale,
            name=f"[{language}] benefit {number}",
            months_needed=4 + number,
            sort_order=number,
        )
    for group in ("eu", "non_eu"):
        for number in range(healthcare):
            HealthcareEntry.objects.create(
                facts=facts,
                locale=locale,
                group=group,
                title=f"[{language}] {group} cover {number}",
                description=f"[{language}] What {group} visitors do.",
                cost="0 €",
                service=office,
                sort_order=number,
            )
    return facts


class TravelHubFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Hub {n:03d}")
    kind = "airport"
    code = "BRI"
    distance_km = 150
    minutes_by_car = 110
    minutes_by_public_transport = 190
    how = "Bus to Potenza, then the line 12 bus."
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="it"))

    class Meta:
        model = TravelHub
