"""Demo facts for newcomers: the Italian originals, translated through wagtail-localize like a
translator would (borgo/demo/translation.py). Left alone when they exist, so seeding twice
changes nothing. Texts live in attractions/demo_data/newcomer.yaml."""

from wagtail.models import Locale

from borgo.demo.translation import publish_translation

from .demo_data.newcomer import BENEFITS, HEALTHCARE, HUBS, REGISTER_OFFICE, REGISTRATION
from .models import HealthcareEntry, NewcomerFacts, RegistrationBenefit, ServicePage, TravelHub


def seed(demo):
    italian = Locale.objects.get(language_code="it")
    services = {
        page.slug: page
        for page in ServicePage.objects.filter(
            locale=italian, slug__in=[REGISTER_OFFICE, *(entry["service"] for entry in HEALTHCARE)]
        )
    }
    facts = NewcomerFacts.objects.filter(locale=italian).first()
    if facts is None:
        facts = _facts(demo, services, "it")
        facts.locale = italian
        facts.full_clean()
        facts.save()
        demo.stdout.write("  + facts for newcomers")
    _translate(demo, facts, lambda language: _facts(demo, services, language))
    for spec in HUBS:
        texts = spec["texts"]
        km, car_minutes = spec["by_road"]
        hub = TravelHub.objects.filter(locale=italian, name=texts["it"]["name"]).first()
        if hub is None:
            hub = TravelHub(
                locale=italian,
                **texts["it"],
                kind=spec["kind"],
                code=spec["code"],
                distance_km=km,
                minutes_by_car=car_minutes,
                minutes_by_public_transport=spec["minutes_by_public_transport"],
            )
            hub.full_clean()
            hub.save()
            demo.stdout.write(f"  + {hub}")
        _translate(demo, hub, lambda language, texts=texts: TravelHub(**texts[language]))


def _translate(demo, source, unsaved_in):
    for locale in demo.other_locales():
        if source.get_translation_or_none(locale) is None:
            publish_translation(source, locale, unsaved_in(locale.language_code))


def _facts(demo, services, language):
    """The facts in `language`, with their benefits and healthcare entries, not yet saved."""
    facts = NewcomerFacts(**REGISTRATION[language], register_office=services[REGISTER_OFFICE])
    facts.benefits = [
        RegistrationBenefit(
            name=benefit["names"][language],
            months_needed=benefit["months_needed"],
            page=demo.pages[benefit["page"]] if benefit["page"] else None,
            sort_order=order,
        )
        for order, benefit in enumerate(BENEFITS)
    ]
    facts.healthcare = [
        HealthcareEntry(
            group=entry["group"],
            **entry["texts"][language],
            service=services[entry["service"]],
            sort_order=order,
        )
        for order, entry in enumerate(HEALTHCARE)
    ]
    return facts
